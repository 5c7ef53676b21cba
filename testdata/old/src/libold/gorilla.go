// Package libold holds cookiecheck's cases for libraries at releases whose defaults differ
// from the newest ones. The stubs beside it (testdata/old/src) are of those releases and live
// in a GOPATH, where the module version cannot be read from file names: the probe of each
// release decides (RULES.md "Versions").
package libold

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// gorilla/sessions v1.2.2: NewCookieStore sets only Path "/" and MaxAge 30 days
// (store.go:48-59). Without Options.Partitioned (v1.4.0) the package is older than v1.4.0.
func cookieStores(key []byte) {
	sessions.NewCookieStore(key) // want `sessions\.NewCookieStore \(github\.com/gorilla/sessions before v1\.4\.0\) leaves Secure off by default \(set Options\.Secure to true\)` `sessions\.NewCookieStore \(github\.com/gorilla/sessions before v1\.4\.0\) leaves HttpOnly off by default` `sessions\.NewCookieStore \(github\.com/gorilla/sessions before v1\.4\.0\) sends no SameSite attribute` `session cookie sessions\.NewCookieStore \(github\.com/gorilla/sessions before v1\.4\.0\) lives 30d by default`

	hardened := sessions.NewCookieStore(key) // ok: every attribute is set below
	hardened.Options.Secure = true
	hardened.Options.HttpOnly = true
	hardened.Options.SameSite = http.SameSiteLaxMode
	hardened.MaxAge(3600)

	replaced := sessions.NewCookieStore(key) // ok: its Options are replaced, and the literal is judged
	replaced.Options = &sessions.Options{Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteStrictMode}

	// The same defaults as the FilesystemStore of every version.
	fs := sessions.NewFilesystemStore("", key) // want `sessions\.NewFilesystemStore leaves Secure off by default` `sessions\.NewFilesystemStore sends no SameSite attribute`
	fs.Options.HttpOnly = true
	fs.MaxAge(3600)
}
