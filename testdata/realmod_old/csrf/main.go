// Package csrf uses gorilla/csrf v1.6.2, whose Protect sets SameSiteDefaultMode: no
// SameSite attribute is sent (options.go:156, store.go:69); v1.7.0 made it Lax.
package csrf

import (
	"net/http"

	"github.com/gorilla/csrf"
)

// Handler protects the forms of h.
func Handler(key []byte, h http.Handler) http.Handler {
	protect := csrf.Protect(key, csrf.Path("/")) // want `csrf\.Protect \(github\.com/gorilla/csrf v1\.6\.2\) has no csrf\.SameSite option`
	return protect(h)
}

// Strict sets SameSite itself: nothing to report.
func Strict(key []byte, h http.Handler) http.Handler {
	return csrf.Protect(key, csrf.SameSite(csrf.SameSiteStrictMode))(h)
}
