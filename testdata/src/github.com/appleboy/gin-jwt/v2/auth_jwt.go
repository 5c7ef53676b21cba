// Stub of github.com/appleboy/gin-jwt/v2@v2.10.3: only the API cookiecheck reads.

// Package jwt is a stub of gin-jwt v2. With SendCookie the middleware sends the
// token as a cookie through gin's SetCookie (auth_jwt.go:836-856): Secure =
// SecureCookie, HttpOnly = CookieHTTPOnly (both default false), SameSite only
// when CookieSameSite != 0 (through c.SetSameSite), MaxAge = CookieMaxAge
// (0 -> Timeout, default one hour, auth_jwt.go:323-325, 406-408), name
// CookieName (default "jwt"), Path "/".
package jwt

import (
	"crypto/rsa"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v4"
)

// MapClaims is copied from auth_jwt.go:17.
type MapClaims jwt.MapClaims

// GinJWTMiddleware lists the fields of auth_jwt.go:24-155, up to CookieSameSite.
type GinJWTMiddleware struct {
	Realm                 string
	SigningAlgorithm      string
	Key                   []byte
	KeyFunc               func(token *jwt.Token) (interface{}, error)
	Timeout               time.Duration
	TimeoutFunc           func(data interface{}) time.Duration
	MaxRefresh            time.Duration
	Authenticator         func(c *gin.Context) (interface{}, error)
	Authorizator          func(data interface{}, c *gin.Context) bool
	PayloadFunc           func(data interface{}) MapClaims
	Unauthorized          func(c *gin.Context, code int, message string)
	LoginResponse         func(c *gin.Context, code int, message string, time time.Time)
	LogoutResponse        func(c *gin.Context, code int)
	RefreshResponse       func(c *gin.Context, code int, message string, time time.Time)
	IdentityHandler       func(*gin.Context) interface{}
	IdentityKey           string
	TokenLookup           string
	TokenHeadName         string
	TimeFunc              func() time.Time
	HTTPStatusMessageFunc func(e error, c *gin.Context) string
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

// New initialises the middleware it is given and returns it (auth_jwt.go:227).
func New(m *GinJWTMiddleware) (*GinJWTMiddleware, error) {
	return m, nil
}

func (mw *GinJWTMiddleware) MiddlewareInit() error           { return nil }
func (mw *GinJWTMiddleware) MiddlewareFunc() gin.HandlerFunc { return func(*gin.Context) {} }
func (mw *GinJWTMiddleware) LoginHandler(c *gin.Context)     {}
func (mw *GinJWTMiddleware) LogoutHandler(c *gin.Context)    {}
func (mw *GinJWTMiddleware) RefreshHandler(c *gin.Context)   {}
