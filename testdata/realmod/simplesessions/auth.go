// Package simplesessions keeps login sessions with zerodha/simplesessions, handing the
// cookie to echo through the SetCookie hook.
package simplesessions

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/zerodha/simplesessions/v3"
)

// Auth holds the session manager.
type Auth struct {
	sess *simplesessions.Manager
}

func getCookie(name string, r interface{}) (*http.Cookie, error) {
	return r.(echo.Context).Cookie(name)
}

func setCookie(cookie *http.Cookie, w interface{}) error {
	w.(echo.Context).SetCookie(cookie)
	return nil
}

// New sets up the sessions: the cookie lacks Secure and SameSite.
func New(store simplesessions.Store) *Auth {
	sess := simplesessions.New(simplesessions.Options{
		EnableAutoCreate: false,
		SessionIDLength:  64,
		Cookie: simplesessions.CookieOptions{ // want `simplesessions\.CookieOptions has no IsSecure` `simplesessions\.CookieOptions has no SameSite`
			IsHTTPOnly: true,
			MaxAge:     time.Hour * 24 * 7,
		},
	})
	sess.UseStore(store)
	sess.SetCookieHooks(getCookie, setCookie)
	return &Auth{sess: sess}
}
