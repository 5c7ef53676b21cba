package nethttp

import (
	web "net/http"
	"time"
)

var zeroTime time.Time

func aliased(w web.ResponseWriter) {
	web.SetCookie(w, &web.Cookie{Name: "al", Secure: true, HttpOnly: true}) // want `http.Cookie "al" has no SameSite`

	type cookie = web.Cookie
	web.SetCookie(w, &cookie{Name: "al2", Secure: true, HttpOnly: true, SameSite: web.SameSiteLaxMode}) // ok: through a type alias
}
