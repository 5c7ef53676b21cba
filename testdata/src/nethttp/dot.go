package nethttp

import . "net/http"

func dotted(w ResponseWriter) {
	SetCookie(w, &Cookie{Name: "dot", Secure: true, HttpOnly: true}) // want `http.Cookie "dot" has no SameSite`
}
