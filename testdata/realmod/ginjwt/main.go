// Package ginjwt is a gin API whose login token travels in a cookie set by gin-jwt (v2 for
// the public API, v3 for the admin API).
package ginjwt

import (
	"net/http"
	"os"
	"time"

	jwtv2 "github.com/appleboy/gin-jwt/v2"
	jwtv3 "github.com/appleboy/gin-jwt/v3"
	"github.com/gin-gonic/gin"
)

type login struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

// PublicAuth returns the public API's middleware: the cookie lacks Secure and SameSite.
func PublicAuth() (*jwtv2.GinJWTMiddleware, error) {
	return jwtv2.New(&jwtv2.GinJWTMiddleware{ // want `jwt\.GinJWTMiddleware "jwt_token" has no SecureCookie` `jwt\.GinJWTMiddleware "jwt_token" has no CookieSameSite`
		Realm:          "public",
		Key:            []byte(os.Getenv("JWT_KEY")),
		Timeout:        2 * time.Hour,
		MaxRefresh:     24 * time.Hour,
		SendCookie:     true,
		CookieHTTPOnly: true,
		CookieName:     "jwt_token",
		TokenLookup:    "header: Authorization, cookie: jwt_token",
		Authenticator: func(c *gin.Context) (interface{}, error) {
			var l login
			if err := c.ShouldBind(&l); err != nil {
				return nil, jwtv2.ErrMissingLoginValues
			}
			return l.Username, nil
		},
	})
}

// AdminAuth returns the admin API's middleware, configured completely: nothing to report.
func AdminAuth(secure bool) (*jwtv3.GinJWTMiddleware, error) {
	mw, err := jwtv3.New(&jwtv3.GinJWTMiddleware{
		Realm:          "admin",
		Key:            []byte(os.Getenv("ADMIN_JWT_KEY")),
		Timeout:        time.Hour,
		SendCookie:     true,
		SecureCookie:   secure,
		CookieHTTPOnly: true,
		CookieMaxAge:   8 * time.Hour,
	})
	if err != nil {
		return nil, err
	}
	mw.CookieSameSite = http.SameSiteStrictMode
	return mw, nil
}

// Remember keeps the login token for a month.
func Remember() (*jwtv3.GinJWTMiddleware, error) {
	return jwtv3.New(&jwtv3.GinJWTMiddleware{
		Realm:          "remember",
		Key:            []byte(os.Getenv("JWT_KEY")),
		SendCookie:     true,
		SecureCookie:   true,
		CookieHTTPOnly: true,
		CookieSameSite: http.SameSiteLaxMode,
		CookieMaxAge:   30 * 24 * time.Hour, // want `session cookie jwt\.GinJWTMiddleware lives 30d, longer than the 14d limit`
	})
}
