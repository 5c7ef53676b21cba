// Stub of github.com/zerodha/simplesessions/v3@v3.0.0: only the API cookiecheck reads.

// Package simplesessions is a stub of simplesessions v3. The session cookie is
// built from Options.Cookie by (*Session).WriteCookie (session.go:50-65) and
// handed to the app's SetCookie hook: Secure = IsSecure, HttpOnly = IsHTTPOnly
// (both default false), SameSite as set (0: none sent), MaxAge in seconds of
// the MaxAge duration, Expires as set. New (manager.go:98-122) fills in only
// Name "session" and Path "/".
package simplesessions

import (
	"context"
	"net/http"
	"time"
)

// Manager is the session manager (manager.go:30-48); its fields are not read.
type Manager struct {
	store Store
	opts  *Options
}

// Options is copied from manager.go:51-63.
type Options struct {
	EnableAutoCreate bool
	SessionIDLength  int
	Cookie           CookieOptions
}

// CookieOptions is copied from manager.go:65-95.
type CookieOptions struct {
	Name       string
	Domain     string
	Path       string
	IsSecure   bool
	IsHTTPOnly bool
	SameSite   http.SameSite
	Expires    time.Time
	MaxAge     time.Duration
}

// Store is the session store interface (store.go:5); its methods are not read.
type Store interface{}

// Session is an acquired session (session.go:11); its fields are not read.
type Session struct{}

// New returns a manager with Name "session" and Path "/" filled in (manager.go:98).
func New(opts Options) *Manager {
	if opts.Cookie.Name == "" {
		opts.Cookie.Name = "session"
	}
	if opts.Cookie.Path == "" {
		opts.Cookie.Path = "/"
	}
	return &Manager{opts: &opts}
}

func (m *Manager) UseStore(str Store) { m.store = str }

func (m *Manager) SetCookieHooks(getCookie func(string, interface{}) (*http.Cookie, error), setCookie func(*http.Cookie, interface{}) error) {
}

func (m *Manager) NewSession(r, w interface{}) (*Session, error) { return &Session{}, nil }

func (m *Manager) Acquire(c context.Context, r, w interface{}) (*Session, error) {
	return &Session{}, nil
}
