// Stub of gopkg.in/boj/redistore.v1@v1.0.0-20160128113310-fc113767cd6b: only the API cookiecheck reads.

// Package redistore is a stub of the gopkg.in release of boj/redistore. The
// constructors set Path "/" and MaxAge sessionExpire = 30 days only
// (redistore.go:24, 199-216); New copies the whole Options into each session
// (redistore.go:232-238); Save deletes a session whose MaxAge is < 0
// (redistore.go:252-256).
package redistore

import (
	"net/http"

	"github.com/garyburd/redigo/redis"
	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

// RediStore lists the leading fields of redistore.go:85-93.
type RediStore struct {
	Pool          *redis.Pool
	Codecs        []securecookie.Codec
	Options       *sessions.Options
	DefaultMaxAge int
}

// SetMaxAge sets Options.MaxAge and the codecs' (redistore.go:127).
func (s *RediStore) SetMaxAge(v int) { s.Options.MaxAge = v }

// NewRediStore dials Redis (redistore.go:156).
func NewRediStore(size int, network, address, password string, keyPairs ...[]byte) (*RediStore, error) {
	return NewRediStoreWithPool(&redis.Pool{}, keyPairs...)
}

// NewRediStoreWithDB dials Redis and selects DB (redistore.go:184).
func NewRediStoreWithDB(size int, network, address, password, DB string, keyPairs ...[]byte) (*RediStore, error) {
	return NewRediStoreWithPool(&redis.Pool{}, keyPairs...)
}

// NewRediStoreWithPool sets Path "/" and MaxAge 30 days (redistore.go:199-216).
func NewRediStoreWithPool(pool *redis.Pool, keyPairs ...[]byte) (*RediStore, error) {
	return &RediStore{
		Pool:          pool,
		Codecs:        securecookie.CodecsFromPairs(keyPairs...),
		Options:       &sessions.Options{Path: "/", MaxAge: 86400 * 30},
		DefaultMaxAge: 60 * 20,
	}, nil
}

func (s *RediStore) Close() error { return nil }

func (s *RediStore) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(s, name)
}

func (s *RediStore) New(r *http.Request, name string) (*sessions.Session, error) {
	session := sessions.NewSession(s, name)
	options := *s.Options
	session.Options = &options
	return session, nil
}

func (s *RediStore) Save(r *http.Request, w http.ResponseWriter, session *sessions.Session) error {
	return nil
}
