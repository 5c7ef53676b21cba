// Package generic builds cookies in generic code.
package generic

import "net/http"

func F[T any]() *http.Cookie {
	return &http.Cookie{Name: "f"} // want `http.Cookie "f" has no Secure` `has no HttpOnly` `has no SameSite`
}

// mk's callers set every attribute on its result.
func mk[T any]() *http.Cookie {
	return &http.Cookie{Name: "mk"} // ok: every caller sets the attributes
}

func use(w http.ResponseWriter) {
	c := mk[int]()
	c.Secure, c.HttpOnly, c.SameSite = true, true, http.SameSiteLaxMode
	http.SetCookie(w, c)
	d := mk[string]()
	d.Secure, d.HttpOnly, d.SameSite = true, true, http.SameSiteStrictMode
	http.SetCookie(w, d)
}

type Box[T any] struct {
	C http.Cookie
	V T
}

// Cookie is a method of a generic type; each caller sets every attribute.
func (b *Box[T]) Cookie() *http.Cookie {
	return &http.Cookie{Name: "boxed"} // ok: every caller sets the attributes
}

func useBox(w http.ResponseWriter, b *Box[int]) {
	c := b.Cookie()
	c.Secure, c.HttpOnly, c.SameSite = true, true, http.SameSiteLaxMode
	http.SetCookie(w, c)

	x := Box[int]{C: http.Cookie{Name: "x", Secure: false}} // want `has no HttpOnly` `has no SameSite` `"x" sets Secure to false`
	x.C.HttpOnly = false                                      // want `http.Cookie sets HttpOnly to false`
	http.SetCookie(w, &x.C)
}

// A type parameter whose type set is the cookie: not a carrier (its type is T, not http.Cookie).
func P[T interface{ http.Cookie }]() T {
	return T{Name: "p"}
}

// Field selection on a type parameter is a type error.
func Q[T *http.Cookie](t T) {
	t.Secure = false
}

// A generic alias.
type Cookie[T any] = http.Cookie

func useAlias(w http.ResponseWriter) {
	http.SetCookie(w, &Cookie[int]{Name: "ga", HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `http.Cookie "ga" has no Secure`
}

// Broken generic code: an unknown constraint, a wrong number of type arguments.
func R[T Unknown]() *http.Cookie {
	return &http.Cookie{Name: "r", Secure: true, HttpOnly: true} // want `has no SameSite`
}

func useBroken(w http.ResponseWriter) {
	http.SetCookie(w, R[int, string]())
	http.SetCookie(w, &Cookie[int, int]{Name: "bad"})
	http.SetCookie(w, &Box{C: http.Cookie{Name: "nobox"}}) // want `has no Secure` `has no HttpOnly` `has no SameSite`
}
