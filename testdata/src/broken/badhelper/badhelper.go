// Package badhelper has helper functions returning cookies in broken ways.
package badhelper

import "net/http"

// Returns too many values.
func two() (*http.Cookie, error) {
	return &http.Cookie{Name: "two", Secure: true, HttpOnly: true}, nil, 1 // want `has no SameSite`
}

// Returns nothing though it declares a result.
func none() *http.Cookie {
	return
}

// Returns the wrong type.
func wrong() *http.Cookie {
	return "cookie"
}

// Returns a variable that is never assigned a cookie.
func unset() *http.Cookie {
	var c *http.Cookie
	return c
}

// Returns a cookie variable of an undeclared name.
func undeclared() *http.Cookie {
	return nope
}

// recursive returns itself.
func recursive() *http.Cookie { return recursive() }

func use(w http.ResponseWriter) {
	c, _ := two()
	c.Secure = false // want `http.Cookie sets Secure to false`
	a, b := none(), wrong()
	a.HttpOnly, b.HttpOnly = false // assignment mismatch: not judged
	u := unset()
	u.Secure = true
	http.SetCookie(w, undeclared())
	recursive().Secure = false // want `http.Cookie sets Secure to false`
	var x, y = two()
	_, _ = x, y
	var p, q *http.Cookie = &http.Cookie{Name: "p"} // want `has no Secure` `has no HttpOnly` `has no SameSite`
	_, _ = p, q
}
