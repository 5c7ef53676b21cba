// Stub of github.com/quasoft/memstore@v0.0.0-20191010062613-2bce066d2b0b: only the API cookiecheck reads.

// Package memstore is a stub of the in-memory gorilla store.
// Defaults: Path "/", MaxAge 30 days, nothing else (memstore.go:42-53).
package memstore

import (
	"net/http"

	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

// MemStore is copied from memstore.go:19-23.
type MemStore struct {
	Codecs  []securecookie.Codec
	Options *sessions.Options
	cache   *cache
}

type cache struct{}

type valueType map[interface{}]interface{}

// NewMemStore sets the defaults of memstore.go:42-53.
func NewMemStore(keyPairs ...[]byte) *MemStore {
	store := MemStore{
		Codecs: securecookie.CodecsFromPairs(keyPairs...),
		Options: &sessions.Options{
			Path:   "/",
			MaxAge: 86400 * 30,
		},
		cache: &cache{},
	}
	store.MaxAge(store.Options.MaxAge)
	return &store
}

func (m *MemStore) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(m, name)
}

func (m *MemStore) New(r *http.Request, name string) (*sessions.Session, error) {
	session := sessions.NewSession(m, name)
	options := *m.Options
	session.Options = &options
	session.IsNew = true
	return session, nil
}

func (m *MemStore) Save(r *http.Request, w http.ResponseWriter, s *sessions.Session) error {
	http.SetCookie(w, sessions.NewCookie(s.Name(), "", s.Options))
	return nil
}

// MaxAge sets Options.MaxAge and every codec's max age (memstore.go:130).
func (m *MemStore) MaxAge(age int) {
	m.Options.MaxAge = age
	for _, codec := range m.Codecs {
		if sc, ok := codec.(*securecookie.SecureCookie); ok {
			sc.MaxAge(age)
		}
	}
}
