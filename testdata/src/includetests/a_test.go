package includetests

import "net/http"

func cookie() *http.Cookie {
	return &http.Cookie{Name: "t", Secure: true, HttpOnly: true} // want `has no SameSite`
}

func directives() *http.Cookie {
	//cookiecheck:ignore secure // want `//cookiecheck:ignore secure silences no finding`
	return &http.Cookie{Name: "u", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
}
