package maxage

import (
	"net/http"
	"time"
)

// With -max-age=1h.
func f(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", MaxAge: 7200, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `lives 2h, longer than the 1h limit`

	http.SetCookie(w, &http.Cookie{Name: "sid", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: exactly the limit

	http.SetCookie(w, &http.Cookie{Name: "sid", Expires: time.Now().Add(90 * time.Minute), Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `lives 5400s`
}
