// Package defaultcfg sets middleware.DefaultCSRFConfig.CookieSecure before calling
// middleware.CSRF(), which copies the package variable: Secure is covered, SameSite is not.
package defaultcfg

import (
	"github.com/labstack/echo/v5"
	"github.com/labstack/echo/v5/middleware"
)

func setup(e *echo.Echo) {
	middleware.DefaultCSRFConfig.CookieSecure = true
	e.Use(middleware.CSRF()) // want `middleware.CSRF sends no SameSite attribute`
}
