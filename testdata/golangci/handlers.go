// Package shop is a small web shop whose cookie code .ci/golangci.sh lints with a
// golangci-lint that has cookiecheck compiled in (settings in .golangci.yml).
package shop

import (
	"net/http"
	"time"
)

// login forgets Secure, HttpOnly and SameSite: one issue (golangci-lint shows one per line)
// whose fix inserts all three.
func login(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: r.FormValue("token"), Path: "/"})
}

// remember keeps the session for ten days: longer than max-age (7d in .golangci.yml).
func remember(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{
		Name:     "remember_token",
		Value:    token,
		Path:     "/",
		MaxAge:   10 * 24 * 3600,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
}

// theme sends no SameSite attribute and turns Secure off explicitly.
func theme(w http.ResponseWriter, r *http.Request) {
	c := &http.Cookie{Name: "theme", Value: r.FormValue("theme"), HttpOnly: true, SameSite: http.SameSiteDefaultMode}
	c.Secure = false
	http.SetCookie(w, c)
}

// widget breaks only the __Host- prefix rules (no Path "/"): the prefix category is
// disabled in .golangci.yml, so nothing is reported.
func widget(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "__Host-widget", Value: "1", Secure: true, HttpOnly: true, SameSite: http.SameSiteNoneMode})
}

// widgetPrefs is read by the widget's script: HttpOnly is off on purpose, which is reported
// without a fix.
func widgetPrefs(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "widget_prefs", Value: "1", Path: "/", Secure: true, HttpOnly: false, SameSite: http.SameSiteLaxMode})
}

// internal is silenced for one category by cookiecheck's own directive.
func internal(w http.ResponseWriter) {
	//cookiecheck:ignore secure served only on the internal network
	http.SetCookie(w, &http.Cookie{Name: "internal", Value: "1", Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode})
}

// legacy is suppressed with golangci-lint's nolint directive.
func legacy(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "legacy_sid", Value: "x"}) //nolint:cookiecheck // read by an old HTTP-only client
}

// checkout is written right: nothing is reported.
func checkout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:     "__Host-cart",
		Value:    r.FormValue("cart"),
		Path:     "/",
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteStrictMode,
		Expires:  time.Now().Add(2 * time.Hour),
	})
}
