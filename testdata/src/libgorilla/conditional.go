package libgorilla

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// A development switch turning Secure off at run time is an opt-in, not a finding.
func conditionalStore(devMode bool) *sessions.FilesystemStore {
	store := sessions.NewFilesystemStore("", []byte("k")) // want `sessions.NewFilesystemStore lives 30d by default`
	store.Options.HttpOnly = true
	store.Options.SameSite = http.SameSiteLaxMode
	store.Options.Secure = true
	if devMode {
		store.Options.Secure = false // ok: a run-time opt-in
	}
	return store
}

func unconditionalStore() *sessions.CookieStore {
	store := sessions.NewCookieStore([]byte("k")) // want `sessions.NewCookieStore lives 30d by default`
	store.Options.HttpOnly = true
	store.Options.SameSite = http.SameSiteLaxMode
	store.Options.Secure = false // want `sets Options.Secure to false`
	return store
}
