// Stub of github.com/gofiber/fiber/v2@v2.52.15: only the API cookiecheck reads.

// Package session is a stub of fiber v2's session middleware. Defaults
// (config.go:77-128): Expiration 24h; CookieSecure and CookieHTTPOnly false;
// CookieSameSite "" is sent as Lax.
package session

import (
	"bytes"
	"sync"
	"time"

	"github.com/gofiber/fiber/v2"
)

// Config is copied field for field from middleware/session/config.go:14-66.
type Config struct {
	Expiration        time.Duration
	Storage           fiber.Storage
	KeyLookup         string
	CookieDomain      string
	CookiePath        string
	CookieSecure      bool
	CookieHTTPOnly    bool
	CookieSameSite    string
	CookieSessionOnly bool
	KeyGenerator      func() string
	// Deprecated: Please use KeyLookup
	CookieName string

	source      Source
	sessionName string
}

// Source is copied from config.go:68.
type Source string

const (
	SourceCookie   Source = "cookie"
	SourceHeader   Source = "header"
	SourceURLQuery Source = "query"
)

// ConfigDefault is copied from config.go:77-83 (KeyGenerator is utils.UUIDv4
// in the real code).
var ConfigDefault = Config{
	Expiration:   24 * time.Hour,
	KeyLookup:    "cookie:session_id",
	KeyGenerator: uuidv4,
	source:       "cookie",
	sessionName:  "session_id",
}

func uuidv4() string { return "" }

// Store is copied from store.go:24-26; sessions read the Config through the
// *Store at request time, so assignments after New take effect.
type Store struct {
	Config
}

// New refills only Expiration (<= 0), KeyLookup and KeyGenerator
// (config.go:86-128).
func New(config ...Config) *Store {
	cfg := ConfigDefault
	if len(config) > 0 {
		cfg = config[0]
		if int(cfg.Expiration.Seconds()) <= 0 {
			cfg.Expiration = ConfigDefault.Expiration
		}
		if cfg.KeyLookup == "" {
			cfg.KeyLookup = ConfigDefault.KeyLookup
		}
		if cfg.KeyGenerator == nil {
			cfg.KeyGenerator = ConfigDefault.KeyGenerator
		}
	}
	return &Store{cfg}
}

func (*Store) RegisterType(i interface{}) {}

func (s *Store) Get(c *fiber.Ctx) (*Session, error) { return &Session{ctx: c, config: s}, nil }

func (s *Store) Reset() error { return nil }

func (s *Store) Delete(id string) error { return nil }

type data struct{}

// Session is copied from session.go:16-25.
type Session struct {
	mu         sync.RWMutex  // Mutex to protect non-data fields
	id         string        // session id
	fresh      bool          // if new session
	ctx        *fiber.Ctx    // fiber context
	config     *Store        // store configuration
	data       *data         // key value data
	byteBuffer *bytes.Buffer // byte buffer for the en- and decode
	exp        time.Duration // expiration of this session
}

func (s *Session) Fresh() bool                     { return s.fresh }
func (s *Session) ID() string                      { return s.id }
func (s *Session) Get(key string) interface{}      { return nil }
func (s *Session) Set(key string, val interface{}) {}
func (s *Session) Delete(key string)               {}
func (s *Session) Destroy() error                  { return nil }
func (s *Session) Regenerate() error               { return nil }
func (s *Session) Reset() error                    { return nil }
func (s *Session) Save() error                     { return nil }
func (s *Session) Keys() []string                  { return nil }

// SetExpiry sets this session's expiration (session.go:234).
func (s *Session) SetExpiry(exp time.Duration) { s.exp = exp }
