package libfiberv2

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

// session.Config / session.New: CookieSecure and CookieHTTPOnly default false, SameSite Lax,
// Expiration 24 h (0 or less means the default).
func sessionConfigs(cfg settings) {
	session.New(session.Config{})                                                                                                   // want `session.Config has no CookieSecure` `session.Config has no CookieHTTPOnly`
	session.New(session.Config{CookieSecure: true, CookieHTTPOnly: true})                                                           // ok: both set, Lax and 24 h by default
	session.New(session.Config{CookieSecure: false, CookieHTTPOnly: true})                                                          // want `session.Config sets CookieSecure to false`
	session.New(session.Config{CookieSecure: true, CookieHTTPOnly: false})                                                          // want `session.Config sets CookieHTTPOnly to false`
	session.New(session.Config{CookieSecure: true})                                                                                 // want `session.Config has no CookieHTTPOnly`
	session.New(session.Config{CookieSecure: cfg.Secure, CookieHTTPOnly: cfg.HTTPOnly})                                             // ok: non-constant
	session.New(session.Config{CookieHTTPOnly: true, CookieSameSite: "None"})                                                       // ok: None forces Secure
	session.New(session.Config{CookieSecure: true, CookieHTTPOnly: true, CookieSameSite: "Strict"})                                 // ok: Strict
	session.New(session.Config{CookieSecure: true, CookieHTTPOnly: true, Expiration: 30 * 24 * time.Hour})                          // want `session cookie session.Config lives 30d`
	session.New(session.Config{CookieSecure: true, CookieHTTPOnly: true, Expiration: 2 * time.Hour})                                // ok: two hours
	session.New(session.Config{CookieSecure: true, CookieHTTPOnly: true, Expiration: 0})                                            // ok: 0 means the 24 h default
	session.New(session.Config{CookieSecure: true, CookieHTTPOnly: true, Expiration: -time.Hour})                                   // ok: <= 0 means the 24 h default
	session.New(session.Config{CookieSecure: true, CookieHTTPOnly: true, Expiration: 30 * 24 * time.Hour, CookieSessionOnly: true}) // ok: session-only cookie
	session.New(session.Config{                                                                                                     // want `session.Config has no CookieSecure`
		CookieHTTPOnly: true,
		Expiration:     time.Hour,
		KeyLookup:      "cookie:sid",
	})

	// session.go:259-266 writes "strict" and "none", and Lax for anything else: "disabled" is
	// not honoured by the v2 session middleware (libraries.md §8b), so the attribute is sent.
	session.New(session.Config{CookieSecure: true, CookieHTTPOnly: true, CookieSameSite: "disabled"}) // ok: the v2 session cookie is Lax for "disabled"

	conf := session.Config{CookieSecure: true} // ok: completed below
	conf.CookieHTTPOnly = true
	session.New(conf)
}

// session.New() takes ConfigDefault: reported at the call. The returned *Store embeds Config,
// so fields assigned on it afterwards take effect.
func sessionStores(app *fiber.App) {
	session.New() // want `session.New leaves Secure off by default` `session.New leaves HttpOnly off by default`

	s1 := session.New() // ok: both set on the store
	s1.CookieSecure = true
	s1.CookieHTTPOnly = true

	s2 := session.New() // want `session.New leaves HttpOnly off by default`
	s2.CookieSecure = true

	s3 := session.New() // ok: set through the embedded Config
	s3.Config.CookieSecure = true
	s3.Config.CookieHTTPOnly = true

	s4 := session.New()
	s4.CookieSecure = false // want `session.New sets CookieSecure to false`
	s4.CookieHTTPOnly = true

	s5 := session.New()
	s5.CookieSecure = true
	s5.CookieHTTPOnly = true
	s5.Expiration = 30 * 24 * time.Hour // want `session cookie session.New lives 30d`

	s6 := session.New() // ok: None forces Secure
	s6.CookieSameSite = "None"
	s6.CookieHTTPOnly = true

	var s7 *session.Store // ok: nil, no store made here
	_ = s7

	// A store made from a literal: a later constant false on it still turns Secure off.
	s8 := session.New(session.Config{CookieSecure: true, CookieHTTPOnly: true})
	s8.CookieSecure = false // want `sets CookieSecure to false`
}
