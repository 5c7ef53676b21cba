package fixes

import . "net/http"

func dotted(w ResponseWriter) {
	SetCookie(w, &Cookie{Name: "d", Secure: true, HttpOnly: true}) // want `has no SameSite`
}
