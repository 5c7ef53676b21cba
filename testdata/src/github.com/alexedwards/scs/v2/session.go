// Stub of github.com/alexedwards/scs/v2@v2.9.0: only the API cookiecheck reads.

// Package scs is a stub of the scs session manager. New sets the defaults of
// session.go:106-126: Lifetime 24h, Cookie HttpOnly true, SameSite Lax,
// Secure false, Persist true.
package scs

import (
	"context"
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2/memstore"
)

// Session is the deprecated alias of session.go:13.
type Session = SessionManager

// SessionManager is copied field for field from session.go:16-54.
type SessionManager struct {
	IdleTimeout      time.Duration
	Lifetime         time.Duration
	Store            Store
	Cookie           SessionCookie
	Codec            Codec
	ErrorFunc        func(http.ResponseWriter, *http.Request, error)
	HashTokenInStore bool
	contextKey       contextKey
}

// SessionCookie is copied from session.go:57-102.
type SessionCookie struct {
	Name        string
	Domain      string
	HttpOnly    bool
	Path        string
	SameSite    http.SameSite
	Secure      bool
	Partitioned bool
	Persist     bool
}

// New is copied from session.go:106-126.
func New() *SessionManager {
	s := &SessionManager{
		IdleTimeout: 0,
		Lifetime:    24 * time.Hour,
		Store:       memstore.New(),
		Codec:       GobCodec{},
		ErrorFunc:   defaultErrorFunc,
		contextKey:  generateContextKey(),
		Cookie: SessionCookie{
			Name:        "session",
			Domain:      "",
			HttpOnly:    true,
			Path:        "/",
			SameSite:    http.SameSiteLaxMode,
			Secure:      false,
			Partitioned: false,
			Persist:     true,
		},
	}
	return s
}

// NewSession is the deprecated alias of New.
func NewSession() *SessionManager {
	return New()
}

func (s *SessionManager) LoadAndSave(next http.Handler) http.Handler { return next }

func (s *SessionManager) WriteSessionCookie(ctx context.Context, w http.ResponseWriter, token string, expiry time.Time) {
}

func defaultErrorFunc(w http.ResponseWriter, r *http.Request, err error) {}

type contextKey string

func generateContextKey() contextKey { return contextKey("session.1") }

// Codec is copied from codec.go.
type Codec interface {
	Encode(deadline time.Time, values map[string]interface{}) ([]byte, error)
	Decode([]byte) (deadline time.Time, values map[string]interface{}, err error)
}

// GobCodec is the default Codec.
type GobCodec struct{}

func (GobCodec) Encode(deadline time.Time, values map[string]interface{}) ([]byte, error) {
	panic("stub")
}

func (GobCodec) Decode(b []byte) (time.Time, map[string]interface{}, error) { panic("stub") }

// Store is copied from store.go.
type Store interface {
	Delete(token string) (err error)
	Find(token string) (b []byte, found bool, err error)
	Commit(token string, b []byte, expiry time.Time) (err error)
}
