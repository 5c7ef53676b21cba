// Stub of github.com/labstack/echo/v4@v4.1.17: only the API cookiecheck reads.

// Package middleware is a stub of echo v4.1.17's CSRF middleware. CSRFConfig has
// no CookieSameSite yet (middleware/csrf.go:16-60; added in v4.2.0), so the
// cookie carries no SameSite attribute. Defaults (csrf.go:69-76, 92-94):
// CookieMaxAge 86400 (0 -> 86400), CookieSecure false, CookieHTTPOnly false.
package middleware

import (
	"github.com/labstack/echo/v4"
)

// Skipper is copied from middleware.go:14.
type Skipper func(echo.Context) bool

// BeforeFunc is copied from middleware.go:17.
type BeforeFunc func(echo.Context)

// DefaultSkipper returns false (middleware.go:36).
func DefaultSkipper(echo.Context) bool {
	return false
}

// CSRFConfig is copied field for field from middleware/csrf.go:16-60.
type CSRFConfig struct {
	Skipper        Skipper
	TokenLength    uint8  `yaml:"token_length"`
	TokenLookup    string `yaml:"token_lookup"`
	ContextKey     string `yaml:"context_key"`
	CookieName     string `yaml:"cookie_name"`
	CookieDomain   string `yaml:"cookie_domain"`
	CookiePath     string `yaml:"cookie_path"`
	CookieMaxAge   int    `yaml:"cookie_max_age"`
	CookieSecure   bool   `yaml:"cookie_secure"`
	CookieHTTPOnly bool   `yaml:"cookie_http_only"`
}

// DefaultCSRFConfig is copied from middleware/csrf.go:69-76.
var DefaultCSRFConfig = CSRFConfig{
	Skipper:      DefaultSkipper,
	TokenLength:  32,
	TokenLookup:  "header:" + echo.HeaderXCSRFToken,
	ContextKey:   "csrf",
	CookieName:   "_csrf",
	CookieMaxAge: 86400,
}

// CSRF uses a copy of DefaultCSRFConfig taken at call time (csrf.go:81).
func CSRF() echo.MiddlewareFunc {
	c := DefaultCSRFConfig
	return CSRFWithConfig(c)
}

// CSRFWithConfig applies the defaults of csrf.go:87-106.
func CSRFWithConfig(config CSRFConfig) echo.MiddlewareFunc {
	if config.CookieMaxAge == 0 {
		config.CookieMaxAge = DefaultCSRFConfig.CookieMaxAge
	}
	return func(next echo.HandlerFunc) echo.HandlerFunc { return next }
}
