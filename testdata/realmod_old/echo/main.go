// Package echo uses echo v4.1.17, whose CSRF middleware has no CookieSameSite setting.
package echo

import (
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// Routes installs the CSRF middleware.
func Routes(e *echo.Echo) {
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{ // want `middleware\.CSRFConfig \(github\.com/labstack/echo/v4 v4\.1\.17\) has no CookieSecure`
		TokenLookup:    "form:csrf",
		CookieHTTPOnly: true,
	}))
}
