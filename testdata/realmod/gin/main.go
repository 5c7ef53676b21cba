// Package gin is a gin application with gin-contrib/sessions stores and
// plain gin cookies.
package gin

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

// NewRouter wires three session stores and the cookie handlers.
func NewRouter(secret []byte) *gin.Engine {
	r := gin.Default()

	// Cookie store with the library defaults (Secure, SameSite=None, 30 days).
	r.Use(sessions.Sessions("app", cookie.NewStore(secret))) // want `cookie\.NewStore leaves HttpOnly off by default \(configure it with store\.Options\(sessions\.Options\{\.\.\.\}\) and set HttpOnly to true\)` `cookie\.NewStore defaults SameSite to None, so the cookie is sent on cross-site requests \(CSRF\)` `session cookie cookie\.NewStore lives 30d by default, longer than the 14d limit \(flag -max-age\)`

	// Memstore with Options replaced: only HttpOnly is named.
	mem := memstore.NewStore(secret)
	mem.Options(sessions.Options{HttpOnly: true, MaxAge: 3600}) // want `sessions\.Options has no SameSite` `sessions\.Options has no Secure`
	r.Use(sessions.Sessions("mem", mem))

	api := r.Group("/api")
	if rs, err := newRedisStore(secret); err == nil {
		api.Use(sessions.Sessions("api", rs))
	}

	r.GET("/login", login)
	r.GET("/theme", theme)
	r.GET("/track", track)
	r.POST("/data", data)
	return r
}

// newRedisStore returns a redis store with every attribute set.
func newRedisStore(secret []byte) (redis.Store, error) {
	store, err := redis.NewStore(10, "tcp", "localhost:6379", "", "", secret)
	if err != nil {
		return nil, err
	}
	store.Options(sessions.Options{
		Path:     "/",
		MaxAge:   1800,
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteStrictMode,
	})
	return store, nil
}

func login(c *gin.Context) {
	s := sessions.Default(c)
	s.Set("user", c.Query("user"))
	s.Options(sessions.Options{Path: "/", MaxAge: 86400 * 30, HttpOnly: true}) // want `sessions\.Options has no SameSite` `sessions\.Options has no Secure` `session cookie sessions\.Options lives 30d, longer than the 14d limit \(flag -max-age\)`
	_ = s.Save()
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("session_hint", "1", 3600, "/", "", true, true)
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

// theme sets a cookie without SetSameSite and with constant-false flags.
func theme(c *gin.Context) {
	c.SetCookie("theme", c.Query("t"), 86400*365, "", "", false, false) // want `gin\.Context\.SetCookie "theme" sends no SameSite attribute \(call SetSameSite with Lax or Strict\)` `gin\.Context\.SetCookie "theme" sets secure argument to false` `gin\.Context\.SetCookie "theme" sets httpOnly argument to false`
	c.String(http.StatusOK, "theme set")
}

// track passes Secure through from the request.
func track(c *gin.Context) {
	secure := c.Request.TLS != nil
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie("track", "1", 0, "/", "example.com", secure, true)
}

// data uses SetCookieData with an http.Cookie.
func data(c *gin.Context) {
	c.SetCookieData(&http.Cookie{ // want `http\.Cookie "auth_token" has no Secure`
		Name:     "auth_token",
		Value:    "t",
		MaxAge:   86400 * 30, // want `session cookie http\.Cookie "auth_token" lives 30d, longer than the 14d limit \(flag -max-age\)`
		HttpOnly: true,
		SameSite: http.SameSiteDefaultMode, // want `http\.Cookie "auth_token" sets SameSite to http\.SameSiteDefaultMode, which sends no SameSite attribute`
	})
	if v, err := c.Cookie("auth_token"); err == nil {
		c.String(http.StatusOK, v)
	}
}
