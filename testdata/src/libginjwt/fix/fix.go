package fix

import (
	"net/http"

	jwt "github.com/appleboy/gin-jwt/v2"
)

func middleware(key []byte) (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{ // want `jwt\.GinJWTMiddleware has no SecureCookie` `jwt\.GinJWTMiddleware has no CookieHTTPOnly`
		Realm:          "api",
		Key:            key,
		SendCookie:     true,
		CookieSameSite: http.SameSiteLaxMode,
	})
}

func strict(key []byte) (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{Key: key, SendCookie: true, SecureCookie: false, CookieHTTPOnly: true}) // want `jwt\.GinJWTMiddleware sets SecureCookie to false` `jwt\.GinJWTMiddleware has no CookieSameSite`
}
