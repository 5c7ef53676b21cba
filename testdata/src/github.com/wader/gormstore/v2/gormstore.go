// Stub of github.com/wader/gormstore/v2@v2.0.3: only the API cookiecheck reads.

// Package gormstore is a stub of the GORM gorilla/sessions store. Its cookie
// settings are in SessionOpts (not Options, which is table configuration):
// Path "/" and MaxAge 30 days only (gormstore.go:48-49, 79-88); New copies
// the whole SessionOpts into each session (gormstore.go:110-113).
package gormstore

import (
	"net/http"

	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
	"gorm.io/gorm"
)

// Options is copied from gormstore.go:52-55 (table configuration).
type Options struct {
	TableName       string
	SkipCreateTable bool
}

// Store is copied from gormstore.go:58-63.
type Store struct {
	db          *gorm.DB
	opts        Options
	Codecs      []securecookie.Codec
	SessionOpts *sessions.Options
}

// New is NewOptions with empty Options (gormstore.go:74).
func New(db *gorm.DB, keyPairs ...[]byte) *Store {
	return NewOptions(db, Options{}, keyPairs...)
}

// NewOptions sets Path "/" and MaxAge 30 days (gormstore.go:79-88).
func NewOptions(db *gorm.DB, opts Options, keyPairs ...[]byte) *Store {
	return &Store{
		db:          db,
		opts:        opts,
		Codecs:      securecookie.CodecsFromPairs(keyPairs...),
		SessionOpts: &sessions.Options{Path: "/", MaxAge: 60 * 60 * 24 * 30},
	}
}

func (st *Store) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(st, name)
}

func (st *Store) New(r *http.Request, name string) (*sessions.Session, error) {
	session := sessions.NewSession(st, name)
	opts := *st.SessionOpts
	session.Options = &opts
	return session, nil
}

func (st *Store) Save(r *http.Request, w http.ResponseWriter, session *sessions.Session) error {
	return nil
}

// MaxAge sets SessionOpts.MaxAge and the codecs' (gormstore.go:207).
func (st *Store) MaxAge(age int) { st.SessionOpts.MaxAge = age }
