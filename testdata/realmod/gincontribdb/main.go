// Package gincontribdb keeps gin sessions in PostgreSQL or in the GORM database.
package gincontribdb

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/gin-contrib/sessions"
	gormsessions "github.com/gin-contrib/sessions/gorm"
	"github.com/gin-contrib/sessions/postgres"
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

var secret = []byte(os.Getenv("SESSION_SECRET"))

// UsePostgres stores sessions in PostgreSQL with explicit options.
func UsePostgres(r *gin.Engine, db *sql.DB) error {
	store, err := postgres.NewStore(db, secret)
	if err != nil {
		return err
	}
	store.Options(sessions.Options{Path: "/", MaxAge: 8 * 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	r.Use(sessions.Sessions("app", store))
	return nil
}

// UseGorm stores sessions in the GORM database with the backend's defaults.
func UseGorm(r *gin.Engine, db *gorm.DB) {
	store := gormsessions.NewStore(db, true, secret) // want `gorm\.NewStore leaves Secure off by default` `gorm\.NewStore leaves HttpOnly off by default` `gorm\.NewStore sends no SameSite attribute` `session cookie gorm\.NewStore lives 30d by default`
	r.Use(sessions.Sessions("app", store))
}
