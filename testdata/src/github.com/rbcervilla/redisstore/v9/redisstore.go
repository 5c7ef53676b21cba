// Stub of github.com/rbcervilla/redisstore/v9@v9.0.0: only the API cookiecheck reads.

// Package redisstore is a stub of the go-redis gorilla/sessions store. Its
// options are unexported: NewRedisStore sets Path "/" and MaxAge 30 days only
// (redisstore.go:37-50), and Options (redisstore.go:111-113) replaces them
// all; New copies them into each session (redisstore.go:58-62).
package redisstore

import (
	"context"
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/redis/go-redis/v9"
)

// RedisStore is the store (redisstore.go:20-31); its fields are not read.
type RedisStore struct{}

// NewRedisStore returns a store with Path "/" and MaxAge 30 days (redisstore.go:37).
func NewRedisStore(ctx context.Context, client redis.UniversalClient) (*RedisStore, error) {
	return &RedisStore{}, nil
}

func (s *RedisStore) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(s, name)
}

func (s *RedisStore) New(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.NewSession(s, name), nil
}

func (s *RedisStore) Save(r *http.Request, w http.ResponseWriter, session *sessions.Session) error {
	return nil
}

// Options replaces every cookie setting of new sessions (redisstore.go:111).
func (s *RedisStore) Options(opts sessions.Options) {}

func (s *RedisStore) KeyPrefix(keyPrefix string) {}
