// Package wrongtype gives cookie fields values of the wrong type. Such values are not boolean
// (or SameSite, or integer) constants, so they count as set and are never reported.
package wrongtype

import (
	"net/http"
	"time"
)

func set(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "a", Secure: "yes", HttpOnly: 1, SameSite: "Lax"})      // ok: wrong types count as set
	http.SetCookie(w, &http.Cookie{Name: "b", Secure: 0, HttpOnly: 1.5, SameSite: true})         // ok: wrong types count as set
	// nil is read as off (as beego reads an untyped nil in its ...any options), so a nil
	// boolean is reported like false, and the fix replaces it with true.
	http.SetCookie(w, &http.Cookie{Name: "b2", Secure: nil, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"b2" sets Secure to nil`
	http.SetCookie(w, &http.Cookie{Name: "c", Secure: !"x", HttpOnly: -true, SameSite: nil})     // ok: invalid operations
	http.SetCookie(w, &http.Cookie{Name: "d", Secure: true, HttpOnly: true, SameSite: http.SameSite("Lax")}) // ok: invalid conversion

	// Lifetimes of the wrong type or out of range are not judged.
	http.SetCookie(w, &http.Cookie{Name: "session", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: "long"})
	http.SetCookie(w, &http.Cookie{Name: "session", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: 1 << 70})
	http.SetCookie(w, &http.Cookie{Name: "session", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: 1.5})
	http.SetCookie(w, &http.Cookie{Name: "session", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, Expires: time.Now().Add("1h")})
	http.SetCookie(w, &http.Cookie{Name: "session", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, Expires: time.Now().AddDate(1)})
	http.SetCookie(w, &http.Cookie{Name: "session", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, Expires: time.Unix("0", 0)})
	http.SetCookie(w, &http.Cookie{Name: "session", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, Expires: 42})

	// A deletion cookie whose lifetime is mistyped is judged as a live cookie.
	http.SetCookie(w, &http.Cookie{Name: "x", MaxAge: -"1"}) // want `has no Secure` `has no HttpOnly` `has no SameSite`

	// Names of the wrong type are unknown: no prefix check, no session check.
	http.SetCookie(w, &http.Cookie{Name: 42, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: 86400 * 365})
	http.SetCookie(w, &http.Cookie{Name: "__Host-x", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, Path: 42})

	// Still typed correctly: reported.
	http.SetCookie(w, &http.Cookie{Name: "session", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: 86400 * 365, Path: 1}) // want `"session" lives .* longer than the 14d limit`

	c := &http.Cookie{Name: "e", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	c.Secure = "no"  // ok: not a boolean constant
	c.HttpOnly = nil // want `http.Cookie "e" sets HttpOnly to nil`
	c.SameSite = http.SameSiteDefaultMode + "x"
	c.MaxAge = time.Hour * "2"
	http.SetCookie(w, c)
}
