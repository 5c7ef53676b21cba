// Package webapp has the cookie mistakes that the tests of cli and cmd/cookiecheck expect.
package webapp

import "net/http"

// login forgets Secure, HttpOnly and SameSite: three insertions at one position.
func login(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: token, Path: "/", MaxAge: 7200})
}

// treat has text before its finding whose UTF-16 columns differ from its byte columns.
func treat(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Value: "🍪", Name: "treat", Secure: false, HttpOnly: true, SameSite: http.SameSiteLaxMode})
}

// logout deletes the session cookie: not reported.
func logout(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
}
