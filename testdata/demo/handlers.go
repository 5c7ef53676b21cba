// Package demo is a small web app with the cookie mistakes cookiecheck finds.
// Run: go run ./cmd/cookiecheck ./testdata/demo
package demo

import (
	"net/http"
	"time"
)

// login sets the session cookie, forgetting Secure and SameSite.
func login(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:     "session_id",
		Value:    newSessionID(),
		Path:     "/",
		HttpOnly: true,
		MaxAge:   86400 * 90, // "remember me" for three months
	})
}

// preferences sets a theme cookie with an explicitly insecure setting.
func preferences(w http.ResponseWriter, r *http.Request) {
	c := http.Cookie{Name: "theme", Value: r.FormValue("theme"), SameSite: http.SameSiteDefaultMode}
	c.Secure = false
	http.SetCookie(w, &c)
}

// embed sets a cookie for cross-site iframes, but SameSite=None needs Secure.
func embed(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "__Host-embed", Value: "1", HttpOnly: true, SameSite: http.SameSiteNoneMode})
}

// secureLogin is written right: nothing is reported.
func secureLogin(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:     "__Host-sid",
		Value:    newSessionID(),
		Path:     "/",
		Secure:   r.TLS != nil || behindTLSProxy,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
		Expires:  time.Now().Add(12 * time.Hour),
	})
}

// logout deletes the session cookie: deletion cookies are not reported.
func logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", MaxAge: -1})
}

var behindTLSProxy = true

func newSessionID() string { return "opaque" }
