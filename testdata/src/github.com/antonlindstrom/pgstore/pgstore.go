// Stub of github.com/antonlindstrom/pgstore@v0.0.0-20220421113606-e3a6e3fed12a: only the API cookiecheck reads.

// Package pgstore is a stub of the PostgreSQL gorilla/sessions store. Both
// constructors set Path "/" and MaxAge 30 days only (pgstore.go:52-60); New
// copies the whole Options into each session (pgstore.go:83-91).
package pgstore

import (
	"database/sql"
	"net/http"

	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

// PGStore is copied from pgstore.go:18-23.
type PGStore struct {
	Codecs  []securecookie.Codec
	Options *sessions.Options
	Path    string
	DbPool  *sql.DB
}

// NewPGStore opens the database and calls NewPGStoreFromPool (pgstore.go:40).
func NewPGStore(dbURL string, keyPairs ...[]byte) (*PGStore, error) {
	db, err := sql.Open("postgres", dbURL)
	if err != nil {
		return nil, err
	}
	return NewPGStoreFromPool(db, keyPairs...)
}

// NewPGStoreFromPool sets Path "/" and MaxAge 30 days (pgstore.go:52-60).
func NewPGStoreFromPool(db *sql.DB, keyPairs ...[]byte) (*PGStore, error) {
	return &PGStore{
		Codecs:  securecookie.CodecsFromPairs(keyPairs...),
		Options: &sessions.Options{Path: "/", MaxAge: 86400 * 30},
		DbPool:  db,
	}, nil
}

func (db *PGStore) Close() {}

func (db *PGStore) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(db, name)
}

func (db *PGStore) New(r *http.Request, name string) (*sessions.Session, error) {
	session := sessions.NewSession(db, name)
	opts := *db.Options
	session.Options = &opts
	return session, nil
}

func (db *PGStore) Save(r *http.Request, w http.ResponseWriter, session *sessions.Session) error {
	return nil
}

// MaxAge sets Options.MaxAge and the codecs' (pgstore.go:159).
func (db *PGStore) MaxAge(age int) { db.Options.MaxAge = age }
