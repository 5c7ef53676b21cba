// Stub of github.com/boj/redistore@v1.4.1: only the API cookiecheck reads.

// Package redistore is a stub of the Redis-backed gorilla store.
// Defaults: Path "/", MaxAge 30 days, nothing else (redistore.go:294-310).
package redistore

import (
	"net/http"
	"time"

	"github.com/gomodule/redigo/redis"
	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

// sessionExpire is 30 days in seconds (redistore.go:26).
var sessionExpire = 86400 * 30

// SessionSerializer is copied from redistore.go:31.
type SessionSerializer interface {
	Deserialize(d []byte, ss *sessions.Session) error
	Serialize(ss *sessions.Session) ([]byte, error)
}

// GobSerializer is the default serializer.
type GobSerializer struct{}

func (s GobSerializer) Serialize(ss *sessions.Session) ([]byte, error)   { panic("stub") }
func (s GobSerializer) Deserialize(d []byte, ss *sessions.Session) error { panic("stub") }

// RediStore is copied from redistore.go:146-154.
type RediStore struct {
	Pool          *redis.Pool
	Codecs        []securecookie.Codec
	Options       *sessions.Options // default configuration
	DefaultMaxAge int               // default Redis TTL for a MaxAge == 0 session
	maxLength     int
	keyPrefix     string
	serializer    SessionSerializer
}

func (s *RediStore) SetMaxLength(l int)                 {}
func (s *RediStore) SetKeyPrefix(p string)              { s.keyPrefix = p }
func (s *RediStore) SetSerializer(ss SessionSerializer) { s.serializer = ss }

// SetMaxAge sets Options.MaxAge and every codec's max age (redistore.go:196).
func (s *RediStore) SetMaxAge(v int) {
	s.Options.MaxAge = v
	for i := range s.Codecs {
		if c, ok := s.Codecs[i].(*securecookie.SecureCookie); ok {
			c.MaxAge(v)
		}
	}
}

func NewRediStore(size int, network, address, username, password string, keyPairs ...[]byte) (*RediStore, error) {
	return NewRediStoreWithPool(&redis.Pool{MaxIdle: size, IdleTimeout: 240 * time.Second}, keyPairs...)
}

func NewRediStoreWithDB(size int, network, address, username, password, DB string, keyPairs ...[]byte) (*RediStore, error) {
	return NewRediStoreWithPool(&redis.Pool{MaxIdle: size, IdleTimeout: 240 * time.Second}, keyPairs...)
}

// NewRediStoreWithPool sets the defaults of redistore.go:294-310.
func NewRediStoreWithPool(pool *redis.Pool, keyPairs ...[]byte) (*RediStore, error) {
	rs := &RediStore{
		Pool:   pool,
		Codecs: securecookie.CodecsFromPairs(keyPairs...),
		Options: &sessions.Options{
			Path:   "/",
			MaxAge: sessionExpire,
		},
		DefaultMaxAge: 60 * 20, // 20 minutes seems like a reasonable default
		maxLength:     4096,
		keyPrefix:     "session_",
		serializer:    GobSerializer{},
	}
	return rs, nil
}

func NewRediStoreWithURL(size int, url string, keyPairs ...[]byte) (*RediStore, error) {
	return NewRediStoreWithPool(&redis.Pool{MaxIdle: size, IdleTimeout: 240 * time.Second}, keyPairs...)
}

func (s *RediStore) Close() error { return nil }

func (s *RediStore) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(s, name)
}

func (s *RediStore) New(r *http.Request, name string) (*sessions.Session, error) {
	session := sessions.NewSession(s, name)
	options := *s.Options
	session.Options = &options
	session.IsNew = true
	return session, nil
}

// Save deletes the session when Options.MaxAge <= 0 (redistore.go:377-381).
func (s *RediStore) Save(r *http.Request, w http.ResponseWriter, session *sessions.Session) error {
	http.SetCookie(w, sessions.NewCookie(session.Name(), "", session.Options))
	return nil
}

func (s *RediStore) Delete(r *http.Request, w http.ResponseWriter, session *sessions.Session) error {
	return nil
}
