// Package gorillastore is an app's own gorilla/sessions store backed by a map: it builds
// its sessions by hand with sessions.NewSession.
package gorillastore

import (
	"net/http"
	"sync"

	"github.com/gorilla/sessions"
)

// MemStore keeps sessions in memory.
type MemStore struct {
	Options *sessions.Options
	mu      sync.Mutex
	data    map[string]map[interface{}]interface{}
}

// NewMemStore returns a store whose sessions live one hour.
func NewMemStore() *MemStore {
	return &MemStore{
		Options: &sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode},
		data:    make(map[string]map[interface{}]interface{}),
	}
}

// Get returns the session of the request.
func (s *MemStore) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(s, name)
}

// New builds a session with a copy of the store's Options.
func (s *MemStore) New(r *http.Request, name string) (*sessions.Session, error) {
	session := sessions.NewSession(s, name)
	opts := *s.Options
	session.Options = &opts
	session.IsNew = true
	return session, nil
}

// Save writes the session cookie.
func (s *MemStore) Save(r *http.Request, w http.ResponseWriter, session *sessions.Session) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[session.ID] = session.Values
	http.SetCookie(w, sessions.NewCookie(session.Name(), session.ID, session.Options))
	return nil
}

// Flash builds a throwaway session for flash messages, with the zero Options of NewSession.
func (s *MemStore) Flash(w http.ResponseWriter, r *http.Request) error {
	flash := sessions.NewSession(s, "flash") // want `sessions\.NewSession leaves Secure off by default` `sessions\.NewSession leaves HttpOnly off by default` `sessions\.NewSession sends no SameSite attribute`
	flash.AddFlash("saved")
	return s.Save(r, w, flash)
}
