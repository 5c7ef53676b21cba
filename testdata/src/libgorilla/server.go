package libgorilla

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// server keeps its stores in fields; other methods configure them.
type server struct {
	store  *sessions.CookieStore
	fs     *sessions.FilesystemStore
	cookie *http.Cookie
}

func newServer(key []byte) *server {
	s := &server{}
	s.store = sessions.NewCookieStore(key)              // ok: configured in (*server).harden
	s.fs = sessions.NewFilesystemStore("", key)         // want `NewFilesystemStore leaves Secure off` `NewFilesystemStore sends no SameSite` `NewFilesystemStore lives 30d`
	s.cookie = &http.Cookie{Name: "pref", Secure: true} // ok: completed in (*server).harden
	return s
}

func (srv *server) harden() {
	srv.store.Options.HttpOnly = true
	srv.store.Options.SameSite = http.SameSiteStrictMode
	srv.store.MaxAge(3600)
	srv.store.Options.MaxAge = 3600
	srv.fs.Options.HttpOnly = true
	srv.cookie.HttpOnly = true
	srv.cookie.SameSite = http.SameSiteLaxMode
}
