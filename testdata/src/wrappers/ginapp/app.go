// Package ginapp uses ginstore as gin-contrib apps do.
package ginapp

import (
	"net/http"

	"wrappers/ginstore"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

// Store is the app's session store, configured when the middleware is made.
var Store sessions.Store

func Session(secure bool) gin.HandlerFunc {
	Store = ginstore.NewStore([]byte("secret")) // ok: Options below replaces the defaults
	Store.Options(sessions.Options{Path: "/", HttpOnly: true, Secure: secure, SameSite: http.SameSiteLaxMode})
	return sessions.Sessions("app", Store)
}

func Forgotten() gin.HandlerFunc {
	return sessions.Sessions("other", ginstore.NewStore([]byte("k"))) // want `ginstore.NewStore's default options \(store.go:37\) has no Secure` `has no HttpOnly` `has no SameSite` `lives 30d`
}
