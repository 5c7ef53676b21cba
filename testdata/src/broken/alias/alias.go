// Package alias names the cookie type through aliases and defined types.
package alias

import "net/http"

type C = http.Cookie
type P = *http.Cookie
type AA = C

// U aliases a type that does not exist.
type U = http.Cooky

// MyCookie is a defined type, not an alias: not a carrier.
type MyCookie http.Cookie

func set(w http.ResponseWriter) {
	http.SetCookie(w, &C{Name: "c"}) // want `http.Cookie "c" has no Secure` `has no HttpOnly` `has no SameSite`
	var p P = &AA{Name: "aa", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	p.Secure = false // want `sets Secure to false`
	http.SetCookie(w, p)

	m := MyCookie{Name: "m"} // ok: a defined type
	http.SetCookie(w, (*http.Cookie)(&m))

	u := &U{Name: "u"} // ok: not a known type
	http.SetCookie(w, u)

	var v AA // want `http.Cookie "v" has no HttpOnly` `has no SameSite`
	v.Name = "v"
	v.Secure = true
	http.SetCookie(w, &v)
}
