package libgorilla

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// hardenOptions sets the cookie attributes of whatever options it is given.
func hardenOptions(o *sessions.Options) {
	o.Secure = true
	o.HttpOnly = true
	o.SameSite = http.SameSiteLaxMode
}

// hardenStore hardens a store's options and shortens its lifetime.
func hardenStore(s *sessions.FilesystemStore) {
	hardenOptions(s.Options)
	s.MaxAge(3600)
}

func hardenedStores() {
	a := sessions.NewCookieStore(key) // want `lives 30d by default`
	hardenOptions(a.Options)

	b := sessions.NewFilesystemStore("", key) // ok: hardenStore sets everything
	hardenStore(b)

	c := sessions.NewFilesystemStore("", key) // want `sends no SameSite attribute` `lives 30d by default`
	c.Options.Secure = true
	c.Options.HttpOnly = true
	hardenOptions(nil)
	sink(c)
}
