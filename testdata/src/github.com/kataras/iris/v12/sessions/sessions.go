// Stub of github.com/kataras/iris/v12@v12.2.11: only the API cookiecheck reads.

// Package sessions is a stub of iris sessions. The cookie (sessions.go:69-91)
// has Path "/", HttpOnly true (hard-coded), Secure only with CookieSecureTLS
// on a TLS request, SameSite Lax through subdomain persistence (unless
// DisableSubdomainPersistence), and Expires 0 = "unlimited" (~24 years).
package sessions

import (
	"sync"
	"time"

	"github.com/kataras/golog"
	"github.com/kataras/iris/v12/context"
)

// DefaultCookieName is copied from config.go.
const DefaultCookieName = "irissessionid"

// Config is copied field for field from sessions/config.go:19-70.
type Config struct {
	Logger                      *golog.Logger
	Cookie                      string
	CookieSecureTLS             bool
	AllowReclaim                bool
	Encoding                    context.SecureCookie
	Expires                     time.Duration
	SessionIDGenerator          func(ctx *context.Context) string
	DisableSubdomainPersistence bool
}

// Validate fills Logger, Cookie and SessionIDGenerator (config.go).
func (c Config) Validate() Config {
	if c.Cookie == "" {
		c.Cookie = DefaultCookieName
	}
	return c
}

type provider struct{}

// Sessions is copied from sessions.go:21-26.
type Sessions struct {
	config        Config
	provider      *provider
	cookieOptions []context.CookieOption
}

// New is copied from sessions.go:30-50.
func New(cfg Config) *Sessions {
	var cookieOptions []context.CookieOption
	if cfg.AllowReclaim {
		cookieOptions = append(cookieOptions, context.CookieAllowReclaim(cfg.Cookie))
	}
	if !cfg.DisableSubdomainPersistence {
		cookieOptions = append(cookieOptions, context.CookieAllowSubdomains(cfg.Cookie))
	}
	if cfg.CookieSecureTLS {
		cookieOptions = append(cookieOptions, context.CookieSecure)
	}
	if cfg.Encoding != nil {
		cookieOptions = append(cookieOptions, context.CookieEncoding(cfg.Encoding, cfg.Cookie))
	}

	return &Sessions{
		cookieOptions: cookieOptions,
		config:        cfg.Validate(),
		provider:      &provider{},
	}
}

func (s *Sessions) GetCookieOptions() []context.CookieOption { return s.cookieOptions }

// Start starts the session; cookieOptions apply after the built-in ones
// (sessions.go:133).
func (s *Sessions) Start(ctx *context.Context, cookieOptions ...context.CookieOption) *Session {
	return &Session{}
}

// Handler returns the middleware that starts the session (sessions.go:182).
func (s *Sessions) Handler(requestOptions ...context.CookieOption) context.Handler {
	return func(ctx *context.Context) {
		s.Start(ctx, requestOptions...)
		ctx.Next()
	}
}

func (s *Sessions) Destroy(ctx *context.Context) {}

// Get returns the session started by Handler (sessions.go:202).
func Get(ctx *context.Context) *Session { return nil }

type flashMessage struct {
	shouldRemove bool
	value        interface{}
}

// Session lists the leading fields of session.go (up to mu; the next one,
// Lifetime, has an iris/core/memstore type).
type Session struct {
	sid     string
	isNew   bool
	flashes map[string]*flashMessage
	mu      sync.RWMutex // for flashes.
}

func (s *Session) Destroy()                          {}
func (s *Session) ID() string                        { return s.sid }
func (s *Session) Get(key string) interface{}        { return nil }
func (s *Session) GetString(key string) string       { return "" }
func (s *Session) Set(key string, value interface{}) {}
