// Package v3 holds cookiecheck's cases for gin-jwt v3 (github.com/appleboy/gin-jwt/v3): the
// login token cookie sent with SendCookie (auth_jwt.go:1020-1040), judged at the
// GinJWTMiddleware literal.
package v3

import (
	"net/http"
	"time"

	jwt "github.com/appleboy/gin-jwt/v3"
	"github.com/gin-gonic/gin"
)

type config struct {
	Secure bool
	MaxAge time.Duration
}

func middlewares(key []byte, cfg config) {
	jwt.New(&jwt.GinJWTMiddleware{Realm: "api", Key: key}) // ok: no cookie without SendCookie (the token goes in the Authorization header)

	jwt.New(&jwt.GinJWTMiddleware{Realm: "api", Key: key, SendCookie: true}) // want `jwt\.GinJWTMiddleware has no SecureCookie` `jwt\.GinJWTMiddleware has no CookieHTTPOnly` `jwt\.GinJWTMiddleware has no CookieSameSite`

	jwt.New(&jwt.GinJWTMiddleware{ // ok: every attribute is set
		Realm:          "api",
		Key:            key,
		Timeout:        time.Hour,
		SendCookie:     true,
		SecureCookie:   true,
		CookieHTTPOnly: true,
		CookieSameSite: http.SameSiteLaxMode,
		CookieName:     "token",
	})

	jwt.New(&jwt.GinJWTMiddleware{SendCookie: true, SecureCookie: false, CookieHTTPOnly: true, CookieSameSite: http.SameSiteStrictMode})                                // want `jwt\.GinJWTMiddleware sets SecureCookie to false`
	jwt.New(&jwt.GinJWTMiddleware{SendCookie: true, SecureCookie: true, CookieHTTPOnly: true, CookieSameSite: http.SameSiteDefaultMode})                                // want `jwt\.GinJWTMiddleware sets CookieSameSite to http\.SameSiteDefaultMode, which sends no SameSite attribute`
	jwt.New(&jwt.GinJWTMiddleware{SendCookie: true, SecureCookie: cfg.Secure, CookieHTTPOnly: true, CookieSameSite: http.SameSiteLaxMode})                              // ok: non-constant
	jwt.New(&jwt.GinJWTMiddleware{SendCookie: true, SecureCookie: true, CookieHTTPOnly: true, CookieSameSite: http.SameSiteNoneMode})                                   // ok: None with Secure
	jwt.New(&jwt.GinJWTMiddleware{SendCookie: true, SecureCookie: true, CookieHTTPOnly: true, CookieSameSite: http.SameSiteLaxMode, CookieMaxAge: 30 * 24 * time.Hour}) // want `session cookie jwt\.GinJWTMiddleware lives 30d`
	jwt.New(&jwt.GinJWTMiddleware{SendCookie: true, SecureCookie: true, CookieHTTPOnly: true, CookieSameSite: http.SameSiteLaxMode, CookieMaxAge: cfg.MaxAge})          // ok: non-constant

	// Settings made on the middleware New returns complete the literal.
	mw, _ := jwt.New(&jwt.GinJWTMiddleware{Realm: "api", Key: key, SendCookie: true}) // ok: completed below
	mw.SecureCookie = true
	mw.CookieHTTPOnly = true
	mw.CookieSameSite = http.SameSiteStrictMode
	_ = gin.HandlerFunc(mw.LoginHandler)
}
