// Package directivesdisabled is analyzed with -disable=expiry,prefix.
package directivesdisabled

import "net/http"

func disabled(w http.ResponseWriter) {
	//cookiecheck:ignore expiry // ok: expiry is disabled, so the directive may serve other runs
	http.SetCookie(w, &http.Cookie{Name: "a", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})

	//cookiecheck:ignore // ok: it covers a finding of the disabled expiry category
	http.SetCookie(w, &http.Cookie{Name: "session", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: 90 * 86400})

	//cookiecheck:ignore secure,expiry // want `//cookiecheck:ignore secure,expiry silences no secure finding: remove secure from it`
	http.SetCookie(w, &http.Cookie{Name: "b", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})

	//cookiecheck:ignore secrue // want `names unknown category "secrue"`
	http.SetCookie(w, &http.Cookie{Name: "c", HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"c" has no Secure`
}

// Without the prefix category, a prefixed cookie's missing Secure is reported by the other findings.
func prefixDisabled(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "__Host-x", Path: "/", HttpOnly: true, SameSite: http.SameSiteNoneMode}) // want `"__Host-x" sets SameSite to None without Secure`
}
