package libfiberv3

import (
	"time"

	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
)

// session.Config / New / NewWithStore / NewStore: CookieSecure and CookieHTTPOnly default
// false, SameSite Lax, IdleTimeout 30 min (0 or less means the default).
func sessionConfigs(app *fiber.App, cfg settings) {
	app.Use(session.New(session.Config{}))                                                                                                    // want `session.Config has no CookieSecure` `session.Config has no CookieHTTPOnly`
	app.Use(session.New(session.Config{CookieSecure: true, CookieHTTPOnly: true}))                                                            // ok: both set
	app.Use(session.New(session.Config{CookieSecure: false, CookieHTTPOnly: true}))                                                           // want `session.Config sets CookieSecure to false`
	app.Use(session.New(session.Config{CookieSecure: true, CookieHTTPOnly: false}))                                                           // want `session.Config sets CookieHTTPOnly to false`
	app.Use(session.New(session.Config{CookieSecure: cfg.Secure, CookieHTTPOnly: cfg.HTTPOnly}))                                              // ok: non-constant
	app.Use(session.New(session.Config{CookieHTTPOnly: true, CookieSameSite: "None"}))                                                        // ok: None forces Secure (session.go:478-482)
	app.Use(session.New(session.Config{CookieSecure: true, CookieHTTPOnly: true, IdleTimeout: 20 * time.Minute}))                             // ok: 20 minutes
	app.Use(session.New(session.Config{CookieSecure: true, CookieHTTPOnly: true, IdleTimeout: 30 * 24 * time.Hour}))                          // want `session cookie session.Config lives 30d`
	app.Use(session.New(session.Config{CookieSecure: true, CookieHTTPOnly: true, IdleTimeout: 0}))                                            // ok: 0 means the 30 min default
	app.Use(session.New(session.Config{CookieSecure: true, CookieHTTPOnly: true, IdleTimeout: 30 * 24 * time.Hour, CookieSessionOnly: true})) // ok: session-only cookie
	// setCookieAttributes (session.go:472-491) writes Strict, None, else Lax: "disabled" is Lax here.
	app.Use(session.New(session.Config{CookieSecure: true, CookieHTTPOnly: true, CookieSameSite: "disabled"})) // ok: the v3 session cookie is Lax for "disabled"

	session.NewStore(session.Config{CookieHTTPOnly: true})   // want `session.Config has no CookieSecure`
	session.NewWithStore(session.Config{CookieSecure: true}) // want `session.Config has no CookieHTTPOnly`
}

// Without a Config the defaults are reported at the call; a *Store embeds Config, so fields
// assigned on it afterwards take effect.
func sessionDefaults(app *fiber.App) {
	app.Use(session.New()) // want `session.New leaves Secure off by default` `session.New leaves HttpOnly off by default`

	session.NewStore() // want `session.NewStore leaves Secure off by default` `session.NewStore leaves HttpOnly off by default`

	s1 := session.NewStore() // ok: both set on the store
	s1.CookieSecure = true
	s1.CookieHTTPOnly = true

	s2 := session.NewStore() // want `session.NewStore leaves HttpOnly off by default`
	s2.CookieSecure = true

	s3 := session.NewStore()
	s3.CookieSecure = true
	s3.CookieHTTPOnly = true
	s3.IdleTimeout = 30 * 24 * time.Hour // want `session cookie session.NewStore lives 30d`

	h, s4 := session.NewWithStore() // ok: both set on the returned store
	s4.CookieSecure = true
	s4.CookieHTTPOnly = true
	app.Use(h)

	h2, _ := session.NewWithStore() // want `session.NewWithStore leaves Secure off by default` `session.NewWithStore leaves HttpOnly off by default`
	app.Use(h2)
}
