package fixes

import "github.com/gorilla/sessions"

// This file does not import net/http: the SameSite fix adds it.
func replace(store *sessions.FilesystemStore) {
	store.Options = &sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true} // want `sessions\.Options.*SameSite`
}
