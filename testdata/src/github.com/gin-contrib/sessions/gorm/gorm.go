// Stub of github.com/gin-contrib/sessions@v1.0.4: only the API cookiecheck reads.

// Package gorm is a stub: NewStore wraps wader/gormstore/v2 (gorm/gorm.go:15-22),
// so the defaults are Path "/" and MaxAge 30 days only; Options replaces them
// all (28-30).
package gorm

import (
	"github.com/gin-contrib/sessions"
	"github.com/wader/gormstore/v2"
	"gorm.io/gorm"
)

// Store is copied from gorm/gorm.go:11-13.
type Store interface {
	sessions.Store
}

func NewStore(d *gorm.DB, expiredSessionCleanup bool, keyPairs ...[]byte) Store {
	return &store{gormstore.New(d, keyPairs...)}
}

type store struct {
	*gormstore.Store
}

func (s *store) Options(options sessions.Options) {
	s.SessionOpts = options.ToGorillaOptions()
}
