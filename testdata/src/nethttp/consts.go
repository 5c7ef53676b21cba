package nethttp

import "net/http"

const (
	insecure   = false
	cookieName = "prefs"
	laxMode    = http.SameSiteLaxMode
	noneMode   = http.SameSiteNoneMode
	defaultSS  = http.SameSiteDefaultMode
)

func named(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: cookieName, Secure: insecure, HttpOnly: true, SameSite: laxMode}) // want `http.Cookie "prefs" sets Secure to insecure`

	http.SetCookie(w, &http.Cookie{Name: "n", Secure: true, HttpOnly: true, SameSite: defaultSS}) // want `sets SameSite to defaultSS, which sends no SameSite attribute`

	http.SetCookie(w, &http.Cookie{Name: "n2", HttpOnly: true, Secure: insecure, SameSite: noneMode}) // want `sets Secure to insecure`
}
