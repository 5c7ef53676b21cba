package nethttp

import (
	"net/http"
	"os"
)

func assigned(w http.ResponseWriter) {
	c := &http.Cookie{Name: "a1", Value: "v"} // ok: every field is assigned below
	c.Secure = true
	c.HttpOnly = true
	c.SameSite = http.SameSiteLaxMode
	http.SetCookie(w, c)

	d := &http.Cookie{Name: "a2"} // want `"a2" has no HttpOnly`
	d.Secure = os.Getenv("DEV") == ""
	d.SameSite = http.SameSiteStrictMode
	http.SetCookie(w, d)

	e := http.Cookie{Name: "a3", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	e.Secure = false // want `sets Secure to false`
	http.SetCookie(w, &e)

	var v http.Cookie // want `"a4" has no HttpOnly`
	v.Name = "a4"
	v.Secure = true
	v.SameSite = http.SameSiteLaxMode
	http.SetCookie(w, &v)

	n := new(http.Cookie) // want `has no Secure` `has no HttpOnly` `has no SameSite`
	n.Name = getName()
	http.SetCookie(w, n)

	var ptr *http.Cookie // ok: a nil pointer is no cookie
	_ = ptr
}

// harden receives a cookie: false assignments are reported wherever they are.
func harden(c *http.Cookie) {
	c.HttpOnly = false // want `http.Cookie sets HttpOnly to false`
	c.Secure = true
}

func getName() string { return "x" }

type holder struct{ c *http.Cookie }

func field(h holder) {
	h.c.Secure = false // want `http.Cookie sets Secure to false`
}

// One variable holds several cookies in turn: each owns the assignments that follow it.
func rebound(w http.ResponseWriter) {
	c := &http.Cookie{Name: "r1", HttpOnly: true, SameSite: http.SameSiteLaxMode} // ok: Secure assigned below
	c.Secure = true
	http.SetCookie(w, c)
	c = &http.Cookie{Name: "r2", HttpOnly: true, SameSite: http.SameSiteLaxMode} // want `"r2" has no Secure`
	http.SetCookie(w, c)
	c = &http.Cookie{Name: "r3", Secure: true, SameSite: http.SameSiteLaxMode} // want `"r3" has no HttpOnly`
	c.Secure = false                                                           // want `"r3" sets Secure to false`
	http.SetCookie(w, c)
}
