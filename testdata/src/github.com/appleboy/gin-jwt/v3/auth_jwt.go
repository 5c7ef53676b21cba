// Stub of github.com/appleboy/gin-jwt/v3@v3.0.0: only the API cookiecheck reads.

// Package jwt is a stub of gin-jwt v3. The cookie is the one of v2: with
// SendCookie it is sent through gin's SetCookie (auth_jwt.go:1020-1040): Secure =
// SecureCookie, HttpOnly = CookieHTTPOnly (both default false), SameSite only
// when CookieSameSite != 0, MaxAge = CookieMaxAge (0 -> Timeout, default one
// hour, auth_jwt.go:366-368, 443-445), name CookieName (default "jwt"), Path "/".
package jwt

import (
	"crypto/rsa"
	"net/http"
	"time"

	"github.com/appleboy/gin-jwt/v3/core"
	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

// GinJWTMiddleware lists the fields of auth_jwt.go:27-158, up to CookieSameSite.
type GinJWTMiddleware struct {
	Realm                 string
	SigningAlgorithm      string
	Key                   []byte
	KeyFunc               func(token *jwt.Token) (any, error)
	Timeout               time.Duration
	TimeoutFunc           func(data any) time.Duration
	MaxRefresh            time.Duration
	Authenticator         func(c *gin.Context) (any, error)
	Authorizer            func(c *gin.Context, data any) bool
	PayloadFunc           func(data any) jwt.MapClaims
	Unauthorized          func(c *gin.Context, code int, message string)
	LoginResponse         func(c *gin.Context, token *core.Token)
	LogoutResponse        func(c *gin.Context)
	RefreshResponse       func(c *gin.Context, token *core.Token)
	IdentityHandler       func(*gin.Context) any
	IdentityKey           string
	TokenLookup           string
	TokenHeadName         string
	TimeFunc              func() time.Time
	HTTPStatusMessageFunc func(c *gin.Context, e error) string
	PrivKeyFile           string
	PrivKeyBytes          []byte
	PubKeyFile            string
	PrivateKeyPassphrase  string
	PubKeyBytes           []byte
	privKey               *rsa.PrivateKey
	pubKey                *rsa.PublicKey
	SendCookie            bool
	CookieMaxAge          time.Duration
	SecureCookie          bool
	CookieHTTPOnly        bool
	CookieDomain          string
	SendAuthorization     bool
	DisabledAbort         bool
	CookieName            string
	CookieSameSite        http.SameSite
}

// New initialises the middleware it is given and returns it (auth_jwt.go:259).
func New(m *GinJWTMiddleware) (*GinJWTMiddleware, error) {
	return m, nil
}

func (mw *GinJWTMiddleware) MiddlewareInit() error           { return nil }
func (mw *GinJWTMiddleware) MiddlewareFunc() gin.HandlerFunc { return func(*gin.Context) {} }
func (mw *GinJWTMiddleware) LoginHandler(c *gin.Context)     {}
func (mw *GinJWTMiddleware) LogoutHandler(c *gin.Context)    {}
func (mw *GinJWTMiddleware) RefreshHandler(c *gin.Context)   {}
