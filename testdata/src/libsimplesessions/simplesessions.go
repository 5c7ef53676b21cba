// Package libsimplesessions holds cookiecheck's cases for zerodha/simplesessions v3: the
// session cookie is built from Options.Cookie (manager.go:65-95, session.go:50-65).
package libsimplesessions

import (
	"net/http"
	"time"

	"github.com/zerodha/simplesessions/v3"
)

func managers(secure bool) {
	simplesessions.New(simplesessions.Options{ // ok: the cookie options are judged at their literal
		EnableAutoCreate: false,
		SessionIDLength:  64,
		Cookie: simplesessions.CookieOptions{ // want `simplesessions\.CookieOptions has no IsSecure` `simplesessions\.CookieOptions has no SameSite`
			IsHTTPOnly: true,
			MaxAge:     time.Hour * 6,
		},
	})

	simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{IsSecure: true, IsHTTPOnly: true, SameSite: http.SameSiteLaxMode}})                              // ok: all set, a browser-session cookie
	simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{IsSecure: secure, IsHTTPOnly: true, SameSite: http.SameSiteLaxMode}})                            // ok: non-constant
	simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{IsSecure: true, SameSite: http.SameSiteStrictMode}})                                             // want `simplesessions\.CookieOptions has no IsHTTPOnly`
	simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{IsSecure: false, IsHTTPOnly: true, SameSite: http.SameSiteLaxMode}})                             // want `simplesessions\.CookieOptions sets IsSecure to false`
	simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{IsSecure: true, IsHTTPOnly: true, SameSite: http.SameSiteDefaultMode}})                          // want `simplesessions\.CookieOptions sets SameSite to http\.SameSiteDefaultMode, which sends no SameSite attribute`
	simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{IsSecure: true, IsHTTPOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: 24 * 7 * time.Hour}})  // ok: seven days
	simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{IsSecure: true, IsHTTPOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: 30 * 24 * time.Hour}}) // want `session cookie simplesessions\.CookieOptions lives 30d`

	// Options set field by field complete the cookie options they hold.
	var opts simplesessions.Options
	opts.Cookie = simplesessions.CookieOptions{IsHTTPOnly: true} // want `simplesessions\.CookieOptions has no IsSecure` `simplesessions\.CookieOptions has no SameSite`
	simplesessions.New(opts)
}
