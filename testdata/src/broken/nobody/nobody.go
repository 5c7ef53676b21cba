// Package nobody declares functions without bodies (assembly stubs, linkname declarations,
// and plain mistakes).
package nobody

import (
	"net/http"
	_ "unsafe"
)

// mk has no body: calls of it are not helpers whose callers set anything.
func mk() *http.Cookie

//go:linkname linked net/http.newCookie
func linked() *http.Cookie

func (t T) Cookie() *http.Cookie

type T struct{}

func use(w http.ResponseWriter) {
	c := mk()
	c.Secure = false // want `http.Cookie sets Secure to false`
	http.SetCookie(w, c)
	http.SetCookie(w, linked())
	http.SetCookie(w, T{}.Cookie())
}

func withBody() *http.Cookie {
	return &http.Cookie{Name: "b", Secure: true, HttpOnly: true} // want `http.Cookie "b" has no SameSite`
}

func init()

func main()
