package nethttp

import "net/http"

func suppressed(w http.ResponseWriter) {
	//cookiecheck:ignore secure,samesite served only on the internal network
	http.SetCookie(w, &http.Cookie{Name: "int", HttpOnly: true})

	http.SetCookie(w, &http.Cookie{Name: "int2"}) //cookiecheck:ignore httponly read by our JS widget // want `has no Secure` `has no SameSite`

	//cookiecheck:ignore
	http.SetCookie(w, &http.Cookie{Name: "all"})

	//cookiecheck:ignoreme not a directive // want `//cookiecheck:ignoreme is not a cookiecheck directive, so it silences nothing: write //cookiecheck:ignore`
	http.SetCookie(w, &http.Cookie{Name: "x", Secure: true, HttpOnly: true}) // want `has no SameSite`
}
