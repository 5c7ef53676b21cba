package libgorilla

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// newStore returns a store that every caller configures.
func newStore() *sessions.CookieStore {
	return sessions.NewCookieStore(key) // ok: every caller sets HttpOnly, SameSite and MaxAge
}

func useNewStore() {
	s := newStore()
	s.Options.HttpOnly = true
	s.Options.SameSite = http.SameSiteLaxMode
	s.MaxAge(3600)
	sink(s)

	t := newStore()
	t.Options.HttpOnly = cfg.HttpOnly
	t.Options.SameSite = http.SameSiteStrictMode
	t.Options.MaxAge = 1800
	sink(t)
}

// newBoundStore binds the store to a variable before returning it.
func newBoundStore(dir string) *sessions.FilesystemStore {
	fs := sessions.NewFilesystemStore(dir, key) // ok: every caller sets every attribute
	fs.MaxLength(8192)
	return fs
}

func useBoundStore() {
	fs := newBoundStore("/tmp")
	fs.Options.Secure = true
	fs.Options.HttpOnly = true
	fs.Options.SameSite = http.SameSiteLaxMode
	fs.MaxAge(3600)
	sink(fs)
}

// newPartialStore: one caller does not set HttpOnly.
func newPartialStore() *sessions.CookieStore {
	return sessions.NewCookieStore(key) // want `NewCookieStore.*HttpOnly`
}

func usePartialStore() {
	s := newPartialStore()
	s.Options.HttpOnly = true
	s.Options.SameSite = http.SameSiteLaxMode
	s.MaxAge(3600)
	sink(s)

	u := newPartialStore()
	u.Options.SameSite = http.SameSiteLaxMode
	u.MaxAge(3600)
	sink(u)
}

// NewExportedStore is never called in this package: judged at the constructor.
func NewExportedStore() *sessions.CookieStore {
	return sessions.NewCookieStore(key) // want `NewCookieStore.*HttpOnly` `NewCookieStore.*SameSite` `NewCookieStore.*max-age`
}
