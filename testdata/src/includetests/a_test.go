package includetests

import "net/http"

func cookie() *http.Cookie {
	return &http.Cookie{Name: "t", Secure: true, HttpOnly: true} // want `has no SameSite`
}
