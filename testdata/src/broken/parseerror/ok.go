package parseerror

import "net/http"

// This file parses: its cookie is judged even though a sibling file does not.
func fine(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "ok", Secure: true, HttpOnly: true}) // want `http.Cookie "ok" has no SameSite`
}
