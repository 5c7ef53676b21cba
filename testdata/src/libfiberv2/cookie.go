// Package libfiberv2 holds cookiecheck's cases for fiber v2 (github.com/gofiber/fiber/v2):
// fiber.Cookie sent by (*fiber.Ctx).Cookie, the session middleware and the CSRF middleware.
// Each case is judged from RULES.md and libraries.md §8.
package libfiberv2

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

type settings struct{ Secure, HTTPOnly bool }

func isProd() bool { return true }

// fiber.Cookie: Secure false, HTTPOnly false, SameSite "" or unknown = Lax, no expiry.
func cookies(c *fiber.Ctx, cfg settings) {
	c.Cookie(&fiber.Cookie{Name: "prefs", Value: "v"})                                 // want `fiber.Cookie "prefs" has no Secure` `fiber.Cookie "prefs" has no HTTPOnly`
	c.Cookie(&fiber.Cookie{Name: "prefs", Value: "v", Secure: true, HTTPOnly: true})   // ok: SameSite "" is sent as Lax
	c.Cookie(&fiber.Cookie{Name: "prefs", Secure: false, HTTPOnly: true})              // want `fiber.Cookie "prefs" sets Secure to false`
	c.Cookie(&fiber.Cookie{Name: "prefs", Secure: true, HTTPOnly: false})              // want `fiber.Cookie "prefs" sets HTTPOnly to false`
	c.Cookie(&fiber.Cookie{Name: "prefs", Secure: true})                               // want `fiber.Cookie "prefs" has no HTTPOnly`
	c.Cookie(&fiber.Cookie{Name: "prefs", HTTPOnly: true})                             // want `fiber.Cookie "prefs" has no Secure`
	c.Cookie(&fiber.Cookie{Name: "prefs", Secure: cfg.Secure, HTTPOnly: cfg.HTTPOnly}) // ok: non-constant values count as set
	c.Cookie(&fiber.Cookie{Name: "prefs", Secure: isProd(), HTTPOnly: !false})         // ok: a call; !false is constant true

	// SameSite is a string, compared case-insensitively.
	c.Cookie(&fiber.Cookie{Name: "ss", Secure: true, HTTPOnly: true, SameSite: ""})                             // ok: "" is Lax
	c.Cookie(&fiber.Cookie{Name: "ss", Secure: true, HTTPOnly: true, SameSite: "Strict"})                       // ok: Strict
	c.Cookie(&fiber.Cookie{Name: "ss", Secure: true, HTTPOnly: true, SameSite: fiber.CookieSameSiteStrictMode}) // ok: "strict"
	c.Cookie(&fiber.Cookie{Name: "ss", Secure: true, HTTPOnly: true, SameSite: "whatever"})                     // ok: an unknown string is Lax
	c.Cookie(&fiber.Cookie{Name: "ss", Secure: true, HTTPOnly: true, SameSite: "disabled"})                     // want `fiber.Cookie "ss" sets SameSite to "disabled", which sends no SameSite attribute`
	c.Cookie(&fiber.Cookie{Name: "ss", Secure: true, HTTPOnly: true, SameSite: fiber.CookieSameSiteDisabled})   // want `fiber.Cookie "ss" sets SameSite to fiber.CookieSameSiteDisabled, which sends no SameSite attribute`
	c.Cookie(&fiber.Cookie{Name: "ss", Secure: true, HTTPOnly: true, SameSite: "DISABLED"})                     // want `fiber.Cookie "ss" sets SameSite to "DISABLED"`

	// None: fasthttp forces Secure, so neither secure nor samesite is reported.
	c.Cookie(&fiber.Cookie{Name: "none", HTTPOnly: true, SameSite: "None"})                           // ok: None forces Secure
	c.Cookie(&fiber.Cookie{Name: "none", HTTPOnly: true, SameSite: fiber.CookieSameSiteNoneMode})     // ok: "none" forces Secure
	c.Cookie(&fiber.Cookie{Name: "none", HTTPOnly: true, SameSite: "none", Secure: false})            // ok: None forces Secure even over false
	c.Cookie(&fiber.Cookie{Name: "none", SameSite: "NONE"})                                           // want `fiber.Cookie "none" has no HTTPOnly`
	c.Cookie(&fiber.Cookie{Name: "__Host-id", HTTPOnly: true, SameSite: "None"})                      // ok: Secure forced, Path "" is sent as "/"
	c.Cookie(&fiber.Cookie{Name: "__Host-id", HTTPOnly: true, SameSite: "Lax"})                       // want `fiber.Cookie "__Host-id" breaks the __Host- prefix rules \(no Secure\)`
	c.Cookie(&fiber.Cookie{Name: "__Secure-id", HTTPOnly: true, Secure: true, Domain: "example.com"}) // ok: __Secure- only needs Secure

	// CSRF-named cookies are exempt from httponly and expiry.
	c.Cookie(&fiber.Cookie{Name: "csrf_", Secure: true, MaxAge: 86400 * 365}) // ok: CSRF token cookie
	c.Cookie(&fiber.Cookie{Name: "XSRF-TOKEN"})                               // want `fiber.Cookie "XSRF-TOKEN" has no Secure`

	// Struct built in steps.
	ck := new(fiber.Cookie) // ok: every attribute is assigned below
	ck.Name = "steps"
	ck.Secure = true
	ck.HTTPOnly = true
	c.Cookie(ck)

	var v fiber.Cookie // want `fiber.Cookie "steps2" has no HTTPOnly`
	v.Name = "steps2"
	v.Secure = true
	c.Cookie(&v)

	w := &fiber.Cookie{Name: "steps3", Secure: true, HTTPOnly: true}
	w.Secure = false // want `fiber.Cookie "steps3" sets Secure to false`
	c.Cookie(w)
}

// Session-named fiber.Cookies are checked for expiry; SessionOnly sends no Max-Age/Expires.
func sessionCookies(c *fiber.Ctx) {
	c.Cookie(&fiber.Cookie{Name: "session_id", Secure: true, HTTPOnly: true, MaxAge: 86400 * 30})                             // want `session cookie fiber.Cookie "session_id" lives 30d`
	c.Cookie(&fiber.Cookie{Name: "auth", Secure: true, HTTPOnly: true, Expires: time.Now().Add(30 * 24 * time.Hour)})         // want `session cookie fiber.Cookie "auth" lives 30d`
	c.Cookie(&fiber.Cookie{Name: "remember_me", Secure: true, HTTPOnly: true, Expires: time.Now().AddDate(1, 0, 0)})          // want `session cookie fiber.Cookie "remember_me" lives`
	c.Cookie(&fiber.Cookie{Name: "session_id", Secure: true, HTTPOnly: true, MaxAge: 86400 * 30, SessionOnly: true})          // ok: SessionOnly sends no Max-Age
	c.Cookie(&fiber.Cookie{Name: "session_id", Secure: true, HTTPOnly: true, MaxAge: 3600})                                   // ok: one hour
	c.Cookie(&fiber.Cookie{Name: "session_id", Secure: true, HTTPOnly: true, MaxAge: 14 * 86400})                             // ok: exactly the limit
	c.Cookie(&fiber.Cookie{Name: "session_id", Secure: true, HTTPOnly: true})                                                 // ok: browser-session cookie
	c.Cookie(&fiber.Cookie{Name: "theme", Secure: true, HTTPOnly: true, MaxAge: 86400 * 365})                                 // ok: not session-bearing
	c.Cookie(&fiber.Cookie{Name: "session_id", Expires: time.Unix(0, 0)})                                                     // ok: deletion
	c.Cookie(&fiber.Cookie{Name: "session_id", Secure: true, HTTPOnly: true, Expires: time.Now().Add(-time.Hour), MaxAge: 0}) // ok: deletion

	s := &fiber.Cookie{Name: "sid", Secure: true, HTTPOnly: true}
	s.MaxAge = 86400 * 60 // want `session cookie fiber.Cookie "sid" lives 60d`
	c.Cookie(s)
}
