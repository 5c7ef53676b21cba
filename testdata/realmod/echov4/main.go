// Package echov4 is an echo v4 application with CSRF, echo-contrib sessions
// and plain cookies.
package echov4

import (
	"net/http"
	"time"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func init() {
	// Harden the package default before CSRF() copies it.
	middleware.DefaultCSRFConfig.CookieHTTPOnly = true
}

// New builds the app.
func New(secret []byte) *echo.Echo {
	e := echo.New()

	e.Use(middleware.CSRF()) // want `middleware\.CSRF leaves Secure off by default \(set CookieSecure to true\)` `middleware\.CSRF sends no SameSite attribute \(set CookieSameSite with Lax or Strict\)`
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{
		TokenLookup:    "form:_csrf",
		CookieName:     "_csrf",
		CookiePath:     "/",
		CookieMaxAge:   3600,
		CookieSecure:   true,
		CookieHTTPOnly: true,
		CookieSameSite: http.SameSiteStrictMode,
	}))

	cfg := middleware.CSRFConfig{CookieSameSite: http.SameSiteNoneMode}
	if mw, err := cfg.ToMiddleware(); err == nil {
		e.Use(mw)
	}

	e.Use(session.Middleware(sessions.NewCookieStore(secret)))

	e.GET("/", index)
	e.POST("/login", login)
	return e
}

func index(c echo.Context) error {
	c.SetCookie(&http.Cookie{ // want `http\.Cookie "visited" has no HttpOnly` `http\.Cookie "visited" has no SameSite` `http\.Cookie "visited" has no Secure`
		Name:    "visited",
		Value:   "yes",
		Expires: time.Now().Add(24 * time.Hour),
	})
	return c.String(http.StatusOK, "hello")
}

func login(c echo.Context) error {
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	sess.Options = &sessions.Options{ // want `sessions\.Options has no SameSite` `sessions\.Options has no Secure`
		Path:     "/",
		MaxAge:   86400 * 7,
		HttpOnly: true,
	}
	sess.Values["user"] = c.FormValue("user")
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	cookie := new(http.Cookie)
	cookie.Name = "auth"
	cookie.Value = "token"
	cookie.Secure = true
	cookie.HttpOnly = true
	cookie.SameSite = http.SameSiteLaxMode
	c.SetCookie(cookie)
	return c.JSON(http.StatusOK, echo.Map{"ok": true})
}
