package nethttp

import "net/http"

// CSRF token cookies are read by scripts by design: no httponly, no expiry.
func csrfCookies(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "csrf_token", Secure: true, SameSite: http.SameSiteStrictMode, MaxAge: 86400 * 365}) // ok: CSRF cookie

	http.SetCookie(w, &http.Cookie{Name: "XSRF-TOKEN", SameSite: http.SameSiteStrictMode}) // want `"XSRF-TOKEN" has no Secure`
}
