package sessionnames

import "net/http"

// With -session-names=^app_.
func f(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "app_user", MaxAge: 86400 * 30, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"app_user" lives 30d`

	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: 86400 * 30, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: the pattern does not match
}
