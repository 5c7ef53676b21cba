// Stub of github.com/gorilla/sessions@v1.2.2: only the API cookiecheck reads.

// Package sessions is a stub of gorilla/sessions. Constructors set the same
// Options defaults as the real store.go.
package sessions

import (
	"net/http"
	"time"
)

// Options is copied from options_go111.go:12-23 (no Partitioned before v1.4.0).
type Options struct {
	Path   string
	Domain string
	// MaxAge=0 means no Max-Age attribute specified and the cookie will be
	// deleted after the browser session ends.
	// MaxAge<0 means delete cookie immediately.
	// MaxAge>0 means Max-Age attribute present and given in seconds.
	MaxAge   int
	Secure   bool
	HttpOnly bool
	SameSite http.SameSite
}

// NewSession gives the session all-zero Options (sessions.go:21-28).
func NewSession(store Store, name string) *Session {
	return &Session{
		Values:  make(map[interface{}]interface{}),
		store:   store,
		name:    name,
		Options: new(Options),
	}
}

// Session is copied from sessions.go:31-41.
type Session struct {
	ID      string
	Values  map[interface{}]interface{}
	Options *Options
	IsNew   bool
	store   Store
	name    string
}

func (s *Session) Flashes(vars ...string) []interface{}       { return nil }
func (s *Session) AddFlash(value interface{}, vars ...string) {}

// Save writes the session through its store.
func (s *Session) Save(r *http.Request, w http.ResponseWriter) error {
	return s.store.Save(r, w, s)
}

func (s *Session) Name() string { return s.name }
func (s *Session) Store() Store { return s.store }

// GetRegistry returns the per-request registry (stub: a fresh one).
func GetRegistry(r *http.Request) *Registry { return &Registry{request: r} }

// Registry is copied from sessions.go:124.
type Registry struct {
	request  *http.Request
	sessions map[string]sessionInfo
}

type sessionInfo struct {
	s *Session
	e error
}

func (s *Registry) Get(store Store, name string) (session *Session, err error) {
	return store.New(s.request, name)
}

func (s *Registry) Save(w http.ResponseWriter) error { return nil }

// Save saves all sessions registered for the current request.
func Save(r *http.Request, w http.ResponseWriter) error { return nil }

// NewCookie copies Options onto an http.Cookie and derives Expires from
// MaxAge (sessions.go:180-190, cookie_go111.go:9-21).
func NewCookie(name, value string, options *Options) *http.Cookie {
	cookie := &http.Cookie{
		Name:     name,
		Value:    value,
		Path:     options.Path,
		Domain:   options.Domain,
		MaxAge:   options.MaxAge,
		Secure:   options.Secure,
		HttpOnly: options.HttpOnly,
		SameSite: options.SameSite,
	}
	if options.MaxAge > 0 {
		cookie.Expires = time.Now().Add(time.Duration(options.MaxAge) * time.Second)
	} else if options.MaxAge < 0 {
		cookie.Expires = time.Unix(1, 0)
	}
	return cookie
}

// MultiError stores multiple errors.
type MultiError []error

func (m MultiError) Error() string { return "" }
