// Package backends holds cookiecheck's cases for gorilla-compatible stores outside the
// gorilla repository: pgstore, gormstore (settings in SessionOpts), redisstore v9 (options
// replaced whole by Options) and gopkg.in/boj/redistore.v1. All default to Path "/" and
// MaxAge 30 days only.
package backends

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/antonlindstrom/pgstore"
	"github.com/gorilla/sessions"
	"github.com/rbcervilla/redisstore/v9"
	"github.com/redis/go-redis/v9"
	"github.com/wader/gormstore/v2"
	"gopkg.in/boj/redistore.v1"
	"gorm.io/gorm"
)

func postgres(db *sql.DB, key []byte) {
	pgstore.NewPGStore("postgres://db", key) // want `pgstore\.NewPGStore leaves Secure off by default \(set Options\.Secure to true\)` `pgstore\.NewPGStore leaves HttpOnly off by default` `pgstore\.NewPGStore sends no SameSite attribute` `session cookie pgstore\.NewPGStore lives 30d by default`

	store, _ := pgstore.NewPGStoreFromPool(db, key) // ok: configured below
	store.Options.Secure = true
	store.Options.HttpOnly = true
	store.Options.SameSite = http.SameSiteLaxMode
	store.MaxAge(3600)
}

func gormStores(db *gorm.DB, key []byte) {
	gormstore.New(db, key) // want `gormstore\.New leaves Secure off by default \(set SessionOpts\.Secure to true\)` `gormstore\.New leaves HttpOnly off by default` `gormstore\.New sends no SameSite attribute` `session cookie gormstore\.New lives 30d by default`

	store := gormstore.NewOptions(db, gormstore.Options{TableName: "sessions"}, key) // ok: configured below
	store.SessionOpts.Secure = true
	store.SessionOpts.HttpOnly = true
	store.SessionOpts.SameSite = http.SameSiteStrictMode
	store.MaxAge(3600)

	replaced := gormstore.New(db, key)                                                                                // ok: SessionOpts replaced, the literal is judged
	replaced.SessionOpts = &sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, SameSite: http.SameSiteLaxMode} // want `sessions\.Options has no Secure`
}

func redisStores(ctx context.Context, client redis.UniversalClient) {
	redisstore.NewRedisStore(ctx, client) // want `redisstore\.NewRedisStore leaves Secure off by default \(configure it with store\.Options\(sessions\.Options\{\.\.\.\}\) and set Secure to true\)` `redisstore\.NewRedisStore leaves HttpOnly off by default` `redisstore\.NewRedisStore sends no SameSite attribute` `session cookie redisstore\.NewRedisStore lives 30d by default`

	store, _ := redisstore.NewRedisStore(ctx, client) // ok: its options are replaced, the literal is judged
	store.Options(sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	store.KeyPrefix("session_")
}

func redisV1(key []byte) {
	redistore.NewRediStore(10, "tcp", ":6379", "", key) // want `redistore\.NewRediStore leaves Secure off by default` `redistore\.NewRediStore leaves HttpOnly off by default` `redistore\.NewRediStore sends no SameSite attribute` `session cookie redistore\.NewRediStore lives 30d by default`

	store, _ := redistore.NewRediStore(10, "tcp", ":6379", "", key) // ok: configured below
	store.Options.Secure = true
	store.Options.HttpOnly = true
	store.Options.SameSite = http.SameSiteLaxMode
	store.SetMaxAge(3600)
}
