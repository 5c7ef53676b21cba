// Package scs uses alexedwards/scs session managers.
package scs

import (
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
)

// sessionManager is the main manager; it is hardened in init.
var sessionManager *scs.SessionManager

// adminManager keeps the scs defaults (Secure false).
var adminManager = scs.New() // want `scs\.New leaves Secure off by default \(set Cookie\.Secure to true\)`

func init() {
	sessionManager = scs.New()
	sessionManager.Lifetime = 12 * time.Hour
	sessionManager.IdleTimeout = 20 * time.Minute
	sessionManager.Cookie.Name = "session_id"
	sessionManager.Cookie.Secure = true
	sessionManager.Cookie.SameSite = http.SameSiteStrictMode
}

// newRememberManager makes a long-lived manager through a helper.
func newRememberManager() *scs.SessionManager {
	sm := scs.New()                            // ok: the None finding below covers the missing Secure
	sm.Lifetime = 90 * 24 * time.Hour          // want `session cookie scs\.New lives 90d, longer than the 14d limit \(flag -max-age\)`
	sm.Cookie.HttpOnly = false                 // want `scs\.New sets Cookie\.HttpOnly to false`
	sm.Cookie.SameSite = http.SameSiteNoneMode // want `scs\.New sets Cookie\.SameSite to None without Secure`
	return sm
}

// Routes wires the managers into a mux.
func Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/put", put)
	mux.HandleFunc("/get", get)
	mux.HandleFunc("/login", login)

	remember := newRememberManager()
	var legacy *scs.Session = scs.NewSession()
	legacy.Cookie.Persist = false

	h := sessionManager.LoadAndSave(mux)
	h = adminManager.LoadAndSave(h)
	h = remember.LoadAndSave(h)
	return legacy.LoadAndSave(h)
}

func put(w http.ResponseWriter, r *http.Request) {
	sessionManager.Put(r.Context(), "message", "Hello from a session!")
}

func get(w http.ResponseWriter, r *http.Request) {
	msg := sessionManager.GetString(r.Context(), "message")
	_, _ = w.Write([]byte(msg))
}

func login(w http.ResponseWriter, r *http.Request) {
	if err := sessionManager.RenewToken(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sessionManager.Put(r.Context(), "userID", 42)
	adminManager.Put(r.Context(), "admin", true)
}
