// Stub of github.com/gin-contrib/sessions@v1.0.4: only the API cookiecheck reads.

// Package memstore is a stub: NewStore wraps quasoft/memstore, so the
// defaults are Path "/" and MaxAge 30 days only.
package memstore

import (
	"github.com/gin-contrib/sessions"
	"github.com/quasoft/memstore"
)

// Store is copied from memstore/memstore.go.
type Store interface {
	sessions.Store
}

func NewStore(keyPairs ...[]byte) Store {
	return &store{memstore.NewMemStore(keyPairs...)}
}

type store struct {
	*memstore.MemStore
}

func (c *store) Options(options sessions.Options) {
	c.MemStore.Options = options.ToGorillaOptions()
}
