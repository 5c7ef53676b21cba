// Stub of github.com/gin-contrib/sessions@v1.0.4: only the API cookiecheck reads.

// Package redis is a stub: the constructors wrap boj/redistore, so the
// defaults are Path "/" and MaxAge 30 days only.
package redis

import (
	"github.com/boj/redistore"
	"github.com/gin-contrib/sessions"
	"github.com/gomodule/redigo/redis"
)

// Store is copied from redis/redis.go.
type Store interface {
	sessions.Store
}

func NewStore(size int, network, address, username, password string, keyPairs ...[]byte) (Store, error) {
	s, err := redistore.NewRediStore(size, network, address, username, password, keyPairs...)
	if err != nil {
		return nil, err
	}
	return &store{s}, nil
}

func NewStoreWithDB(size int, network, address, username, password, db string, keyPairs ...[]byte) (Store, error) {
	s, err := redistore.NewRediStoreWithDB(size, network, address, username, password, db, keyPairs...)
	if err != nil {
		return nil, err
	}
	return &store{s}, nil
}

func NewStoreWithPool(pool *redis.Pool, keyPairs ...[]byte) (Store, error) {
	s, err := redistore.NewRediStoreWithPool(pool, keyPairs...)
	if err != nil {
		return nil, err
	}
	return &store{s}, nil
}

type store struct {
	*redistore.RediStore
}

func (c *store) Options(options sessions.Options) {
	c.RediStore.Options = options.ToGorillaOptions()
}
