// Package fix checks the fixes cookiecheck offers for fiber v2: fields inserted with fiber's
// own names (HTTPOnly, CookieSecure, CookieHTTPOnly), constant false replaced by true, and a
// SameSite that sends no attribute replaced by the string "Lax".
package fix

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/csrf"
	"github.com/gofiber/fiber/v2/middleware/session"
)

const off = false

func cookies(c *fiber.Ctx) {
	c.Cookie(&fiber.Cookie{})                                                                  // want `fiber.Cookie has no Secure` `fiber.Cookie has no HTTPOnly`
	c.Cookie(&fiber.Cookie{Name: "a", Value: "v"})                                             // want `fiber.Cookie "a" has no Secure` `fiber.Cookie "a" has no HTTPOnly`
	c.Cookie(&fiber.Cookie{Name: "b", Secure: false, HTTPOnly: off})                           // want `fiber.Cookie "b" sets Secure to false` `fiber.Cookie "b" sets HTTPOnly to off`
	c.Cookie(&fiber.Cookie{Name: "c", Secure: true, HTTPOnly: true, SameSite: "disabled"})     // want `fiber.Cookie "c" sets SameSite to "disabled"`
	c.Cookie(&fiber.Cookie{Name: "d", HTTPOnly: true, SameSite: fiber.CookieSameSiteDisabled}) // want `fiber.Cookie "d" has no Secure` `fiber.Cookie "d" sets SameSite to fiber.CookieSameSiteDisabled`
	c.Cookie(&fiber.Cookie{                                                                    // want `fiber.Cookie "e" has no Secure` `fiber.Cookie "e" has no HTTPOnly`
		Name:  "e",
		Value: "v",
	})

	k := &fiber.Cookie{Name: "f", Secure: true, HTTPOnly: true}
	k.HTTPOnly = false // want `fiber.Cookie "f" sets HTTPOnly to false`
	c.Cookie(k)
}

func sessions() {
	session.New(session.Config{})                                         // want `session.Config has no CookieSecure` `session.Config has no CookieHTTPOnly`
	session.New(session.Config{Expiration: time.Hour})                    // want `session.Config has no CookieSecure` `session.Config has no CookieHTTPOnly`
	session.New(session.Config{CookieSecure: off, CookieHTTPOnly: false}) // want `session.Config sets CookieSecure to off` `session.Config sets CookieHTTPOnly to false`
	session.New(session.Config{                                           // want `session.Config has no CookieSecure`
		CookieHTTPOnly: true,
		KeyLookup:      "cookie:sid", // the cookie's name
	})

	store := session.New()     // want `session.New leaves HttpOnly off by default`
	store.CookieSecure = false // want `session.New sets CookieSecure to false`
}

func csrfs(app *fiber.App) {
	app.Use(csrf.New(csrf.Config{}))                                               // want `csrf.Config has no CookieSecure`
	app.Use(csrf.New(csrf.Config{CookieSecure: false}))                            // want `csrf.Config sets CookieSecure to false`
	app.Use(csrf.New(csrf.Config{CookieSecure: true, CookieSameSite: "disabled"})) // want `csrf.Config sets CookieSameSite to "disabled"`
}
