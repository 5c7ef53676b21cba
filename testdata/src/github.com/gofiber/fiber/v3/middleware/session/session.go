// Stub of github.com/gofiber/fiber/v3@v3.1.0: only the API cookiecheck reads.

// Package session is a stub of fiber v3's session middleware. Defaults
// (config.go:93-164): IdleTimeout 30 min, CookieSameSite "Lax",
// AbsoluteTimeout 0; CookieSecure and CookieHTTPOnly false.
package session

import (
	"context"
	"sync"
	"time"

	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/extractors"
)

// Config is copied field for field from middleware/session/config.go:13-90.
type Config struct {
	Storage           fiber.Storage
	Store             *Store
	Next              func(c fiber.Ctx) bool
	ErrorHandler      func(fiber.Ctx, error)
	KeyGenerator      func() string
	CookieDomain      string
	CookiePath        string
	CookieSameSite    string
	Extractor         extractors.Extractor
	IdleTimeout       time.Duration
	AbsoluteTimeout   time.Duration
	CookieSecure      bool
	CookieHTTPOnly    bool
	CookieSessionOnly bool
}

// ConfigDefault is copied from config.go:93-98 (KeyGenerator is
// utils.SecureToken in the real code).
var ConfigDefault = Config{
	IdleTimeout:    30 * time.Minute,
	KeyGenerator:   secureToken,
	Extractor:      extractors.FromCookie("session_id"),
	CookieSameSite: "Lax",
}

func secureToken() string { return "" }

func DefaultErrorHandler(c fiber.Ctx, err error) {}

// configDefault refills IdleTimeout (<= 0), Extractor, KeyGenerator and
// CookieSameSite ("") (config.go:131-164).
func configDefault(config ...Config) Config {
	if len(config) < 1 {
		return ConfigDefault
	}
	cfg := config[0]
	if cfg.IdleTimeout <= 0 {
		cfg.IdleTimeout = ConfigDefault.IdleTimeout
	}
	if cfg.Extractor.Extract == nil {
		cfg.Extractor = ConfigDefault.Extractor
	}
	if cfg.KeyGenerator == nil {
		cfg.KeyGenerator = ConfigDefault.KeyGenerator
	}
	if cfg.CookieSameSite == "" {
		cfg.CookieSameSite = ConfigDefault.CookieSameSite
	}
	return cfg
}

// New returns the session middleware (middleware.go:56).
func New(config ...Config) fiber.Handler {
	handler, _ := NewWithStore(config...)
	return handler
}

// NewWithStore returns the middleware and its store (middleware.go:77).
func NewWithStore(config ...Config) (fiber.Handler, *Store) {
	cfg := configDefault(config...)
	if cfg.Store == nil {
		cfg.Store = NewStore(cfg)
	}
	return func(c fiber.Ctx) error { return c.Next() }, cfg.Store
}

// Middleware is copied from middleware.go:13.
type Middleware struct {
	Session   *Session
	ctx       fiber.Ctx
	config    Config
	mu        sync.RWMutex
	destroyed bool
}

func FromContext(ctx any) *Middleware { return nil }

func (m *Middleware) Set(key, value any) {}
func (m *Middleware) Get(key any) any    { return nil }
func (m *Middleware) Store() *Store      { return m.config.Store }

// Store is copied from store.go:31-33; sessions read the Config through the
// *Store, so assignments after NewStore take effect.
type Store struct {
	Config
}

// NewStore creates a store (store.go:46).
func NewStore(config ...Config) *Store {
	return &Store{Config: configDefault(config...)}
}

func (*Store) RegisterType(i any) {}

func (s *Store) Get(c fiber.Ctx) (*Session, error) { return &Session{ctx: c, config: s}, nil }

func (s *Store) Reset(ctx context.Context) error { return nil }

func (s *Store) Delete(ctx context.Context, id string) error { return nil }

type data struct{}

// Session is copied from session.go:18.
type Session struct {
	ctx         fiber.Ctx     // fiber context
	config      *Store        // store configuration
	data        *data         // key value data
	id          string        // session id
	idleTimeout time.Duration // idleTimeout of this session
	mu          sync.RWMutex  // Mutex to protect non-data fields
	fresh       bool          // if new session
}

func (s *Session) Release()          {}
func (s *Session) Fresh() bool       { return s.fresh }
func (s *Session) ID() string        { return s.id }
func (s *Session) Get(key any) any   { return nil }
func (s *Session) Set(key, val any)  {}
func (s *Session) Delete(key any)    {}
func (s *Session) Destroy() error    { return nil }
func (s *Session) Regenerate() error { return nil }
func (s *Session) Reset() error      { return nil }
func (s *Session) Save() error       { return nil }
func (s *Session) Keys() []any       { return nil }

// SetIdleTimeout sets this session's idle timeout (session.go:366).
func (s *Session) SetIdleTimeout(idleTimeout time.Duration) { s.idleTimeout = idleTimeout }
