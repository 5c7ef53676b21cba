// Package gorilla configures gorilla/sessions stores the way applications do:
// package-level stores set up in init, through helpers, and per session.
package gorilla

import (
	"net/http"
	"os"

	"github.com/boj/redistore"
	"github.com/gorilla/sessions"
	"github.com/quasoft/memstore"
)

var (
	// store keeps the NewCookieStore defaults but turns HttpOnly on in init.
	store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

	// fsStore is left with the FilesystemStore defaults (no Secure, no SameSite).
	fsStore = sessions.NewFilesystemStore("", []byte(os.Getenv("SESSION_KEY")))

	// adminStore gets a whole new Options, losing Secure and SameSite=None.
	adminStore *sessions.CookieStore

	redisStore *redistore.RediStore
	memStore   *memstore.MemStore
)

func init() {
	store.Options.HttpOnly = true
	store.Options.SameSite = http.SameSiteLaxMode
	store.MaxAge(86400 * 7)

	adminStore = sessions.NewCookieStore([]byte("admin-key"))
	adminStore.Options = &sessions.Options{ // want `sessions\.Options has no SameSite` `sessions\.Options has no Secure`
		Path:     "/admin",
		MaxAge:   3600,
		HttpOnly: true,
	}

	var err error
	redisStore, err = redistore.NewRediStore(10, "tcp", ":6379", "", "", []byte("redis-key"))
	if err != nil {
		panic(err)
	}
	redisStore.SetMaxAge(86400 * 60) // want `session cookie redistore\.NewRediStore lives 60d, longer than the 14d limit \(flag -max-age\)`

	memStore = memstore.NewMemStore([]byte("mem-key"))
	memStore.Options.Secure = true
	memStore.Options.HttpOnly = true
	memStore.Options.SameSite = http.SameSiteStrictMode
}

// newAPIStore builds a store for the API with every attribute set.
func newAPIStore(key []byte) *sessions.CookieStore {
	s := sessions.NewCookieStore(key)
	s.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   3600,
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteStrictMode,
	}
	return s
}

// apiStore is built by the helper above.
var apiStore = newAPIStore([]byte("api-key"))

// legacyStore is a redis store through a URL, left at its defaults.
func legacyStore() (*redistore.RediStore, error) {
	return redistore.NewRediStoreWithURL(10, "redis://localhost:6379/0", []byte("legacy-key"))
}
