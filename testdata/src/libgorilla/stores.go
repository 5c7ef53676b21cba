package libgorilla

import (
	"net/http"

	"github.com/boj/redistore"
	"github.com/gomodule/redigo/redis"
	"github.com/gorilla/sessions"
	"github.com/quasoft/memstore"
)

var key = []byte("0123456789abcdef0123456789abcdef")

func sink(s sessions.Store) {}

// NewCookieStore: Secure true, HttpOnly false, SameSite None, 30 days.
func cookieStores() {
	plain := sessions.NewCookieStore(key) // want `NewCookieStore.*HttpOnly` `NewCookieStore.*SameSite` `NewCookieStore.*max-age`
	sink(plain)

	configured := sessions.NewCookieStore(key) // ok: HttpOnly, SameSite and MaxAge overridden; Secure defaults true
	configured.Options.HttpOnly = true
	configured.Options.SameSite = http.SameSiteLaxMode
	configured.MaxAge(3600)
	sink(configured)

	explicitNone := sessions.NewCookieStore(key) // ok: an explicit None with the Secure default is the user's choice
	explicitNone.Options.HttpOnly = true
	explicitNone.Options.SameSite = http.SameSiteNoneMode
	explicitNone.Options.MaxAge = 7200
	sink(explicitNone)

	insecure := sessions.NewCookieStore(key) // want `NewCookieStore.*max-age`
	insecure.Options.HttpOnly = true
	insecure.Options.SameSite = http.SameSiteLaxMode
	insecure.Options.Secure = false // want `NewCookieStore.*\bSecure\b`
	sink(insecure)

	dynamic := sessions.NewCookieStore(key) // ok: non-constant overrides count as set
	dynamic.Options.HttpOnly = cfg.HttpOnly
	dynamic.Options.SameSite = cfg.SameSite
	dynamic.MaxAge(cfg.MaxAge)
	sink(dynamic)

	longLived := sessions.NewCookieStore(key) // ok: the over-limit value is reported where it is set
	longLived.Options.HttpOnly = true
	longLived.Options.SameSite = http.SameSiteLaxMode
	longLived.MaxAge(86400 * 60) // want `NewCookieStore.*max-age`
	sink(longLived)

	longField := sessions.NewCookieStore(key) // ok: the over-limit value is reported where it is set
	longField.Options.HttpOnly = true
	longField.Options.SameSite = http.SameSiteStrictMode
	longField.Options.MaxAge = 86400 * 30 // want `NewCookieStore.*max-age`
	sink(longField)

	offHTTP := sessions.NewCookieStore(key) // want `NewCookieStore.*SameSite`
	offHTTP.Options.HttpOnly = false        // want `NewCookieStore.*HttpOnly`
	offHTTP.MaxAge(3600)
	sink(offHTTP)

	defaultMode := sessions.NewCookieStore(key) // ok: reported where SameSite is set
	defaultMode.Options.HttpOnly = true
	defaultMode.Options.SameSite = http.SameSiteDefaultMode // want `NewCookieStore.*SameSite`
	defaultMode.MaxAge(3600)
	sink(defaultMode)
}

// store.Options = &sessions.Options{...} replaces every default (Secure true and SameSite
// None are lost): the store is not reported, the new literal is judged as a literal.
func replaced() {
	whole := sessions.NewCookieStore(key)                                           // ok: Options replaced
	whole.Options = &sessions.Options{Path: "/", MaxAge: 86400 * 7, HttpOnly: true} // want `sessions\.Options.*\bSecure\b` `sessions\.Options.*SameSite`
	sink(whole)

	good := sessions.NewFilesystemStore("", key)                                                                            // ok: Options replaced
	good.Options = &sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode} // ok: every attribute set
	sink(good)

	// The replacing literal is completed by field assignments on the store.
	completed := sessions.NewFilesystemStore("", key)                              // ok: Options replaced
	completed.Options = &sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true} // ok: Secure and SameSite assigned below
	completed.Options.Secure = true
	completed.Options.SameSite = http.SameSiteLaxMode
	sink(completed)
}

// NewFilesystemStore: only Path "/" and MaxAge 30 days.
func filesystemStores() {
	fs := sessions.NewFilesystemStore("", key) // want `NewFilesystemStore.*\bSecure\b` `NewFilesystemStore.*HttpOnly` `NewFilesystemStore.*SameSite` `NewFilesystemStore.*max-age`
	sink(fs)

	fsOK := sessions.NewFilesystemStore("/tmp", key) // ok: every attribute overridden
	fsOK.Options.Secure = true
	fsOK.Options.HttpOnly = true
	fsOK.Options.SameSite = http.SameSiteLaxMode
	fsOK.MaxAge(3600)
	sink(fsOK)

	fsPartial := sessions.NewFilesystemStore("", key) // want `NewFilesystemStore.*\bSecure\b`
	fsPartial.Options.HttpOnly = true
	fsPartial.Options.SameSite = http.SameSiteLaxMode
	fsPartial.Options.MaxAge = 0
	sink(fsPartial)

	// SameSite None without Secure on a store that does not default Secure.
	fsNone := sessions.NewFilesystemStore("", key) // ok: the None finding below covers the missing Secure
	fsNone.Options.HttpOnly = true
	fsNone.Options.SameSite = http.SameSiteNoneMode // want `NewFilesystemStore.*None`
	fsNone.MaxAge(3600)
	sink(fsNone)
}

// boj/redistore: Path "/" and MaxAge 30 days only; SetMaxAge sets MaxAge.
func rediStores(pool *redis.Pool) {
	rs, err := redistore.NewRediStore(10, "tcp", ":6379", "", "", key) // want `NewRediStore.*\bSecure\b` `NewRediStore.*HttpOnly` `NewRediStore.*SameSite` `NewRediStore.*max-age`
	if err != nil {
		return
	}
	sink(rs)

	rsOK, _ := redistore.NewRediStoreWithDB(10, "tcp", ":6379", "", "", "1", key) // ok: every attribute overridden
	rsOK.Options.Secure = true
	rsOK.Options.HttpOnly = true
	rsOK.Options.SameSite = http.SameSiteStrictMode
	rsOK.SetMaxAge(3600)
	sink(rsOK)

	rsPool, _ := redistore.NewRediStoreWithPool(pool, key) // want `NewRediStoreWithPool.*max-age`
	rsPool.Options.Secure = true
	rsPool.Options.HttpOnly = true
	rsPool.Options.SameSite = http.SameSiteLaxMode
	sink(rsPool)

	rsURL, _ := redistore.NewRediStoreWithURL(10, "redis://localhost", key) // want `NewRediStoreWithURL.*\bSecure\b` `NewRediStoreWithURL.*SameSite`
	rsURL.Options.HttpOnly = true
	rsURL.SetMaxAge(86400 * 90) // want `NewRediStoreWithURL.*max-age`
	sink(rsURL)

	var rsVar *redistore.RediStore
	rsVar, _ = redistore.NewRediStore(10, "tcp", ":6379", "", "", key)                                                       // ok: Options replaced below
	rsVar.Options = &sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode} // ok: every attribute set
	sink(rsVar)
}

// quasoft/memstore: Path "/" and MaxAge 30 days only.
func memStores() {
	ms := memstore.NewMemStore(key) // want `NewMemStore.*\bSecure\b` `NewMemStore.*HttpOnly` `NewMemStore.*SameSite` `NewMemStore.*max-age`
	sink(ms)

	msOK := memstore.NewMemStore(key) // ok: every attribute overridden
	msOK.Options.Secure = true
	msOK.Options.HttpOnly = true
	msOK.Options.SameSite = http.SameSiteLaxMode
	msOK.MaxAge(3600)
	sink(msOK)
}

// Per object: overrides count for the store they are made on.
func twoStores() {
	admin := sessions.NewFilesystemStore("", key) // ok: every attribute overridden on admin
	admin.Options.Secure = true
	admin.Options.HttpOnly = true
	admin.Options.SameSite = http.SameSiteLaxMode
	admin.MaxAge(3600)

	public := sessions.NewFilesystemStore("", key) // want `NewFilesystemStore.*\bSecure\b` `NewFilesystemStore.*HttpOnly` `NewFilesystemStore.*SameSite` `NewFilesystemStore.*max-age`
	sink(admin)
	sink(public)

	a := sessions.NewCookieStore(key) // ok: overridden on a
	b := sessions.NewCookieStore(key) // want `NewCookieStore.*HttpOnly` `NewCookieStore.*SameSite` `NewCookieStore.*max-age`
	a.Options.HttpOnly = true
	a.Options.SameSite = http.SameSiteLaxMode
	a.MaxAge(3600)
	sink(a)
	sink(b)
}
