// Stub of github.com/gofiber/fiber/v2@v2.52.15: only the API cookiecheck reads.

// Package csrf is a stub of fiber v2's CSRF middleware. Defaults
// (config.go:133-143): CookieName "csrf_", CookieSameSite "Lax",
// Expiration 1h; CookieSecure and CookieHTTPOnly false.
package csrf

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

// Config is copied field for field from middleware/csrf/config.go:15-128.
type Config struct {
	Next              func(c *fiber.Ctx) bool
	KeyLookup         string
	CookieName        string
	CookieDomain      string
	CookiePath        string
	CookieSecure      bool
	CookieHTTPOnly    bool
	CookieSameSite    string
	CookieSessionOnly bool
	Expiration        time.Duration
	SingleUseToken    bool
	Storage           fiber.Storage
	Session           *session.Store
	SessionKey        string
	ContextKey        interface{}
	KeyGenerator      func() string
	// Deprecated: Please use Expiration
	CookieExpires time.Duration
	// Deprecated: Please use Cookie* related fields
	Cookie *fiber.Cookie
	// Deprecated: Please use KeyLookup
	TokenLookup       string
	ErrorHandler      fiber.ErrorHandler
	Extractor         func(c *fiber.Ctx) (string, error)
	HandlerContextKey interface{}
}

// HeaderName is copied from config.go.
const HeaderName = "X-Csrf-Token"

// ConfigDefault is copied from config.go:133-143 (KeyGenerator is
// utils.UUIDv4 in the real code).
var ConfigDefault = Config{
	KeyLookup:         "header:" + HeaderName,
	CookieName:        "csrf_",
	CookieSameSite:    "Lax",
	Expiration:        1 * time.Hour,
	KeyGenerator:      uuidv4,
	ErrorHandler:      defaultErrorHandler,
	Extractor:         CsrfFromHeader(HeaderName),
	SessionKey:        "fiber.csrf.token",
	HandlerContextKey: "fiber.csrf.handler",
}

func uuidv4() string { return "" }

func defaultErrorHandler(_ *fiber.Ctx, _ error) error {
	return fiber.ErrForbidden
}

// New creates the CSRF middleware (csrf.go:28).
func New(config ...Config) fiber.Handler {
	return func(c *fiber.Ctx) error { return c.Next() }
}

func CsrfFromHeader(param string) func(c *fiber.Ctx) (string, error) {
	return func(c *fiber.Ctx) (string, error) { return c.Get(param), nil }
}

func CsrfFromForm(param string) func(c *fiber.Ctx) (string, error) {
	return func(c *fiber.Ctx) (string, error) { return c.FormValue(param), nil }
}

func CsrfFromCookie(param string) func(c *fiber.Ctx) (string, error) {
	return func(c *fiber.Ctx) (string, error) { return c.Cookies(param), nil }
}
