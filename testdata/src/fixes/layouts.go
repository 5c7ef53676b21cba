package fixes

import "net/http"

func layouts(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{}) // want `has no Secure` `has no HttpOnly` `has no SameSite`

	http.SetCookie(w, &http.Cookie{Name: "one", Value: "line"}) // want `has no Secure` `has no HttpOnly` `has no SameSite`

	http.SetCookie(w, &http.Cookie{ // want `has no Secure` `has no HttpOnly` `has no SameSite`
		Name:  "multi",
		Value: "line", // a trailing comment stays
	})

	http.SetCookie(w, &http.Cookie{ // want `has no HttpOnly`
		Name: "brace", Secure: true,
		SameSite: http.SameSiteLaxMode})

	http.SetCookie(w, &http.Cookie{ // want `has no Secure` `has no HttpOnly` `has no SameSite`
	})
}
