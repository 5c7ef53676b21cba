// Package fix checks the fixes cookiecheck offers for fiber v3.
package fix

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/csrf"
	"github.com/gofiber/fiber/v3/middleware/session"
)

func cookies(c fiber.Ctx) {
	c.Cookie(&fiber.Cookie{Name: "a"})                                                                         // want `fiber.Cookie "a" has no Secure` `fiber.Cookie "a" has no HTTPOnly`
	c.Cookie(&fiber.Cookie{Name: "b", Secure: false, HTTPOnly: false, SameSite: fiber.CookieSameSiteDisabled}) // want `fiber.Cookie "b" sets Secure to false` `fiber.Cookie "b" sets HTTPOnly to false` `fiber.Cookie "b" sets SameSite to fiber.CookieSameSiteDisabled`
	c.Cookie(&fiber.Cookie{                                                                                    // want `fiber.Cookie "c" has no HTTPOnly`
		Name:   "c",
		Secure: true,
	})
}

func sessions(app *fiber.App) {
	app.Use(session.New(session.Config{}))    // want `session.Config has no CookieSecure` `session.Config has no CookieHTTPOnly`
	store := session.NewStore(session.Config{ // want `session.Config has no CookieHTTPOnly`
		CookieSecure: false, // want `session.Config sets CookieSecure to false`
	})
	_ = store
	app.Use(csrf.New(csrf.Config{CookieSameSite: "Strict"})) // want `csrf.Config has no CookieSecure`
}
