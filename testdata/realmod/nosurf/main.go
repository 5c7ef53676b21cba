// Package nosurf wraps handlers with justinas/nosurf.
package nosurf

import (
	"fmt"
	"net/http"

	"github.com/justinas/nosurf"
)

func form(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, `<input type="hidden" name="csrf_token" value="%s">`, nosurf.Token(r))
}

// Default uses the nosurf base cookie (Secure false, one year).
func Default() http.Handler {
	return nosurf.New(http.HandlerFunc(form))
}

// Hardened replaces the base cookie.
func Hardened() http.Handler {
	h := nosurf.New(http.HandlerFunc(form))
	h.SetBaseCookie(http.Cookie{
		Path:     "/",
		MaxAge:   3600,
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
	h.SetFailureHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, nosurf.Reason(r).Error(), http.StatusBadRequest)
	}))
	h.ExemptPath("/webhook")
	return h
}

// Pure uses the interface-returning constructor.
func Pure() http.Handler {
	return nosurf.NewPure(http.HandlerFunc(form)) // want `nosurf\.NewPure leaves Secure off by default \(configure it with nosurf\.New\(h\) and h\.SetBaseCookie\(http\.Cookie\{\.\.\.\}\) and set Secure to true\)` `nosurf\.NewPure sends no SameSite attribute \(configure it with nosurf\.New\(h\) and h\.SetBaseCookie\(http\.Cookie\{\.\.\.\}\) and set SameSite with Lax or Strict\)`
}
