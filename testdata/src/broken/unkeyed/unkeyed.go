// Package unkeyed builds cookies with unkeyed literals: complete (well-typed), incomplete,
// too long, and mixed with keys. No field can be inserted into them, so missing attributes are
// reported without a fix; constant values are still replaced.
package unkeyed

import (
	"net/http"
	"time"
)

func set(w http.ResponseWriter) {
	// Complete and well-typed: constant false and SameSiteDefaultMode are reported at the value.
	http.SetCookie(w, &http.Cookie{"sid", "v", false, "/", "", time.Time{}, "", 0,
		false,                   // want `http.Cookie "sid" sets Secure to false`
		false,                   // want `http.Cookie "sid" sets HttpOnly to false`
		http.SameSiteDefaultMode, // want `sets SameSite to http.SameSiteDefaultMode`
		false, "", nil})

	// Complete and right.
	http.SetCookie(w, &http.Cookie{"ok", "v", false, "/", "", time.Time{}, "", 0, true, true, http.SameSiteLaxMode, false, "", nil}) // ok

	// Too few values: what is missing is reported without a fix.
	http.SetCookie(w, &http.Cookie{"few", "v"}) // want `http.Cookie "few" has no Secure` `has no HttpOnly` `has no SameSite`

	// Too many values.
	http.SetCookie(w, &http.Cookie{"many", "v", false, "/", "", time.Time{}, "", 0, true, true, http.SameSiteLaxMode, false, "", nil, 1, 2, 3}) // ok

	// Mixed keyed and unkeyed elements.
	http.SetCookie(w, &http.Cookie{Name: "mixed", "v", HttpOnly: true}) // want `has no Secure` `has no SameSite`
	http.SetCookie(w, &http.Cookie{"mixed2", Secure: true})             // want `has no HttpOnly` `has no SameSite`

	// An elided type in a slice of unkeyed cookies.
	_ = []http.Cookie{{"e1", "v"}, {}} // want `http.Cookie "e1" has no Secure` `has no HttpOnly` `has no SameSite` `has no Secure` `has no HttpOnly` `has no SameSite`
}
