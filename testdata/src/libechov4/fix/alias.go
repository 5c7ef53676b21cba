package fix

import (
	stdhttp "net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

const insecure = false

func aliased(e *echo.Echo) {
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{CookieSecure: true}))                                                  // want `middleware.CSRFConfig has no CookieSameSite`
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{CookieSecure: insecure, CookieSameSite: stdhttp.SameSiteDefaultMode})) // want `middleware.CSRFConfig sets CookieSecure to insecure` `middleware.CSRFConfig sets CookieSameSite to stdhttp.SameSiteDefaultMode`
}

func setCookie(c echo.Context) error {
	c.SetCookie(&stdhttp.Cookie{Name: "sid", Value: "v"}) // want `http.Cookie "sid" has no Secure` `http.Cookie "sid" has no HttpOnly` `http.Cookie "sid" has no SameSite`
	return nil
}
