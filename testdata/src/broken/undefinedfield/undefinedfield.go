// Package undefinedfield sets fields that http.Cookie does not have.
package undefinedfield

import "net/http"

func set(w http.ResponseWriter) {
	// ok: every attribute is set; Bogus is a type error
	http.SetCookie(w, &http.Cookie{Name: "a", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, Bogus: 1})

	// A misspelt field does not count as set.
	http.SetCookie(w, &http.Cookie{Name: "b", Sequre: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `http.Cookie "b" has no Secure`

	// Keys that are not identifiers.
	http.SetCookie(w, &http.Cookie{"Name": "c", http.Secure: true, Secure(): true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `has no Secure`

	c := &http.Cookie{Name: "d", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	c.Bogus = false       // ok: no such field
	c.Secure.Nope = false // ok: not a field of a cookie
	c.Secure = false      // want `http.Cookie "d" sets Secure to false`
	undefinedVar.Secure = false
	undefinedFunc().HttpOnly = false
	http.SetCookie(w, c)

	var d http.Cookie // want `http.Cookie "d2" has no HttpOnly`
	d.Name = "d2"
	d.Secure, d.SameSite = true // assignment mismatch: the fields count as set
	d.Nope.Secure = false
	http.SetCookie(w, &d)
}
