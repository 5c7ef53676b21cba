// Stub of github.com/labstack/echo/v5@v5.4.4: only the API cookiecheck reads.

// Package middleware is a stub of echo v5's CSRF middleware. Same defaults as
// v4 (middleware/csrf.go:105-113, 144-152), but CSRFConfig has an exported
// Generator and a func-typed ErrorHandler.
package middleware

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

// Skipper is copied from middleware.go:16.
type Skipper func(c *echo.Context) bool

// BeforeFunc is copied from middleware.go:19.
type BeforeFunc func(c *echo.Context)

// DefaultSkipper returns false (middleware.go:87).
func DefaultSkipper(c *echo.Context) bool {
	return false
}

// CSRFConfig is copied field for field from middleware/csrf.go.
type CSRFConfig struct {
	Skipper               Skipper
	TrustedOrigins        []string
	AllowSecFetchSiteFunc func(c *echo.Context) (bool, error)
	TokenLength           uint8
	TokenLookup           string `yaml:"token_lookup"`
	Generator             func() string
	ContextKey            string
	CookieName            string
	CookieDomain          string
	CookiePath            string
	CookieMaxAge          int
	CookieSecure          bool
	CookieHTTPOnly        bool
	CookieSameSite        http.SameSite
	ErrorHandler          func(c *echo.Context, err error) error
}

// DefaultCSRFConfig is copied from middleware/csrf.go:105-113.
var DefaultCSRFConfig = CSRFConfig{
	Skipper:        DefaultSkipper,
	TokenLength:    32,
	TokenLookup:    "header:" + echo.HeaderXCSRFToken,
	ContextKey:     "csrf",
	CookieName:     "_csrf",
	CookieMaxAge:   86400,
	CookieSameSite: http.SameSiteDefaultMode,
}

// CSRF uses DefaultCSRFConfig (csrf.go:117).
func CSRF() echo.MiddlewareFunc {
	return CSRFWithConfig(DefaultCSRFConfig)
}

// CSRFWithConfig panics on an invalid config (csrf.go:122).
func CSRFWithConfig(config CSRFConfig) echo.MiddlewareFunc {
	mw, err := config.ToMiddleware()
	if err != nil {
		panic(err)
	}
	return mw
}

// ToMiddleware applies the defaults of csrf.go:144-152.
func (config CSRFConfig) ToMiddleware() (echo.MiddlewareFunc, error) {
	if config.CookieMaxAge == 0 {
		config.CookieMaxAge = DefaultCSRFConfig.CookieMaxAge
	}
	if config.CookieSameSite == http.SameSiteNoneMode {
		config.CookieSecure = true
	}
	return func(next echo.HandlerFunc) echo.HandlerFunc { return next }, nil
}
