// Package fix checks the fixes cookiecheck offers for echo v5's CSRF middleware: inserted
// CookieSecure: true and CookieSameSite: http.SameSiteLaxMode (adding the net/http import when
// the file lacks it), DefaultMode replaced by Lax, constant false replaced by true.
package fix

import (
	"github.com/labstack/echo/v5"
	"github.com/labstack/echo/v5/middleware"
)

func noImport(e *echo.Echo) {
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{TokenLookup: "header:X-CSRF-Token"})) // want `middleware.CSRFConfig has no CookieSecure` `middleware.CSRFConfig has no CookieSameSite`
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{}))                                   // want `middleware.CSRFConfig has no CookieSecure` `middleware.CSRFConfig has no CookieSameSite`
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{                                      // want `middleware.CSRFConfig "_csrf" has no CookieSameSite`
		CookieName:   "_csrf",
		CookieSecure: true,
	}))
}
