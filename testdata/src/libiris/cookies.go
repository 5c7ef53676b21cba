package libiris

import (
	"net/http"
	"time"

	"github.com/kataras/iris/v12"
)

// SetCookieKV (context.go:5945-5958): Path "/", HttpOnly on, 365 days, no Secure, no SameSite;
// the options change each. Here through the iris root aliases.
func kv(ctx iris.Context, mode http.SameSite, httpOnly bool) {
	ctx.SetCookieKV("prefs", "v")                                                                                              // want `SetCookieKV "prefs" has no .*CookieSecure` `SetCookieKV "prefs" has no .*CookieSameSite`
	ctx.SetCookieKV("prefs", "v", iris.CookieSecure)                                                                           // want `SetCookieKV "prefs" has no .*CookieSameSite`
	ctx.SetCookieKV("prefs", "v", iris.CookieSameSite(iris.SameSiteLaxMode))                                                   // want `SetCookieKV "prefs" has no .*CookieSecure`
	ctx.SetCookieKV("prefs", "v", iris.CookieSecure, iris.CookieSameSite(iris.SameSiteLaxMode))                                // ok: HttpOnly on by default
	ctx.SetCookieKV("prefs", "v", iris.CookieSecure, iris.CookieSameSite(http.SameSiteStrictMode))                             // ok: Strict
	ctx.SetCookieKV("prefs", "v", iris.CookieSecure, iris.CookieSameSite(mode))                                                // ok: non-constant SameSite
	ctx.SetCookieKV("prefs", "v", iris.CookieSecure, iris.CookieSameSite(iris.SameSiteLaxMode), iris.CookieHTTPOnly(false))    // want `SetCookieKV "prefs" sets .*CookieHTTPOnly.* to false`
	ctx.SetCookieKV("prefs", "v", iris.CookieSecure, iris.CookieSameSite(iris.SameSiteLaxMode), iris.CookieHTTPOnly(true))     // ok: HttpOnly
	ctx.SetCookieKV("prefs", "v", iris.CookieSecure, iris.CookieSameSite(iris.SameSiteLaxMode), iris.CookieHTTPOnly(httpOnly)) // ok: non-constant
	ctx.SetCookieKV("prefs", "v", iris.CookieSecure, iris.CookieSameSite(iris.SameSiteDefaultMode))                            // want `SetCookieKV "prefs" sets .*CookieSameSite.* to iris.SameSiteDefaultMode, which sends no SameSite attribute`
	ctx.SetCookieKV("prefs", "v", iris.CookieSecure, iris.CookieSameSite(iris.SameSiteNoneMode))                               // ok: None with Secure
	ctx.SetCookieKV("prefs", "v", iris.CookieSameSite(iris.SameSiteNoneMode))                                                  // want `SetCookieKV "prefs" sets .*CookieSameSite.* to None without Secure`

	// The 365-day default is over the limit for a session-named cookie.
	ctx.SetCookieKV("session_id", "v", iris.CookieSecure, iris.CookieSameSite(iris.SameSiteLaxMode))                                      // want `session cookie .*SetCookieKV "session_id" lives 1y by default`
	ctx.SetCookieKV("session_id", "v", iris.CookieSecure, iris.CookieSameSite(iris.SameSiteLaxMode), iris.CookieExpires(2*time.Hour))     // ok: two hours
	ctx.SetCookieKV("session_id", "v", iris.CookieSecure, iris.CookieSameSite(iris.SameSiteLaxMode), iris.CookieExpires(30*24*time.Hour)) // want `session cookie .*SetCookieKV "session_id" lives 30d`
	ctx.SetCookieKV("theme", "dark", iris.CookieSecure, iris.CookieSameSite(iris.SameSiteLaxMode))                                        // ok: not session-bearing
}

// iris SetCookie takes an http.Cookie as given and applies its options afterwards
// (context.go:5875), so iris.CookieSecure sets Secure on it.
func setCookie(ctx iris.Context) {
	ctx.SetCookie(&http.Cookie{Name: "prefs", HttpOnly: true, SameSite: http.SameSiteLaxMode}, iris.CookieSecure)                                      // ok: the CookieSecure option sets Secure
	ctx.SetCookie(&http.Cookie{Name: "prefs", Secure: true, SameSite: http.SameSiteLaxMode}, iris.CookieHTTPOnly(true))                                // ok: the CookieHTTPOnly option sets HttpOnly
	ctx.SetCookie(&http.Cookie{Name: "prefs", Secure: true, HttpOnly: true}, iris.CookieSameSite(iris.SameSiteStrictMode))                             // ok: the CookieSameSite option sets SameSite
	ctx.SetCookie(&http.Cookie{Name: "prefs", HttpOnly: true, SameSite: http.SameSiteLaxMode})                                                         // want `http.Cookie "prefs" has no Secure`
	ctx.UpsertCookie(&http.Cookie{Name: "prefs", HttpOnly: true, SameSite: http.SameSiteLaxMode}, iris.CookieSecure)                                   // ok: the CookieSecure option sets Secure
	ctx.SetCookie(&http.Cookie{Name: "prefs", HttpOnly: true}, iris.CookieSecure)                                                                      // want `http.Cookie "prefs" has no SameSite`
	ctx.SetCookie(&http.Cookie{Name: "prefs", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}, iris.CookieHTTPOnly(false))               // want `"prefs" sets iris.CookieHTTPOnly option to false`
	ctx.SetCookie(&http.Cookie{Name: "prefs", Secure: true, HttpOnly: true}, iris.CookieSameSite(iris.SameSiteDefaultMode))                            // want `"prefs" sets iris.CookieSameSite option to iris.SameSiteDefaultMode, which sends no SameSite attribute`
	ctx.SetCookie(&http.Cookie{Name: "session_id", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}, iris.CookieExpires(30*24*time.Hour)) // want `session cookie .*"session_id" lives 30d`
}

// AddCookieOptions registers options for every cookie the request sets afterwards.
func addOptions(ctx iris.Context) {
	ctx.AddCookieOptions(iris.CookieSecure, iris.CookieSameSite(iris.SameSiteLaxMode))
	ctx.SetCookieKV("prefs", "v") // ok: Secure and SameSite come from AddCookieOptions
}

func addSecureOnly(ctx iris.Context) {
	ctx.AddCookieOptions(iris.CookieSecure)
	ctx.SetCookieKV("prefs", "v") // want `SetCookieKV "prefs" has no .*CookieSameSite`
}

// Per-request session options apply after the built-in ones: CookieHTTPOnly(false) turns
// the session cookie's HttpOnly off.
func sessionOptions(app *iris.Application) {
	app.Use(sess.Handler(iris.CookieHTTPOnly(false))) // want `(?i)httponly.*false`
}
