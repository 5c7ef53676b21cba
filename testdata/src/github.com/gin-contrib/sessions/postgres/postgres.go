// Stub of github.com/gin-contrib/sessions@v1.0.4: only the API cookiecheck reads.

// Package postgres is a stub: NewStore wraps antonlindstrom/pgstore
// (postgres/postgres.go:20-27), so the defaults are Path "/" and MaxAge 30 days
// only; Options replaces them all (29-31).
package postgres

import (
	"database/sql"

	"github.com/antonlindstrom/pgstore"
	"github.com/gin-contrib/sessions"
)

// Store is copied from postgres/postgres.go:10-12.
type Store interface {
	sessions.Store
}

type store struct {
	*pgstore.PGStore
}

func NewStore(db *sql.DB, keyPairs ...[]byte) (Store, error) {
	p, err := pgstore.NewPGStoreFromPool(db, keyPairs...)
	if err != nil {
		return nil, err
	}
	return &store{p}, nil
}

func (s *store) Options(options sessions.Options) {
	s.PGStore.Options = options.ToGorillaOptions()
}
