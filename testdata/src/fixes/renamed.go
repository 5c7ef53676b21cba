package fixes

import nethttp "net/http"

func renamed(w nethttp.ResponseWriter) {
	nethttp.SetCookie(w, &nethttp.Cookie{Name: "r", Secure: true, HttpOnly: true}) // want `has no SameSite`
}
