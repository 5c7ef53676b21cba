// Package sessionwhole: a *sessions.Session's whole Options replaced in the package counts as
// an override of the store; the new literal is judged itself.
package sessionwhole

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewFilesystemStore("", []byte("k")) // ok: every session's Options is replaced

func login(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "app")
	sess.Options = &sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode} // ok: every attribute set
	_ = sess.Save(r, w)
}

func remember(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "app")
	sess.Options = &sessions.Options{Path: "/", MaxAge: 86400 * 30, HttpOnly: true} // want `sessions\.Options.*\bSecure\b` `sessions\.Options.*SameSite` `sessions\.Options.*max-age`
	_ = sess.Save(r, w)
}

func logout(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "app")
	sess.Options = &sessions.Options{MaxAge: -1} // ok: deletion
	_ = sess.Save(r, w)
}
