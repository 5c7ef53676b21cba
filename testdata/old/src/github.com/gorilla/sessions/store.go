// Stub of github.com/gorilla/sessions@v1.2.2: only the API cookiecheck reads.

package sessions

import (
	"net/http"
	"os"

	"github.com/gorilla/securecookie"
)

// Store is copied from store.go:20-32.
type Store interface {
	Get(r *http.Request, name string) (*Session, error)
	New(r *http.Request, name string) (*Session, error)
	Save(r *http.Request, w http.ResponseWriter, s *Session) error
}

// NewCookieStore defaults (store.go:48-59): only Path "/" and MaxAge 30
// days; Secure false, HttpOnly false, SameSite unset.
func NewCookieStore(keyPairs ...[]byte) *CookieStore {
	cs := &CookieStore{
		Codecs: securecookie.CodecsFromPairs(keyPairs...),
		Options: &Options{
			Path:   "/",
			MaxAge: 86400 * 30,
		},
	}

	cs.MaxAge(cs.Options.MaxAge)
	return cs
}

// CookieStore is copied from store.go:62-65.
type CookieStore struct {
	Codecs  []securecookie.Codec
	Options *Options // default configuration
}

func (s *CookieStore) Get(r *http.Request, name string) (*Session, error) {
	return GetRegistry(r).Get(s, name)
}

// New copies the store's Options into the session (store.go:83-97).
func (s *CookieStore) New(r *http.Request, name string) (*Session, error) {
	session := NewSession(s, name)
	opts := *s.Options
	session.Options = &opts
	session.IsNew = true
	return session, nil
}

func (s *CookieStore) Save(r *http.Request, w http.ResponseWriter, session *Session) error {
	http.SetCookie(w, NewCookie(session.Name(), "", session.Options))
	return nil
}

// MaxAge sets Options.MaxAge and every codec's max age (store.go:114).
func (s *CookieStore) MaxAge(age int) {
	s.Options.MaxAge = age
	for _, codec := range s.Codecs {
		if sc, ok := codec.(*securecookie.SecureCookie); ok {
			sc.MaxAge(age)
		}
	}
}

// NewFilesystemStore defaults (store.go:135-150): only Path "/" and
// MaxAge 30 days; Secure false, HttpOnly false, SameSite unset.
func NewFilesystemStore(path string, keyPairs ...[]byte) *FilesystemStore {
	if path == "" {
		path = os.TempDir()
	}
	fs := &FilesystemStore{
		Codecs: securecookie.CodecsFromPairs(keyPairs...),
		Options: &Options{
			Path:   "/",
			MaxAge: 86400 * 30,
		},
		path: path,
	}

	fs.MaxAge(fs.Options.MaxAge)
	return fs
}

// FilesystemStore is copied from store.go:157-161.
type FilesystemStore struct {
	Codecs  []securecookie.Codec
	Options *Options // default configuration
	path    string
}

func (s *FilesystemStore) MaxLength(l int) {}

func (s *FilesystemStore) Get(r *http.Request, name string) (*Session, error) {
	return GetRegistry(r).Get(s, name)
}

func (s *FilesystemStore) New(r *http.Request, name string) (*Session, error) {
	session := NewSession(s, name)
	opts := *s.Options
	session.Options = &opts
	session.IsNew = true
	return session, nil
}

func (s *FilesystemStore) Save(r *http.Request, w http.ResponseWriter, session *Session) error {
	http.SetCookie(w, NewCookie(session.Name(), "", session.Options))
	return nil
}

// MaxAge sets Options.MaxAge and every codec's max age (store.go:242).
func (s *FilesystemStore) MaxAge(age int) {
	s.Options.MaxAge = age
	for _, codec := range s.Codecs {
		if sc, ok := codec.(*securecookie.SecureCookie); ok {
			sc.MaxAge(age)
		}
	}
}
