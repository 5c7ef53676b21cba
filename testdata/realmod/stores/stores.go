// Package stores picks the session store of the deployment: PostgreSQL, GORM, Redis
// (go-redis v9) or the legacy Redis store.
package stores

import (
	"context"
	"database/sql"
	"net/http"
	"os"

	"github.com/antonlindstrom/pgstore"
	"github.com/gorilla/sessions"
	"github.com/rbcervilla/redisstore/v9"
	"github.com/redis/go-redis/v9"
	"github.com/wader/gormstore/v2"
	"gopkg.in/boj/redistore.v1"
	"gorm.io/gorm"
)

var key = []byte(os.Getenv("SESSION_KEY"))

// Postgres keeps sessions in PostgreSQL, hardened after construction.
func Postgres(db *sql.DB) (sessions.Store, error) {
	store, err := pgstore.NewPGStoreFromPool(db, key)
	if err != nil {
		return nil, err
	}
	store.Options.Secure = true
	store.Options.HttpOnly = true
	store.Options.SameSite = http.SameSiteLaxMode
	store.MaxAge(12 * 3600)
	return store, nil
}

// Gorm keeps sessions in the GORM database; only HttpOnly is set.
func Gorm(db *gorm.DB) sessions.Store {
	store := gormstore.New(db, key) // want `gormstore\.New leaves Secure off by default \(set SessionOpts\.Secure to true\)` `gormstore\.New sends no SameSite attribute` `session cookie gormstore\.New lives 30d by default`
	store.SessionOpts.HttpOnly = true
	return store
}

// Redis keeps sessions in Redis through go-redis.
func Redis(ctx context.Context) (sessions.Store, error) {
	client := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	store, err := redisstore.NewRedisStore(ctx, client)
	if err != nil {
		return nil, err
	}
	store.KeyPrefix("app_session_")
	store.Options(sessions.Options{ // want `sessions\.Options has no SameSite`
		Path:     "/",
		MaxAge:   86400,
		Secure:   true,
		HttpOnly: true,
	})
	return store, nil
}

// Legacy keeps sessions in Redis through the gopkg.in store, with its defaults.
func Legacy() (sessions.Store, error) {
	return redistore.NewRediStore(10, "tcp", os.Getenv("REDIS_ADDR"), "", key) // want `redistore\.NewRediStore leaves Secure off by default` `redistore\.NewRediStore leaves HttpOnly off by default` `redistore\.NewRediStore sends no SameSite attribute` `session cookie redistore\.NewRediStore lives 30d by default`
}
