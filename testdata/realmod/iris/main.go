// Package iris is an iris application with sessions and context cookies.
package iris

import (
	"net/http"
	"time"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/sessions"
)

// sess uses the defaults: ~24 years, Secure false, Lax via subdomains.
var sess = sessions.New(sessions.Config{Cookie: "sid"}) // want `sessions\.Config "sid" has no CookieSecureTLS` `session cookie sessions\.Config "sid" lives 24y by default, longer than the 14d limit \(flag -max-age\)`

// New builds the app.
func New() *iris.Application {
	app := iris.New()

	strict := sessions.New(sessions.Config{
		Cookie:                      "__Host-sid",
		CookieSecureTLS:             true,
		Expires:                     2 * time.Hour,
		AllowReclaim:                true,
		DisableSubdomainPersistence: true, // want `sessions\.Config "__Host-sid" sets DisableSubdomainPersistence to true, which sends no SameSite attribute`
	})

	app.Use(sess.Handler())
	app.Use(strict.Handler(iris.CookieSameSite(iris.SameSiteStrictMode), iris.CookieHTTPOnly(true)))

	app.Get("/", index)
	app.Post("/login", login)
	return app
}

func index(ctx iris.Context) {
	s := sessions.Get(ctx)
	s.Set("visits", 1)
	ctx.SetCookieKV("theme", "dark") // want `context\.Context\.SetCookieKV "theme" has no context\.CookieSecure option` `context\.Context\.SetCookieKV "theme" has no context\.CookieSameSite option`
	_, _ = ctx.WriteString("hello")
}

func login(ctx iris.Context) {
	ctx.AddCookieOptions(iris.CookieSecure, iris.CookieHTTPOnly(true))
	ctx.SetCookie(&http.Cookie{Name: "remember", Value: "1"},
		iris.CookieExpires(30*24*time.Hour), // want `session cookie http\.Cookie "remember" lives 30d, longer than the 14d limit \(flag -max-age\)`
		iris.CookieSameSite(http.SameSiteNoneMode),
	)
	ctx.UpsertCookie(&http.Cookie{Name: "lang", Value: "en", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	session := sess.Start(ctx, iris.CookieExpires(-1))
	session.Set("user", "me")
}
