// Package gorilla uses gorilla/sessions v1.2.2, whose NewCookieStore leaves Secure off and
// sends no SameSite (store.go:48-59): the module cache path names the version.
package gorilla

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY"))) // want `sessions\.NewCookieStore \(github\.com/gorilla/sessions v1\.2\.2\) leaves Secure off by default \(set Options\.Secure to true\)` `sessions\.NewCookieStore \(github\.com/gorilla/sessions v1\.2\.2\) sends no SameSite attribute`

func init() {
	store.Options.HttpOnly = true
	store.MaxAge(8 * 3600)
}

// Login saves the user in the session.
func Login(w http.ResponseWriter, r *http.Request) {
	sess, err := store.Get(r, "app-session")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sess.Values["user"] = r.FormValue("user")
	if err := sess.Save(r, w); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// adminStore is configured completely: nothing to report on any version.
func adminStore(key []byte) *sessions.CookieStore {
	s := sessions.NewCookieStore(key)
	s.Options.Secure = true
	s.Options.HttpOnly = true
	s.Options.SameSite = http.SameSiteStrictMode
	s.MaxAge(3600)
	return s
}
