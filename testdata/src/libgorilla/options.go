// Package libgorilla covers gorilla/sessions and the gorilla-compatible stores (RULES.md,
// "Library models"): sessions.Options literals, NewCookieStore, NewFilesystemStore, boj/redistore,
// quasoft/memstore, and the overrides made after construction.
package libgorilla

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type config struct {
	Secure   bool
	HttpOnly bool
	MaxAge   int
	SameSite http.SameSite
}

var cfg config

func use(o *sessions.Options) {}

// A sessions.Options literal: unset fields are zero (no Secure, no HttpOnly, no SameSite
// attribute); MaxAge 0 is a browser-session cookie.
func literals() {
	use(&sessions.Options{Path: "/"}) // want `sessions\.Options.*\bSecure\b` `sessions\.Options.*HttpOnly` `sessions\.Options.*SameSite`

	use(&sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: every attribute set, 1h

	use(&sessions.Options{Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode}) // want `sessions\.Options.*\bSecure\b`

	use(&sessions.Options{Secure: true, SameSite: http.SameSiteLaxMode}) // want `sessions\.Options.*HttpOnly`

	use(&sessions.Options{Secure: true, HttpOnly: true}) // want `sessions\.Options.*SameSite`

	use(&sessions.Options{Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: MaxAge 0 is a browser-session cookie

	// Constant false.
	use(&sessions.Options{
		Secure:   false, // want `sessions\.Options.*\bSecure\b`
		HttpOnly: !true, // want `sessions\.Options.*HttpOnly`
		SameSite: http.SameSiteLaxMode,
	})

	// Non-constant values count as set.
	use(&sessions.Options{Secure: cfg.Secure, HttpOnly: cfg.HttpOnly, SameSite: cfg.SameSite, MaxAge: cfg.MaxAge}) // ok: non-constant values are never reported

	// SameSiteDefaultMode sends no attribute.
	use(&sessions.Options{
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteDefaultMode, // want `sessions\.Options.*SameSite`
	})

	// None with Secure is the user's choice; None without Secure is rejected by browsers.
	use(&sessions.Options{Secure: true, HttpOnly: true, SameSite: http.SameSiteNoneMode}) // ok: None with Secure
	use(&sessions.Options{                                                                // ok: the None finding below covers the missing Secure
		HttpOnly: true,
		SameSite: http.SameSiteNoneMode, // want `sessions\.Options.*None`
	})

	// Expiry: every gorilla carrier is session-bearing.
	use(&sessions.Options{
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
		MaxAge:   86400 * 30, // want `sessions\.Options.*max-age`
	})
	use(&sessions.Options{Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: 14 * 86400}) // ok: exactly the limit

	// Partitioned without Secure: browsers drop the cookie.
	use(&sessions.Options{Partitioned: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})                // want `sessions\.Options.*\bSecure\b.*Partitioned`
	use(&sessions.Options{Partitioned: true, Secure: true, HttpOnly: true, SameSite: http.SameSiteNoneMode}) // ok: Partitioned with Secure

	// Deletion: nothing but prefix applies.
	use(&sessions.Options{MaxAge: -1})                           // ok: deletion cookie
	use(&sessions.Options{Path: "/", MaxAge: -1, Secure: false}) // ok: deletion cookie
}
