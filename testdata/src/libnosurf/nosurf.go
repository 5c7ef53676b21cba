// Package libnosurf covers nosurf.New(h) without SetBaseCookie anywhere in the package
// (RULES.md, "Library models"): the base cookie is http.Cookie{MaxAge: 365 days}, so Secure
// and SameSite are reported at nosurf.New; HttpOnly and expiry are not (CSRF cookie).
package libnosurf

import (
	"net/http"

	"github.com/justinas/nosurf"
)

func routes(mux *http.ServeMux) http.Handler {
	handler := nosurf.New(mux) // want `nosurf\.New.*\bSecure\b` `nosurf\.New.*SameSite`
	handler.ExemptPath("/health")
	return handler
}

func wrap(h http.Handler) http.Handler {
	return nosurf.New(h) // want `nosurf\.New.*\bSecure\b` `nosurf\.New.*SameSite`
}

func failureHandler(h http.Handler) {
	ch := nosurf.New(h) // want `nosurf\.New.*\bSecure\b` `nosurf\.New.*SameSite`
	ch.SetFailureHandler(http.NotFoundHandler())
	http.Handle("/", ch)
}
