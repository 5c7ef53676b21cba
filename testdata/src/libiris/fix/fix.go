// Package fix checks the fixes cookiecheck offers for iris: CookieSecureTLS: true inserted
// into a sessions.Config literal, CookieSecureTLS: false and CookieHTTPOnly(false) made true,
// and a SameSite option that sends no attribute made Lax.
package fix

import (
	"time"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/sessions"
)

func configs() {
	sessions.New(sessions.Config{Cookie: "sid", Expires: time.Hour})                         // want `sessions.Config "sid" has no CookieSecureTLS`
	sessions.New(sessions.Config{Cookie: "sid", Expires: time.Hour, CookieSecureTLS: false}) // want `sessions.Config "sid" sets CookieSecureTLS to false`
	sessions.New(sessions.Config{                                                            // want `sessions.Config "sid" has no CookieSecureTLS`
		Cookie:  "sid",
		Expires: 30 * time.Minute,
	})
}

func kv(ctx iris.Context) {
	ctx.SetCookieKV("prefs", "v", iris.CookieSecure, iris.CookieSameSite(iris.SameSiteLaxMode), iris.CookieHTTPOnly(false)) // want `sets .*CookieHTTPOnly.* to false`
	ctx.SetCookieKV("prefs", "v", iris.CookieSecure, iris.CookieSameSite(iris.SameSiteDefaultMode))                         // want `sets .*CookieSameSite.* to iris.SameSiteDefaultMode`
}
