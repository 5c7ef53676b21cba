// Stub of github.com/alexedwards/scs/v2@v2.9.0: only the API cookiecheck reads.

// Package memstore is a stub of scs's default in-memory store.
package memstore

import (
	"sync"
	"time"
)

type item struct {
	object     []byte
	expiration int64
}

// MemStore is copied from memstore/memstore.go:14.
type MemStore struct {
	items       map[string]item
	mu          sync.RWMutex
	stopCleanup chan bool
}

func New() *MemStore { return &MemStore{items: make(map[string]item)} }

func (m *MemStore) Find(token string) ([]byte, bool, error)               { return nil, false, nil }
func (m *MemStore) Commit(token string, b []byte, expiry time.Time) error { return nil }
func (m *MemStore) Delete(token string) error                             { return nil }
