// Package backends holds the gin-contrib/sessions backends over PostgreSQL and GORM: they
// wrap pgstore and gormstore (postgres/postgres.go:20-27, gorm/gorm.go:15-22), whose defaults
// are Path "/" and MaxAge 30 days only; Options replaces every setting.
package backends

import (
	"database/sql"
	"net/http"

	"github.com/gin-contrib/sessions"
	gormsessions "github.com/gin-contrib/sessions/gorm"
	"github.com/gin-contrib/sessions/postgres"
	"gorm.io/gorm"
)

func stores(db *sql.DB, gdb *gorm.DB, secret []byte) {
	postgres.NewStore(db, secret)            // want `postgres\.NewStore leaves Secure off by default` `postgres\.NewStore leaves HttpOnly off by default` `postgres\.NewStore sends no SameSite attribute` `session cookie postgres\.NewStore lives 30d by default`
	gormsessions.NewStore(gdb, true, secret) // want `gorm\.NewStore leaves Secure off by default` `gorm\.NewStore leaves HttpOnly off by default` `gorm\.NewStore sends no SameSite attribute` `session cookie gorm\.NewStore lives 30d by default`

	store, _ := postgres.NewStore(db, secret) // ok: Options replaces every setting
	store.Options(sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
}
