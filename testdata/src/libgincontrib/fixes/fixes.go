package fixes

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

// This file does not import net/http: the SameSite fix adds it.
func setup(r *gin.Engine) {
	store := cookie.NewStore([]byte("k"))
	store.Options(sessions.Options{Path: "/", MaxAge: 3600}) // want `sessions\.Options.*\bSecure\b` `sessions\.Options.*HttpOnly` `sessions\.Options.*SameSite`
	r.Use(sessions.Sessions("app", store))
}

func handler(c *gin.Context) {
	sessions.Default(c).Options(sessions.Options{ // want `sessions\.Options.*SameSite`
		Path:     "/",
		MaxAge:   600,
		Secure:   false, // want `sessions\.Options.*\bSecure\b`
		HttpOnly: false, // want `sessions\.Options.*HttpOnly`
	})
}
