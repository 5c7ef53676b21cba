// Package missingimport imports a package that does not exist. The cookie code around it is
// still typed, so it is judged as usual; values from the missing package are not constants.
package missingimport

import (
	"net/http"

	"nosuch.example/session"
)

func set(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: session.New()}) // want `http.Cookie "sid" has no Secure` `has no HttpOnly` `has no SameSite`
}

func fromMissing(w http.ResponseWriter) {
	// ok: values of unknown type and value count as set
	http.SetCookie(w, &http.Cookie{Name: "a", Secure: session.Secure, HttpOnly: session.HTTPOnly, SameSite: session.Mode})
}

func unknownCarrier(w http.ResponseWriter) {
	s := session.Cookie{Secure: false} // ok: not a known carrier
	s.HttpOnly = false                 // ok: not a known carrier
	session.Default.Secure = false     // ok: not a known carrier
	http.SetCookie(w, s.HTTP())
}

func helperFromMissing(w http.ResponseWriter) {
	c := session.NewCookie() // ok: the helper's result type is unknown
	c.Secure = false
	http.SetCookie(w, c)
}
