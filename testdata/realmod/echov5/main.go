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
	e.Use(middleware.CSRF())
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{
		TokenLookup:    "header:X-CSRF-Token",
		CookieSecure:   false,
		CookieSameSite: http.SameSiteDefaultMode,
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
	c.SetCookie(&http.Cookie{
		Name:     "session_id",
		Value:    "abc",
		Path:     "/",
		MaxAge:   86400 * 30,
		HttpOnly: true,
	})
	return c.String(http.StatusOK, "hello")
}
