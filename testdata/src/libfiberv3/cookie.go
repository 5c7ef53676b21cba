// Package libfiberv3 holds cookiecheck's cases for fiber v3 (github.com/gofiber/fiber/v3):
// fiber.Cookie sent through the fiber.Ctx interface, the session middleware and the CSRF
// middleware. Each case is judged from RULES.md and libraries.md §9.
package libfiberv3

import (
	"time"

	"github.com/gofiber/fiber/v3"
)

type settings struct{ Secure, HTTPOnly bool }

// fiber.Cookie: Secure false, HTTPOnly false, SameSite "" or unknown = Lax, no expiry.
func cookies(c fiber.Ctx, cfg settings) {
	c.Cookie(&fiber.Cookie{Name: "prefs", Value: "v"})                                 // want `fiber.Cookie "prefs" has no Secure` `fiber.Cookie "prefs" has no HTTPOnly`
	c.Cookie(&fiber.Cookie{Name: "prefs", Value: "v", Secure: true, HTTPOnly: true})   // ok: SameSite "" is sent as Lax
	c.Cookie(&fiber.Cookie{Name: "prefs", Secure: false, HTTPOnly: true})              // want `fiber.Cookie "prefs" sets Secure to false`
	c.Cookie(&fiber.Cookie{Name: "prefs", Secure: true, HTTPOnly: false})              // want `fiber.Cookie "prefs" sets HTTPOnly to false`
	c.Cookie(&fiber.Cookie{Name: "prefs", Secure: cfg.Secure, HTTPOnly: cfg.HTTPOnly}) // ok: non-constant values count as set

	c.Cookie(&fiber.Cookie{Name: "ss", Secure: true, HTTPOnly: true, SameSite: fiber.CookieSameSiteLaxMode})  // ok: "Lax"
	c.Cookie(&fiber.Cookie{Name: "ss", Secure: true, HTTPOnly: true, SameSite: "strict"})                     // ok: case-insensitive Strict
	c.Cookie(&fiber.Cookie{Name: "ss", Secure: true, HTTPOnly: true, SameSite: "bogus"})                      // ok: an unknown string is Lax
	c.Cookie(&fiber.Cookie{Name: "ss", Secure: true, HTTPOnly: true, SameSite: fiber.CookieSameSiteDisabled}) // want `fiber.Cookie "ss" sets SameSite to fiber.CookieSameSiteDisabled, which sends no SameSite attribute`
	c.Cookie(&fiber.Cookie{Name: "ss", Secure: true, HTTPOnly: true, SameSite: "Disabled"})                   // want `fiber.Cookie "ss" sets SameSite to "Disabled", which sends no SameSite attribute`
	c.Cookie(&fiber.Cookie{Name: "none", HTTPOnly: true, SameSite: fiber.CookieSameSiteNoneMode})             // ok: None forces Secure
	c.Cookie(&fiber.Cookie{Name: "none", HTTPOnly: true, SameSite: "none", Secure: false})                    // ok: None forces Secure even over false
	c.Cookie(&fiber.Cookie{Name: "__Host-id", HTTPOnly: true, SameSite: "None"})                              // ok: Secure forced, Path "" becomes "/"
	c.Cookie(&fiber.Cookie{Name: "__Host-id", HTTPOnly: true, Secure: true, Path: "/app"})                    // want `fiber.Cookie "__Host-id" breaks the __Host- prefix rules \(no Path "/"\)`

	// res.go:292-295: Partitioned sets cookie.Secure = true before the cookie is written.
	c.Cookie(&fiber.Cookie{Name: "part", HTTPOnly: true, Partitioned: true}) // ok: Partitioned forces Secure in v3

	c.Cookie(&fiber.Cookie{Name: "csrf_", Secure: true})   // ok: CSRF token cookie, exempt from httponly
	c.Cookie(&fiber.Cookie{Name: "csrf_", HTTPOnly: true}) // want `fiber.Cookie "csrf_" has no Secure`

	ck := &fiber.Cookie{Name: "steps"} // want `fiber.Cookie "steps" has no HTTPOnly`
	ck.Secure = true
	c.Cookie(ck)
}

func sessionCookies(c fiber.Ctx) {
	c.Cookie(&fiber.Cookie{Name: "session_id", Secure: true, HTTPOnly: true, MaxAge: 86400 * 30})                     // want `session cookie fiber.Cookie "session_id" lives 30d`
	c.Cookie(&fiber.Cookie{Name: "jwt", Secure: true, HTTPOnly: true, Expires: time.Now().Add(90 * 24 * time.Hour)})  // want `session cookie fiber.Cookie "jwt" lives 90d`
	c.Cookie(&fiber.Cookie{Name: "session_id", Secure: true, HTTPOnly: true, MaxAge: 86400 * 30, SessionOnly: true})  // ok: SessionOnly drops MaxAge and Expires
	c.Cookie(&fiber.Cookie{Name: "session_id", Secure: true, HTTPOnly: true, Expires: time.Now().Add(2 * time.Hour)}) // ok: two hours
	c.Cookie(&fiber.Cookie{Name: "theme", Secure: true, HTTPOnly: true, MaxAge: 86400 * 365})                         // ok: not session-bearing
	c.Cookie(&fiber.Cookie{Name: "session_id", MaxAge: -1})                                                           // ok: deletion (v3 writes Max-Age=0)
}
