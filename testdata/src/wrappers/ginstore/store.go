// Package ginstore is an app's own gin-contrib store: a gorilla-style store with default
// options that its Options method replaces, built only by other packages.
package ginstore

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	gsessions "github.com/gorilla/sessions"
)

// Store is the gin-contrib store interface.
type Store interface {
	sessions.Store
}

// NewStore is what other packages call.
func NewStore(keyPairs ...[]byte) Store { // want NewStore:`defaults\(Options Options: secure httponly samesite expiry\)`
	return &store{newKVStore(keyPairs...)}
}

type store struct{ *kvStore }

// Options replaces the default options, as gin-contrib stores do.
func (c *store) Options(options sessions.Options) {
	c.kvStore.Options = options.ToGorillaOptions()
}

type kvStore struct {
	Options *gsessions.Options
	keys    [][]byte
}

func newKVStore(keyPairs ...[]byte) *kvStore {
	return &kvStore{
		keys: keyPairs,
		Options: &gsessions.Options{ // ok: a default that NewStore's callers replace
			Path:   "/",
			MaxAge: 86400 * 30,
		},
	}
}

func (s *kvStore) Get(r *http.Request, name string) (*gsessions.Session, error) { return nil, nil }
func (s *kvStore) New(r *http.Request, name string) (*gsessions.Session, error) { return nil, nil }
func (s *kvStore) Save(r *http.Request, w http.ResponseWriter, sess *gsessions.Session) error {
	return nil
}
