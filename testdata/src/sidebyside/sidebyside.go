// Package sidebyside is analyzed by several differently configured analyzers at once
// (analyzer/new_test.go): each must report exactly what its own configuration asks for.
package sidebyside

import "net/http"

// session lives two hours and has no Secure.
func session(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "v", MaxAge: 7200, HttpOnly: true, SameSite: http.SameSiteLaxMode})
}

// theme has no HttpOnly.
func theme(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark", Secure: true, SameSite: http.SameSiteLaxMode})
}
