// Package base: SetBaseCookie in the package replaces nosurf's base cookie, so nosurf.New is
// not reported; the base cookie is judged as an http.Cookie that is a CSRF cookie (no
// httponly or expiry reports).
package base

import (
	"net/http"

	"github.com/justinas/nosurf"
)

var prod bool

func routes(mux *http.ServeMux) http.Handler {
	handler := nosurf.New(mux)                                                                  // ok: SetBaseCookie replaces the base cookie
	handler.SetBaseCookie(http.Cookie{Path: "/", Secure: true, SameSite: http.SameSiteLaxMode}) // ok: a CSRF cookie needs no HttpOnly; browser session
	return handler
}

func longLived(h http.Handler) http.Handler {
	handler := nosurf.New(h)                                                                                            // ok: SetBaseCookie replaces the base cookie
	handler.SetBaseCookie(http.Cookie{Path: "/", MaxAge: 86400 * 365, Secure: prod, SameSite: http.SameSiteStrictMode}) // ok: a CSRF cookie is exempt from expiry
	return handler
}

func incomplete(h http.Handler) http.Handler {
	handler := nosurf.New(h)                                      // ok: SetBaseCookie replaces the base cookie
	handler.SetBaseCookie(http.Cookie{Path: "/", HttpOnly: true}) // want `http\.Cookie.*\bSecure\b` `http\.Cookie.*SameSite`
	return handler
}

func explicitFalse(h http.Handler) http.Handler {
	handler := nosurf.New(h) // ok: SetBaseCookie replaces the base cookie
	handler.SetBaseCookie(http.Cookie{
		Name:     "csrf_token",
		Path:     "/",
		Secure:   false, // want `http\.Cookie.*\bSecure\b`
		HttpOnly: false,
		SameSite: http.SameSiteDefaultMode, // want `http\.Cookie.*SameSite`
	})
	return handler
}

func noneWithoutSecure(h http.Handler) http.Handler {
	handler := nosurf.New(h)           // ok: SetBaseCookie replaces the base cookie
	handler.SetBaseCookie(http.Cookie{ // ok: the None finding below covers the missing Secure
		Path:     "/",
		SameSite: http.SameSiteNoneMode, // want `http\.Cookie.*None`
	})
	return handler
}

// The base cookie built in a variable is still the CSRF cookie given to SetBaseCookie.
func viaVariable(h http.Handler) http.Handler {
	handler := nosurf.New(h)                                                                          // ok: SetBaseCookie replaces the base cookie
	base := http.Cookie{Path: "/", MaxAge: 86400 * 365, Secure: true, SameSite: http.SameSiteLaxMode} // ok: a CSRF cookie: no httponly or expiry
	handler.SetBaseCookie(base)
	return handler
}

// Without its own SetBaseCookie call: RULES.md asks for SetBaseCookie anywhere in the package.
func other(h http.Handler) http.Handler {
	return nosurf.New(h) // ok: SetBaseCookie is called in the package
}

// Prefix rules still apply to the base cookie.
func prefixed(h http.Handler) http.Handler {
	handler := nosurf.New(h)                                                                                            // ok: SetBaseCookie replaces the base cookie
	handler.SetBaseCookie(http.Cookie{Name: "__Host-csrf", Path: "/app", Secure: true, SameSite: http.SameSiteLaxMode}) // want `http\.Cookie.*__Host-`
	return handler
}
