// Package fiberv2 is a fiber v2 application with cookies, sessions and CSRF.
package fiberv2

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/csrf"
	"github.com/gofiber/fiber/v2/middleware/session"
)

// store uses the session defaults (Secure and HTTPOnly false, 24h).
var store = session.New() // want `session\.New leaves Secure off by default \(set CookieSecure to true\)` `session\.New leaves HttpOnly off by default \(set CookieHTTPOnly to true\)`

// secureStore is configured in init after construction.
var secureStore *session.Store

func init() {
	secureStore = session.New(session.Config{
		Expiration:     2 * time.Hour,
		KeyLookup:      "cookie:__Host-sid",
		CookiePath:     "/",
		CookieSameSite: fiber.CookieSameSiteStrictMode,
	})
	secureStore.CookieSecure = true
	secureStore.CookieHTTPOnly = true
}

// New builds the app.
func New() *fiber.App {
	app := fiber.New()

	app.Use(csrf.New(csrf.Config{
		KeyLookup:      "header:X-Csrf-Token",
		CookieName:     "csrf_",
		CookieSameSite: "Lax",
		CookieSecure:   true,
		Expiration:     1 * time.Hour,
	}))
	app.Use(csrf.New()) // want `csrf\.New leaves Secure off by default \(set CookieSecure to true\)`

	app.Get("/", index)
	app.Post("/login", login)
	app.Get("/prefs", prefs)
	app.Get("/logout", func(c *fiber.Ctx) error {
		c.ClearCookie("remember_me")
		return c.SendString("bye")
	})
	return app
}

func index(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	sess.Set("visits", 1)
	if err := sess.Save(); err != nil {
		return err
	}
	return c.SendString("hello")
}

func login(c *fiber.Ctx) error {
	sess, err := secureStore.Get(c)
	if err != nil {
		return err
	}
	sess.SetExpiry(30 * 24 * time.Hour)
	sess.Set("user", c.FormValue("user"))
	if err := sess.Save(); err != nil {
		return err
	}
	c.Cookie(&fiber.Cookie{
		Name:     "remember_me",
		Value:    "1",
		Expires:  time.Now().Add(60 * 24 * time.Hour), // want `session cookie fiber\.Cookie "remember_me" lives 60d, longer than the 14d limit \(flag -max-age\)`
		Secure:   true,
		HTTPOnly: true,
		SameSite: fiber.CookieSameSiteLaxMode,
	})
	return c.JSON(fiber.Map{"ok": true})
}

func prefs(c *fiber.Ctx) error {
	cookie := new(fiber.Cookie) // want `fiber\.Cookie "theme" has no Secure` `fiber\.Cookie "theme" has no HTTPOnly`
	cookie.Name = "theme"
	cookie.Value = c.Query("theme")
	cookie.MaxAge = 86400
	c.Cookie(cookie)

	c.Cookie(&fiber.Cookie{Name: "embed", Value: "1", SameSite: "None"}) // want `fiber\.Cookie "embed" has no HTTPOnly`
	return c.SendStatus(fiber.StatusOK)
}
