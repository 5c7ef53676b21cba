// Stub of github.com/gin-contrib/sessions@v1.0.4: only the API cookiecheck reads.

// Package sessions is a stub of gin-contrib/sessions. Options has no
// Partitioned field; Store.Options and Session.Options replace the whole
// gorilla Options (unnamed fields become zero).
package sessions

import (
	"net/http"

	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"
)

const (
	DefaultKey  = "github.com/gin-contrib/sessions"
	errorFormat = "[sessions] ERROR!"
)

// Store is copied from sessions.go:17-20.
type Store interface {
	gsessions.Store
	Options(Options)
}

// Session is copied from sessions.go:24-45.
type Session interface {
	ID() string
	Get(key interface{}) interface{}
	Set(key interface{}, val interface{})
	Delete(key interface{})
	Clear()
	AddFlash(value interface{}, vars ...string)
	Flashes(vars ...string) []interface{}
	Options(Options)
	Save() error
}

// Options is copied from session_options_go1.11.go:14-27.
type Options struct {
	Path   string
	Domain string
	// MaxAge=0 means no 'Max-Age' attribute specified.
	// MaxAge<0 means delete cookie now, equivalently 'Max-Age: 0'.
	// MaxAge>0 means Max-Age attribute present and given in seconds.
	MaxAge   int
	Secure   bool
	HttpOnly bool
	SameSite http.SameSite
}

// ToGorillaOptions copies the six fields into a new gorilla Options
// (session_options_go1.11.go:29-38).
func (options Options) ToGorillaOptions() *gsessions.Options {
	return &gsessions.Options{
		Path:     options.Path,
		Domain:   options.Domain,
		MaxAge:   options.MaxAge,
		Secure:   options.Secure,
		HttpOnly: options.HttpOnly,
		SameSite: options.SameSite,
	}
}

func Sessions(name string, store Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Set(DefaultKey, &session{name: name, request: c.Request, store: store, writer: c.Writer})
		c.Next()
	}
}

func SessionsMany(names []string, store Store) gin.HandlerFunc {
	return func(c *gin.Context) { c.Next() }
}

// session is copied from sessions.go (the unexported implementation).
type session struct {
	name    string
	request *http.Request
	store   Store
	session *gsessions.Session
	written bool
	writer  http.ResponseWriter
}

func (s *session) ID() string                                 { return "" }
func (s *session) Get(key interface{}) interface{}            { return nil }
func (s *session) Set(key interface{}, val interface{})       {}
func (s *session) Delete(key interface{})                     {}
func (s *session) Clear()                                     {}
func (s *session) AddFlash(value interface{}, vars ...string) {}
func (s *session) Flashes(vars ...string) []interface{}       { return nil }
func (s *session) Options(options Options)                    {}
func (s *session) Save() error                                { return nil }

// Default returns the session set by the Sessions middleware.
func Default(c *gin.Context) Session {
	return c.MustGet(DefaultKey).(Session)
}

func DefaultMany(c *gin.Context, name string) Session {
	return c.MustGet(DefaultKey).(map[string]Session)[name]
}
