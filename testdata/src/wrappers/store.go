// Package wrappers is an app's own session store wrapping gorilla Options.
package wrappers

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// Store keeps its default options until Options replaces them.
type Store struct {
	options *sessions.Options
	name    string
}

// NewStore builds a store with default options; every caller below replaces them.
func NewStore(name string) *Store { // want NewStore:`defaults\(Options options: secure httponly samesite expiry\)`
	return &Store{name: name, options: &sessions.Options{Path: "/", MaxAge: 86400 * 30}} // ok: replaced by every caller in the package
}

// Options replaces the store's options.
func (s *Store) Options(o sessions.Options) { s.options = &o }

func setup(secure bool) *Store {
	st := NewStore("app")
	st.Options(sessions.Options{Path: "/", Secure: secure, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	return st
}

func setupDirect() *Store {
	st := NewStore("admin")
	st.options = &sessions.Options{Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteStrictMode, MaxAge: 3600}
	return st
}

// Legacy has a default that one caller keeps.
type Legacy struct {
	opts *sessions.Options
}

func newLegacy() *Legacy {
	l := &Legacy{}
	l.opts = &sessions.Options{Path: "/"} // want `sessions.Options has no Secure` `sessions.Options has no HttpOnly` `sessions.Options has no SameSite`
	return l
}

func (l *Legacy) SetOptions(o *sessions.Options) { l.opts = o }

func useLegacy(o *sessions.Options) {
	a := newLegacy()
	a.SetOptions(o)
	b := newLegacy() // keeps the default
	_ = b
}

// Exported is built only by other packages: judged as written.
type Exported struct{ Opts *sessions.Options }

func NewExported() *Exported {
	return &Exported{Opts: &sessions.Options{Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode}} // want `sessions.Options has no Secure`
}
