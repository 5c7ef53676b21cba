// Package handlers: session.Options(...) in a handler is a gin-contrib Options literal, judged
// as a gorilla Options literal; it does not configure the store.
package handlers

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func setup(r *gin.Engine) {
	store := cookie.NewStore([]byte("k")) // want `cookie\.NewStore.*HttpOnly` `cookie\.NewStore.*SameSite` `cookie\.NewStore.*max-age`
	r.Use(sessions.Sessions("app", store))
	r.GET("/login", login)
	r.GET("/remember", remember)
	r.GET("/logout", logout)
}

func login(c *gin.Context) {
	session := sessions.Default(c)
	session.Options(sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: every attribute set
	session.Set("user", "u")
	_ = session.Save()
}

func remember(c *gin.Context) {
	session := sessions.Default(c)
	session.Options(sessions.Options{Path: "/", MaxAge: 86400 * 90}) // want `sessions\.Options.*\bSecure\b` `sessions\.Options.*HttpOnly` `sessions\.Options.*SameSite` `sessions\.Options.*max-age`
	_ = session.Save()
}

func logout(c *gin.Context) {
	session := sessions.Default(c)
	session.Clear()
	session.Options(sessions.Options{MaxAge: -1}) // ok: deletion cookie
	_ = session.Save()
}
