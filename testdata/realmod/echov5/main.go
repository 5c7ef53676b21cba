// Package echov5 is an echo v5 application with CSRF and plain cookies.
package echov5

import (
	"net/http"

	"github.com/labstack/echo/v5"
	"github.com/labstack/echo/v5/middleware"
)

// New builds the app.
func New() *echo.Echo {
	e := echo.New()
	e.Use(middleware.CSRF()) // want `middleware\.CSRF leaves Secure off by default \(set CookieSecure to true\)` `middleware\.CSRF sends no SameSite attribute \(set CookieSameSite with Lax or Strict\)`
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{
		TokenLookup:    "header:X-CSRF-Token",
		CookieSecure:   false,                    // want `middleware\.CSRFConfig sets CookieSecure to false`
		CookieSameSite: http.SameSiteDefaultMode, // want `middleware\.CSRFConfig sets CookieSameSite to http\.SameSiteDefaultMode, which sends no SameSite attribute`
		CookieMaxAge:   86400 * 30,
	}))
	e.Use(csrfFromConfig())

	e.GET("/", index)
	return e
}

// csrfFromConfig builds the middleware through ToMiddleware.
func csrfFromConfig() echo.MiddlewareFunc {
	cfg := middleware.DefaultCSRFConfig
	cfg.CookieSecure = true
	cfg.CookieSameSite = http.SameSiteLaxMode
	mw, err := cfg.ToMiddleware()
	if err != nil {
		panic(err)
	}
	return mw
}

func index(c *echo.Context) error {
	c.SetCookie(&http.Cookie{ // want `http\.Cookie "session_id" has no SameSite` `http\.Cookie "session_id" has no Secure`
		Name:     "session_id",
		Value:    "abc",
		Path:     "/",
		MaxAge:   86400 * 30, // want `session cookie http\.Cookie "session_id" lives 30d, longer than the 14d limit \(flag -max-age\)`
		HttpOnly: true,
	})
	return c.String(http.StatusOK, "hello")
}
