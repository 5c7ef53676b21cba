package gorilla

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// Login stores the user in the cookie session.
func Login(w http.ResponseWriter, r *http.Request) {
	sess, err := store.Get(r, "session")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sess.Values["user"] = r.FormValue("user")
	if err := sess.Save(r, w); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// Remember extends one session to 90 days.
func Remember(w http.ResponseWriter, r *http.Request) {
	sess, _ := fsStore.Get(r, "remember")
	sess.Options = &sessions.Options{ // want `sessions\.Options has no HttpOnly` `sessions\.Options has no SameSite` `sessions\.Options has no Secure`
		Path:   "/",
		MaxAge: 86400 * 90, // want `session cookie sessions\.Options lives 90d, longer than the 14d limit \(flag -max-age\)`
	}
	_ = sess.Save(r, w)
}

// Logout deletes the session cookie.
func Logout(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	sess.Options.MaxAge = -1
	_ = sessions.Save(r, w)
}

// Admin uses the admin store and marks the session Secure per request.
func Admin(w http.ResponseWriter, r *http.Request) {
	sess, _ := adminStore.Get(r, "admin")
	sess.Options.Secure = r.TLS != nil
	_ = sess.Save(r, w)
}

// API uses the helper-built store and the other backends.
func API(w http.ResponseWriter, r *http.Request) {
	for _, s := range []sessions.Store{apiStore, redisStore, memStore} {
		sess, _ := s.Get(r, "api")
		_ = s.Save(r, w, sess)
	}
	legacy, err := legacyStore()
	if err == nil {
		sess, _ := legacy.New(r, "legacy")
		_ = legacy.Save(r, w, sess)
	}
}

// Flash writes a one-off cookie built from gorilla Options.
func Flash(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, sessions.NewCookie("flash", "saved", &sessions.Options{Path: "/", MaxAge: 60})) // want `sessions\.Options has no HttpOnly` `sessions\.Options has no SameSite` `sessions\.Options has no Secure`
}
