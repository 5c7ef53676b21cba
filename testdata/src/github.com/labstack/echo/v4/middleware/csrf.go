// Stub of github.com/labstack/echo/v4@v4.16.0: only the API cookiecheck reads.

// Package middleware is a stub of echo v4's CSRF middleware. Defaults
// (middleware/csrf.go:106-114, 130-152): CookieMaxAge 86400 (0 -> 86400),
// CookieSameSite SameSiteDefaultMode (attribute not sent), CookieSecure false
// (forced true for SameSiteNoneMode), CookieHTTPOnly false.
package middleware

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Skipper is copied from middleware.go:17.
type Skipper func(c echo.Context) bool

// BeforeFunc is copied from middleware.go:20.
type BeforeFunc func(c echo.Context)

// DefaultSkipper returns false (middleware.go:88).
func DefaultSkipper(echo.Context) bool {
	return false
}

// CSRFConfig is copied field for field from middleware/csrf.go:26-97.
type CSRFConfig struct {
	Skipper               Skipper
	TrustedOrigins        []string
	AllowSecFetchSiteFunc func(c echo.Context) (bool, error)
	TokenLength           uint8         `yaml:"token_length"`
	TokenLookup           string        `yaml:"token_lookup"`
	ContextKey            string        `yaml:"context_key"`
	CookieName            string        `yaml:"cookie_name"`
	CookieDomain          string        `yaml:"cookie_domain"`
	CookiePath            string        `yaml:"cookie_path"`
	CookieMaxAge          int           `yaml:"cookie_max_age"`
	CookieSecure          bool          `yaml:"cookie_secure"`
	CookieHTTPOnly        bool          `yaml:"cookie_http_only"`
	CookieSameSite        http.SameSite `yaml:"cookie_same_site"`
	ErrorHandler          CSRFErrorHandler
	generator             func(length uint8) string
}

// CSRFErrorHandler is copied from middleware/csrf.go.
type CSRFErrorHandler func(err error, c echo.Context) error

// DefaultCSRFConfig is copied from middleware/csrf.go:106-114.
var DefaultCSRFConfig = CSRFConfig{
	Skipper:        DefaultSkipper,
	TokenLength:    32,
	TokenLookup:    "header:" + echo.HeaderXCSRFToken,
	ContextKey:     "csrf",
	CookieName:     "_csrf",
	CookieMaxAge:   86400,
	CookieSameSite: http.SameSiteDefaultMode,
}

// CSRF uses a copy of DefaultCSRFConfig taken at call time (csrf.go:118).
func CSRF() echo.MiddlewareFunc {
	c := DefaultCSRFConfig
	return CSRFWithConfig(c)
}

// CSRFWithConfig panics on an invalid config (csrf.go:125).
func CSRFWithConfig(config CSRFConfig) echo.MiddlewareFunc {
	mw, err := config.ToMiddleware()
	if err != nil {
		panic(err)
	}
	return mw
}

// ToMiddleware applies the defaults of csrf.go:130-152.
func (config CSRFConfig) ToMiddleware() (echo.MiddlewareFunc, error) {
	if config.CookieMaxAge == 0 {
		config.CookieMaxAge = DefaultCSRFConfig.CookieMaxAge
	}
	if config.CookieSameSite == http.SameSiteNoneMode {
		config.CookieSecure = true
	}
	return func(next echo.HandlerFunc) echo.HandlerFunc { return next }, nil
}
