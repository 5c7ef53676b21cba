// Package session: a *sessions.Session's Options fields assigned in the package count as
// overrides of the store (RULES.md, "Overridden").
package session

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte("k")) // ok: every session's HttpOnly, SameSite and MaxAge are set in login

func login(w http.ResponseWriter, r *http.Request) {
	sess, err := store.Get(r, "app")
	if err != nil {
		return
	}
	sess.Options.HttpOnly = true
	sess.Options.SameSite = http.SameSiteLaxMode
	sess.Options.MaxAge = 3600
	sess.Values["user"] = "u"
	_ = sess.Save(r, w)
}

func weaken(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "app")
	sess.Options.Secure = false // want `\bSecure\b.*false`
	_ = sess.Save(r, w)
}
