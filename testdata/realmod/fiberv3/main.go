// Package fiberv3 is a fiber v3 application with cookies, sessions and CSRF.
package fiberv3

import (
	"time"

	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/extractors"
	"github.com/gofiber/fiber/v3/middleware/csrf"
	"github.com/gofiber/fiber/v3/middleware/session"
)

// New builds the app.
func New() *fiber.App {
	app := fiber.New()

	// Session middleware with the defaults (Secure and HTTPOnly false).
	app.Use(session.New()) // want `session\.New leaves Secure off by default \(set CookieSecure to true\)` `session\.New leaves HttpOnly off by default \(set CookieHTTPOnly to true\)`

	// A second middleware with its store, hardened after construction.
	handler, store := session.NewWithStore(session.Config{
		IdleTimeout:     15 * time.Minute,
		AbsoluteTimeout: 24 * time.Hour,
		CookieSameSite:  fiber.CookieSameSiteStrictMode,
		Extractor:       extractors.FromCookie("__Host-sid"),
	})
	store.CookieSecure = true
	store.CookieHTTPOnly = true
	app.Use(handler)

	app.Use(csrf.New(csrf.Config{
		CookieName:     "__Host-csrf_",
		CookieSecure:   true,
		CookieHTTPOnly: false,
		CookieSameSite: "Lax",
		Session:        apiStore,
		IdleTimeout:    30 * time.Minute,
		Extractor:      extractors.FromHeader(csrf.HeaderName),
	}))

	app.Get("/", index)
	app.Post("/login", login)
	app.Get("/prefs", prefs)
	return app
}

// apiStore is a store with a long idle timeout.
var apiStore = session.NewStore(session.Config{
	IdleTimeout:    30 * 24 * time.Hour, // want `session cookie session\.Config lives 30d, longer than the 14d limit \(flag -max-age\)`
	CookieSecure:   true,
	CookieHTTPOnly: true,
})

func index(c fiber.Ctx) error {
	if m := session.FromContext(c); m != nil {
		m.Set("visits", 1)
	}
	return c.SendString("hello")
}

func login(c fiber.Ctx) error {
	sess, err := apiStore.Get(c)
	if err != nil {
		return err
	}
	defer sess.Release()
	sess.Set("user", c.FormValue("user"))
	sess.SetIdleTimeout(2 * time.Hour)
	if err := sess.Save(); err != nil {
		return err
	}
	c.Cookie(&fiber.Cookie{
		Name:        "remember_me",
		Value:       "1",
		MaxAge:      86400 * 30, // want `session cookie fiber\.Cookie "remember_me" lives 30d, longer than the 14d limit \(flag -max-age\)`
		Secure:      true,
		HTTPOnly:    true,
		Partitioned: true,
		SameSite:    fiber.CookieSameSiteNoneMode,
	})
	return c.JSON(fiber.Map{"ok": true})
}

func prefs(c fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "theme", Value: c.Query("theme"), SameSite: "disabled"}) // want `fiber\.Cookie "theme" has no HTTPOnly` `fiber\.Cookie "theme" has no Secure` `fiber\.Cookie "theme" sets SameSite to "disabled", which sends no SameSite attribute`
	c.ClearCookie("old")
	return c.Status(fiber.StatusOK).SendString("ok")
}
