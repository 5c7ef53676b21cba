// Package libiris holds cookiecheck's cases for iris v12 (github.com/kataras/iris/v12):
// sessions.New(sessions.Config{...}) and the context's SetCookieKV with its CookieOptions,
// through the iris root aliases and the context package. Each case is judged from RULES.md
// and libraries.md §16.
package libiris

import (
	"time"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/sessions"
)

type settings struct{ TLS bool }

// sessions.Config (sessions.go:30-91): HttpOnly always on, Secure only with CookieSecureTLS,
// SameSite Lax through subdomain persistence, Expires 0 = about 24 years, negative = a
// browser-session cookie.
func sessionConfigs(app *iris.Application, cfg settings) {
	sessions.New(sessions.Config{Cookie: "mysessionid"})                                                      // want `sessions.Config "mysessionid" has no CookieSecureTLS` `session cookie sessions.Config "mysessionid" lives 24y by default`
	sessions.New(sessions.Config{Cookie: "mysessionid", Expires: 2 * time.Hour})                              // want `sessions.Config "mysessionid" has no CookieSecureTLS`
	sessions.New(sessions.Config{Cookie: "mysessionid", CookieSecureTLS: true})                               // want `session cookie sessions.Config "mysessionid" lives 24y by default`
	sessions.New(sessions.Config{Cookie: "mysessionid", CookieSecureTLS: true, Expires: 2 * time.Hour})       // ok: Secure on TLS, two hours
	sessions.New(sessions.Config{Cookie: "mysessionid", CookieSecureTLS: true, Expires: -1})                  // ok: -1 is a browser-session cookie
	sessions.New(sessions.Config{Cookie: "mysessionid", CookieSecureTLS: true, Expires: -time.Hour})          // ok: negative is a browser-session cookie
	sessions.New(sessions.Config{Cookie: "mysessionid", CookieSecureTLS: true, Expires: 0})                   // want `session cookie sessions.Config "mysessionid" lives 24y`
	sessions.New(sessions.Config{Cookie: "mysessionid", CookieSecureTLS: true, Expires: 30 * 24 * time.Hour}) // want `session cookie sessions.Config "mysessionid" lives 30d`
	sessions.New(sessions.Config{Cookie: "mysessionid", CookieSecureTLS: false, Expires: time.Hour})          // want `sessions.Config "mysessionid" sets CookieSecureTLS to false`
	sessions.New(sessions.Config{Cookie: "mysessionid", CookieSecureTLS: cfg.TLS, Expires: time.Hour})        // ok: non-constant
	sessions.New(sessions.Config{CookieSecureTLS: true, Expires: time.Hour, AllowReclaim: true})              // ok: default name, one hour

	// Without subdomain persistence no CookieAllowSubdomains option runs, and with it goes
	// the SameSite=Lax it sets: the session cookie is sent without SameSite.
	sessions.New(sessions.Config{Cookie: "mysessionid", CookieSecureTLS: true, Expires: time.Hour, DisableSubdomainPersistence: true}) // want `sessions.Config "mysessionid" .*SameSite`

	c := sessions.Config{Cookie: "sid", Expires: time.Hour} // ok: completed below
	c.CookieSecureTLS = true
	sess := sessions.New(c)
	app.Use(sess.Handler())
}
