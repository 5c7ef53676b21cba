package libiris

import (
	"net/http"
	"time"

	"github.com/kataras/iris/v12/context"
	"github.com/kataras/iris/v12/sessions"
)

var sess = sessions.New(sessions.Config{Cookie: "sid", CookieSecureTLS: true, Expires: time.Hour})

// The same options from the context package itself.
func contextKV(ctx *context.Context) {
	ctx.SetCookieKV("prefs", "v")                                                                                                      // want `SetCookieKV "prefs" has no .*CookieSecure` `SetCookieKV "prefs" has no .*CookieSameSite`
	ctx.SetCookieKV("prefs", "v", context.CookieSecure, context.CookieSameSite(http.SameSiteLaxMode))                                  // ok: HttpOnly on by default
	ctx.SetCookieKV("prefs", "v", context.CookieSecure, context.CookieSameSite(http.SameSiteLaxMode), context.CookieHTTPOnly(false))   // want `SetCookieKV "prefs" sets .*CookieHTTPOnly.* to false`
	ctx.SetCookieKV("prefs", "v", context.CookieSameSite(http.SameSiteDefaultMode), context.CookieSecure)                              // want `SetCookieKV "prefs" sets .*CookieSameSite.* to http.SameSiteDefaultMode`
	ctx.SetCookieKV("auth", "v", context.CookieSecure, context.CookieSameSite(http.SameSiteLaxMode))                                   // want `session cookie .*SetCookieKV "auth" lives 1y by default`
	ctx.SetCookieKV("auth", "v", context.CookieSecure, context.CookieSameSite(http.SameSiteLaxMode), context.CookieExpires(time.Hour)) // ok: one hour
}
