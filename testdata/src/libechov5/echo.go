// Package libechov5 holds cookiecheck's cases for echo v5 (github.com/labstack/echo/v5):
// the CSRF middleware's CSRFConfig and CSRF(), and c.SetCookie, which takes a plain
// http.Cookie. Each case is judged from RULES.md and libraries.md §11.
package libechov5

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v5"
	"github.com/labstack/echo/v5/middleware"
)

type settings struct{ Secure bool }

// CSRFConfig: CookieSecure false, CookieHTTPOnly false, SameSite DefaultMode (not sent),
// 24 h. A CSRF carrier: secure and samesite only; echo forces Secure for None.
func csrfConfigs(e *echo.Echo, cfg settings, mode http.SameSite) {
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{TokenLookup: "header:X-CSRF-Token"}))                                                  // want `middleware.CSRFConfig has no CookieSecure` `middleware.CSRFConfig has no CookieSameSite`
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{CookieSecure: true, CookieSameSite: http.SameSiteLaxMode}))                            // ok: both set
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{CookieSecure: true, CookieSameSite: http.SameSiteStrictMode}))                         // ok: Strict
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{CookieName: "_csrf", CookieSecure: true}))                                             // want `middleware.CSRFConfig "_csrf" has no CookieSameSite`
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{CookieSameSite: http.SameSiteLaxMode}))                                                // want `middleware.CSRFConfig has no CookieSecure`
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{CookieSecure: false, CookieSameSite: http.SameSiteLaxMode}))                           // want `middleware.CSRFConfig sets CookieSecure to false`
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{CookieSecure: true, CookieSameSite: http.SameSiteDefaultMode}))                        // want `middleware.CSRFConfig sets CookieSameSite to http.SameSiteDefaultMode, which sends no SameSite attribute`
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{CookieSameSite: http.SameSiteNoneMode}))                                               // ok: echo forces Secure for None
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{CookieSecure: false, CookieSameSite: http.SameSiteNoneMode}))                          // ok: echo forces Secure for None, even over false
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{CookieSecure: true, CookieSameSite: http.SameSiteLaxMode, CookieHTTPOnly: false}))     // ok: CSRF cookie, exempt from httponly
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{CookieSecure: true, CookieSameSite: http.SameSiteLaxMode, CookieMaxAge: 86400 * 365})) // ok: CSRF cookie, exempt from expiry
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{CookieSecure: cfg.Secure, CookieSameSite: mode}))                                      // ok: non-constant values count as set

	c := middleware.CSRFConfig{TokenLookup: "form:_csrf"} // ok: completed below
	c.CookieSecure = true
	c.CookieSameSite = http.SameSiteStrictMode
	e.Use(middleware.CSRFWithConfig(c))

	mw, _ := middleware.CSRFConfig{CookieSecure: true}.ToMiddleware() // want `middleware.CSRFConfig has no CookieSameSite`
	e.Use(mw)

	d := middleware.CSRFConfig{CookieSecure: true, CookieSameSite: http.SameSiteLaxMode}
	d.CookieSecure = false // want `middleware.CSRFConfig sets CookieSecure to false`
	e.Use(middleware.CSRFWithConfig(d))
}

// middleware.CSRF() copies DefaultCSRFConfig: no Secure, SameSite not sent. This package
// never assigns DefaultCSRFConfig (see defaultcfg for that).
func csrfDefaults(e *echo.Echo) {
	e.Use(middleware.CSRF()) // want `middleware.CSRF leaves Secure off by default` `middleware.CSRF sends no SameSite attribute`
}

// c.SetCookie is http.SetCookie: the cookie is a plain http.Cookie.
func handler(c *echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "session_id", Value: "v"})                                                                                       // want `http.Cookie "session_id" has no Secure` `http.Cookie "session_id" has no HttpOnly` `http.Cookie "session_id" has no SameSite`
	c.SetCookie(&http.Cookie{Name: "session_id", Value: "v", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})                         // ok: all set
	c.SetCookie(&http.Cookie{Name: "session_id", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: 86400 * 30})                 // want `session cookie http.Cookie "session_id" lives 30d`
	c.SetCookie(&http.Cookie{Name: "session_id", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, Expires: time.Now().Add(time.Hour)}) // ok: one hour
	c.SetCookie(&http.Cookie{Name: "session_id", MaxAge: -1})                                                                                       // ok: deletion
	c.SetCookie(&http.Cookie{Name: "prefs", Secure: true, HttpOnly: true, SameSite: http.SameSiteNoneMode})                                         // ok: None with Secure
	c.SetCookie(&http.Cookie{Name: "prefs", HttpOnly: true, SameSite: http.SameSiteNoneMode})                                                       // want `http.Cookie "prefs" sets SameSite to None without Secure`

	ck := new(http.Cookie) // want `http.Cookie "later" has no HttpOnly`
	ck.Name = "later"
	ck.Secure = true
	ck.SameSite = http.SameSiteStrictMode
	c.SetCookie(ck)
	return nil
}
