// Package libgincontrib covers gin-contrib/sessions (RULES.md, "Library models"): the
// cookie, redis and memstore backends' defaults, store.Options(sessions.Options{...}), which
// replaces every setting, and per-object overrides.
package libgincontrib

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

var secret = []byte("secret")

type config struct {
	Secure bool
	MaxAge int
}

var cfg config

// cookie.NewStore: gorilla CookieStore defaults (Secure true, HttpOnly false, SameSite None, 30 days).
func cookieDefault(r *gin.Engine) {
	store := cookie.NewStore(secret) // want `cookie\.NewStore.*HttpOnly` `cookie\.NewStore.*SameSite` `cookie\.NewStore.*max-age`
	r.Use(sessions.Sessions("app", store))
}

// redis.NewStore and memstore.NewStore: gorilla FilesystemStore defaults (Path "/", 30 days only).
func redisDefault(r *gin.Engine) {
	store, err := redis.NewStore(10, "tcp", "localhost:6379", "", "", secret) // want `redis\.NewStore.*\bSecure\b` `redis\.NewStore.*HttpOnly` `redis\.NewStore.*SameSite` `redis\.NewStore.*max-age`
	if err != nil {
		panic(err)
	}
	r.Use(sessions.Sessions("app", store))
}

func memstoreDefault(r *gin.Engine) {
	store := memstore.NewStore(secret) // want `memstore\.NewStore.*\bSecure\b` `memstore\.NewStore.*HttpOnly` `memstore\.NewStore.*SameSite` `memstore\.NewStore.*max-age`
	r.Use(sessions.Sessions("app", store))
}

// store.Options replaces all: the store is not reported, the literal is judged as a gorilla
// Options literal (unset fields are zero).
func configured(r *gin.Engine) {
	store := cookie.NewStore(secret)                                                                                       // ok: Options replaces every setting
	store.Options(sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: every attribute set
	r.Use(sessions.Sessions("app", store))
}

func configuredPartly(r *gin.Engine) {
	store := cookie.NewStore(secret) // ok: Options replaces every setting
	// The cookie store's Secure default is lost: Secure is reported on the literal.
	store.Options(sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true}) // want `sessions\.Options.*\bSecure\b` `sessions\.Options.*SameSite`
	r.Use(sessions.Sessions("app", store))
}

func configuredRedis(r *gin.Engine) {
	store, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "", secret) // ok: Options replaces every setting
	store.Options(sessions.Options{
		Path:     "/",
		MaxAge:   86400 * 30, // want `sessions\.Options.*max-age`
		Secure:   cfg.Secure,
		HttpOnly: true,
		SameSite: http.SameSiteStrictMode,
	})
	r.Use(sessions.Sessions("app", store))
}

func configuredMemstore(r *gin.Engine) {
	store := memstore.NewStore(secret) // ok: Options replaces every setting
	store.Options(sessions.Options{
		Path:     "/",
		MaxAge:   cfg.MaxAge,
		Secure:   false, // want `sessions\.Options.*\bSecure\b`
		HttpOnly: true,
		SameSite: http.SameSiteDefaultMode, // want `sessions\.Options.*SameSite`
	})
	r.Use(sessions.Sessions("app", store))
}

func configuredNone(r *gin.Engine) {
	store := cookie.NewStore(secret) // ok: Options replaces every setting
	store.Options(sessions.Options{  // ok: the None finding below covers the missing Secure
		HttpOnly: true,
		SameSite: http.SameSiteNoneMode, // want `sessions\.Options.*None`
	})
	r.Use(sessions.Sessions("app", store))
}

// Options built in a variable.
func configuredVar(r *gin.Engine) {
	opts := sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true} // want `sessions\.Options.*SameSite`
	store := cookie.NewStore(secret)                                                // ok: Options replaces every setting
	store.Options(opts)
	r.Use(sessions.Sessions("app", store))
}

// Options computed elsewhere: the store is configured, nothing to judge here.
func loadOptions() sessions.Options {
	return sessions.Options{Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode} // ok: every attribute set
}

func configuredFromFunc(r *gin.Engine) {
	store := cookie.NewStore(secret) // ok: Options replaces every setting
	store.Options(loadOptions())
	r.Use(sessions.Sessions("app", store))
}

// Per object: store.Options covers that store only.
func twoStores(r *gin.Engine) {
	admin := cookie.NewStore(secret)                                                                                       // ok: Options called on admin
	admin.Options(sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: every attribute set
	public := cookie.NewStore(secret)                                                                                      // want `cookie\.NewStore.*HttpOnly` `cookie\.NewStore.*SameSite` `cookie\.NewStore.*max-age`
	r.Use(sessions.Sessions("admin", admin))
	r.Use(sessions.Sessions("public", public))
}

// Package-level store configured in init().
var pkgStore = memstore.NewStore(secret) // ok: Options called in init

func init() {
	pkgStore.Options(sessions.Options{Path: "/", MaxAge: 7200, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: every attribute set
}
