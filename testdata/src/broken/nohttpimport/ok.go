// Package nohttpimport uses net/http in a file that does not import it.
package nohttpimport

import "net/http"

func set(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "n", Secure: true, HttpOnly: true}) // want `http.Cookie "n" has no SameSite`
}
