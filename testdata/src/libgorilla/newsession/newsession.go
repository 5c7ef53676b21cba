// Package newsession holds the cases of gorilla sessions built by hand with NewSession.
package newsession

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// dbStore is an app's own gorilla store: it builds sessions by hand with NewSession, whose
// Options are all zero (sessions.go:21-28) until the store sets or replaces them.
type dbStore struct {
	Options *sessions.Options
}

func (s *dbStore) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(s, name)
}

// New copies the store's Options into the session, like the gorilla stores do.
func (s *dbStore) New(r *http.Request, name string) (*sessions.Session, error) {
	session := sessions.NewSession(s, name) // ok: its Options are replaced by the store's
	opts := *s.Options
	session.Options = &opts
	return session, nil
}

func (s *dbStore) Save(r *http.Request, w http.ResponseWriter, session *sessions.Session) error {
	return nil
}

// bareStore leaves the zero Options of NewSession.
type bareStore struct{ dbStore }

func (s *bareStore) New(r *http.Request, name string) (*sessions.Session, error) {
	session := sessions.NewSession(s, name) // want `sessions\.NewSession leaves Secure off by default \(set Options\.Secure to true\)` `sessions\.NewSession leaves HttpOnly off by default` `sessions\.NewSession sends no SameSite attribute`
	session.IsNew = true
	return session, nil
}

// hardenedStore sets every attribute on the session it builds.
type hardenedStore struct{ dbStore }

func (s *hardenedStore) New(r *http.Request, name string) (*sessions.Session, error) {
	session := sessions.NewSession(s, name) // ok: set below
	session.Options.Secure = true
	session.Options.HttpOnly = true
	session.Options.SameSite = http.SameSiteLaxMode
	return session, nil
}
