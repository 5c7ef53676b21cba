// Package directivesnounused is analyzed with -unused-directives=false.
package directivesnounused

import "net/http"

func cookies(w http.ResponseWriter) {
	//cookiecheck:ignore secure // ok: unused, but unused directives are not reported
	http.SetCookie(w, &http.Cookie{Name: "a", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})

	//cookiecheck:ignore secrue // want `names unknown category "secrue"`
	http.SetCookie(w, &http.Cookie{Name: "b", HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"b" has no Secure`
}
