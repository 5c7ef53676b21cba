package libfiberv3

import (
	"time"

	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/csrf"
)

// The CSRF middleware: only secure applies; CookieSameSite defaults to "Lax".
func csrfConfigs(app *fiber.App, cfg settings) {
	app.Use(csrf.New())                                                                   // want `csrf.New leaves Secure off by default`
	app.Use(csrf.New(csrf.Config{}))                                                      // want `csrf.Config has no CookieSecure`
	app.Use(csrf.New(csrf.Config{CookieSecure: true}))                                    // ok: HttpOnly is not required of a CSRF cookie
	app.Use(csrf.New(csrf.Config{CookieSecure: false}))                                   // want `csrf.Config sets CookieSecure to false`
	app.Use(csrf.New(csrf.Config{CookieSecure: true, IdleTimeout: 365 * 24 * time.Hour})) // ok: CSRF exempt from expiry
	app.Use(csrf.New(csrf.Config{CookieSameSite: "None"}))                                // ok: None forces Secure
	app.Use(csrf.New(csrf.Config{CookieSecure: cfg.Secure}))                              // ok: non-constant
	app.Use(csrf.New(csrf.Config{CookieSecure: true, CookieSameSite: "disabled"}))        // want `csrf.Config sets CookieSameSite to "disabled", which sends no SameSite attribute`
}
