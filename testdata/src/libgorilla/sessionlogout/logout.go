// Package sessionlogout: a logout handler's session.Options.MaxAge = -1 deletes one cookie;
// it neither makes the store a deletion cookie nor sets the store's lifetime, so every
// default-based report stays.
package sessionlogout

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewFilesystemStore("", []byte("k")) // want `NewFilesystemStore.*\bSecure\b` `NewFilesystemStore.*HttpOnly` `NewFilesystemStore.*SameSite` `NewFilesystemStore lives 30d by default`

func logout(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "app")
	sess.Options.MaxAge = -1 // ok: deletes this session's cookie
	_ = sess.Save(r, w)
}
