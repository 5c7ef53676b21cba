package nethttp

import (
	"net/http"
	"time"
)

const month = 30 * 24 * time.Hour

func expiry(w http.ResponseWriter, secure bool, age int) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", MaxAge: 86400 * 30, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `session cookie http.Cookie "session_id" lives 30d, longer than the 14d limit \(flag -max-age\)`

	http.SetCookie(w, &http.Cookie{Name: "session_id", MaxAge: 86400 * 7, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: a week

	http.SetCookie(w, &http.Cookie{Name: "auth", Expires: time.Now().Add(month), Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"auth" lives 30d`

	http.SetCookie(w, &http.Cookie{Name: "remember_me", Expires: time.Now().AddDate(1, 0, 0), Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `lives 1y`

	http.SetCookie(w, &http.Cookie{Name: "sid", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: browser session

	http.SetCookie(w, &http.Cookie{Name: "sid", MaxAge: age, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: not constant

	http.SetCookie(w, &http.Cookie{Name: "theme", MaxAge: 86400 * 365, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: not a session cookie

	http.SetCookie(w, &http.Cookie{Name: "user.sid", MaxAge: 86400 * 15, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"user.sid" lives 15d`

	http.SetCookie(w, &http.Cookie{Name: "consider", MaxAge: 86400 * 365, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: "sid" inside a word

	c := &http.Cookie{Name: "jwt", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	c.MaxAge = 86400 * 60 // want `"jwt" lives 60d`
	http.SetCookie(w, c)
}

// A local variable set once holds the expiry, as in many tutorials.
func expiryVar(w http.ResponseWriter, extend bool) {
	expiration := time.Now().Add(365 * 24 * time.Hour)
	http.SetCookie(w, &http.Cookie{Name: "session", Expires: expiration, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"session" lives 1y`

	gone := time.Unix(0, 0)
	http.SetCookie(w, &http.Cookie{Name: "session", Expires: gone}) // ok: deletion

	until := time.Now().Add(time.Hour)
	if extend {
		until = time.Now().Add(90 * 24 * time.Hour)
	}
	http.SetCookie(w, &http.Cookie{Name: "session", Expires: until, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: assigned twice, unknown
}
