package nethttp

import (
	"net/http"
	"time"
)

// Deletion cookies are never reported, except for their prefix.
func deletions(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})                            // ok: deletion
	http.SetCookie(w, &http.Cookie{Name: "session", Expires: time.Unix(0, 0)})              // ok: deletion
	http.SetCookie(w, &http.Cookie{Name: "session", Expires: time.Now().Add(-time.Hour)})   // ok: deletion
	http.SetCookie(w, &http.Cookie{Name: "session", Expires: time.Now().AddDate(0, 0, -1)}) // ok: deletion
	c := &http.Cookie{Name: "session"}                                                      // ok: deleted below
	c.MaxAge = -1
	http.SetCookie(w, c)

	http.SetCookie(w, &http.Cookie{Name: "__Host-sid", MaxAge: -1, Path: "/"}) // want `breaks the __Host- prefix rules \(no Secure\)`

	http.SetCookie(w, &http.Cookie{Name: "x", Expires: time.Now().AddDate(0, 1, -1)}) // want `has no Secure` `has no HttpOnly` `has no SameSite`
}

// Converting the time zone keeps the instant: these are deletions too.
func deletionsInZone(w http.ResponseWriter, loc *time.Location) {
	http.SetCookie(w, &http.Cookie{Name: "session", Expires: time.Now().Local().Add(-time.Hour)})                                                                      // ok: deletion
	http.SetCookie(w, &http.Cookie{Name: "session", Expires: time.Now().UTC().Add(-time.Hour)})                                                                        // ok: deletion
	http.SetCookie(w, &http.Cookie{Name: "session", Expires: time.Now().In(loc).AddDate(0, 0, -1)})                                                                    // ok: deletion
	http.SetCookie(w, &http.Cookie{Name: "session", Expires: time.Now().Add(-24 * time.Hour).UTC()})                                                                   // ok: deletion
	http.SetCookie(w, &http.Cookie{Name: "session", Expires: time.Unix(0, 0).UTC()})                                                                                   // ok: deletion
	http.SetCookie(w, &http.Cookie{Name: "session", Expires: time.Unix(0, 0).In(loc)})                                                                                 // ok: deletion
	expired := time.Now().UTC().Add(-time.Minute)                                                                                                                      // judged like the expression
	http.SetCookie(w, &http.Cookie{Name: "session", Expires: expired})                                                                                                 // ok: deletion
	http.SetCookie(w, &http.Cookie{Name: "session", Expires: time.Now().UTC().Add(60 * 24 * time.Hour), Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"session" lives 60d`
}
