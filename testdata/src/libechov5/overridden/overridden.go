// Package overridden sets every unsafe default of middleware.DefaultCSRFConfig before
// calling middleware.CSRF().
package overridden

import (
	"net/http"

	"github.com/labstack/echo/v5"
	"github.com/labstack/echo/v5/middleware"
)

func setup(e *echo.Echo) {
	middleware.DefaultCSRFConfig.CookieSecure = true
	middleware.DefaultCSRFConfig.CookieSameSite = http.SameSiteStrictMode
	e.Use(middleware.CSRF()) // ok: DefaultCSRFConfig is overridden
}

func disable() {
	middleware.DefaultCSRFConfig.CookieSecure = false // want `sets CookieSecure to false`
}
