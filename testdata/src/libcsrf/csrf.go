// Package libcsrf covers gorilla/csrf's csrf.Protect(key, opts...) (RULES.md, "Library
// models"): Secure, HttpOnly, Lax and 12 h by default, so only explicit csrf.Secure(false),
// SameSite None with Secure(false) and SameSiteDefaultMode are reported; a CSRF cookie is
// exempt from httponly and expiry.
package libcsrf

import (
	"net/http"

	"github.com/gorilla/csrf"
)

var key = []byte("32-byte-long-auth-key-0123456789")

var prod bool

func middleware(h http.Handler) {
	_ = csrf.Protect(key)(h) // ok: secure defaults

	_ = csrf.Protect(key, csrf.Secure(false)) // want `csrf\.Protect.*\bSecure\b`

	_ = csrf.Protect(key, csrf.Secure(!prod)) // ok: non-constant

	_ = csrf.Protect(key, csrf.Secure(true), csrf.HttpOnly(true), csrf.SameSite(csrf.SameSiteStrictMode), csrf.Path("/")) // ok: explicit secure settings

	_ = csrf.Protect(key, csrf.SameSite(csrf.SameSiteNoneMode)) // ok: None with the Secure default

	_ = csrf.Protect(key, csrf.SameSite(csrf.SameSiteNoneMode), csrf.Secure(true)) // ok: None with Secure

	_ = csrf.Protect(key,
		csrf.SameSite(csrf.SameSiteNoneMode), // ok: csrf.Secure(false) is the one finding
		csrf.Secure(false),                   // want `csrf\.Protect.*\bSecure\b`
	)

	_ = csrf.Protect(key, csrf.SameSite(csrf.SameSiteDefaultMode)) // want `csrf\.Protect.*SameSite`

	_ = csrf.Protect(key, csrf.SameSite(csrf.SameSiteLaxMode)) // ok: Lax

	_ = csrf.Protect(key, csrf.HttpOnly(false)) // ok: CSRF token cookies are exempt from httponly

	_ = csrf.Protect(key, csrf.MaxAge(86400*365)) // ok: CSRF token cookies are exempt from expiry

	_ = csrf.Protect(key, csrf.MaxAge(0), csrf.CookieName("_gorilla_csrf")) // ok: session-only cookie

	_ = csrf.Protect(key, csrf.MaxAge(-1)) // ok: reset to 12h by Protect

	// Protect resets a negative MaxAge to 12h (csrf.go:170-172): not a deletion cookie.
	_ = csrf.Protect(key, csrf.MaxAge(-1), csrf.Secure(false)) // want `csrf\.Protect.*\bSecure\b`
}

// Options built in a slice.
func sliceOptions(h http.Handler) {
	insecure := []csrf.Option{
		csrf.Secure(false), // want `\bSecure\b.*false`
		csrf.Path("/"),
	}
	_ = csrf.Protect(key, insecure...)

	safe := []csrf.Option{csrf.HttpOnly(false), csrf.Secure(true), csrf.MaxAge(86400 * 30)} // ok: HttpOnly and expiry exempt, Secure true
	_ = csrf.Protect(key, safe...)

	var opts []csrf.Option
	opts = append(opts, csrf.Secure(false)) // want `\bSecure\b.*false`
	if prod {
		opts = append(opts, csrf.Secure(prod)) // ok: non-constant
	}
	_ = csrf.Protect(key, opts...)

	noSameSite := []csrf.Option{csrf.SameSite(csrf.SameSiteDefaultMode)} // want `SameSite.*SameSiteDefaultMode`
	_ = csrf.Protect(key, noSameSite...)
}

// The __Host- prefix applies to CSRF cookies too; gorilla/csrf's Path defaults to "".
func prefix() {
	_ = csrf.Protect(key, csrf.CookieName("__Host-csrf"), csrf.Path("/"))                             // ok: Secure by default, no Domain, Path "/"
	_ = csrf.Protect(key, csrf.CookieName("__Host-csrf"), csrf.Path("/"), csrf.Domain("example.com")) // want `csrf\.Protect.*__Host-`
	_ = csrf.Protect(key, csrf.CookieName("__Secure-csrf"), csrf.Secure(false))                       // want `csrf\.Protect.*__Secure- prefix rules \(csrf.Secure option set to false\)`
}
