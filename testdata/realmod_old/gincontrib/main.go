// Package gincontrib uses gin-contrib/sessions v1.0.1, whose cookie store wraps the
// NewCookieStore of gorilla/sessions v1.2.2 (the version this module builds against).
package gincontrib

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

// Setup installs the session middleware.
func Setup(r *gin.Engine, secret []byte) {
	store := cookie.NewStore(secret) // want `cookie\.NewStore \(github\.com/gorilla/sessions v1\.2\.2\) leaves Secure off by default` `cookie\.NewStore \(github\.com/gorilla/sessions v1\.2\.2\) leaves HttpOnly off by default` `cookie\.NewStore \(github\.com/gorilla/sessions v1\.2\.2\) sends no SameSite attribute` `session cookie cookie\.NewStore \(github\.com/gorilla/sessions v1\.2\.2\) lives 30d by default`
	r.Use(sessions.Sessions("mysession", store))
}
