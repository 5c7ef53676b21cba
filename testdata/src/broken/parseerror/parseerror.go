// Package parseerror does not parse: the parser keeps what it can.
package parseerror

import "net/http"

func set(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "p1"}) // want `"p1" has no Secure` `has no HttpOnly` `has no SameSite`
	c := &http.Cookie{Name: "p2", // want `"p2" has no Secure` `has no HttpOnly` `has no SameSite`
	http.SetCookie(w, c
}

func after(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "p3", Secure: false, })
}}

func (x) { &http.Cookie{ }
