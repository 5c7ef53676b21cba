// want package:`Secure of http.Cookie "session" from server.Options.SecureCookie; HttpOnly of http.Cookie "session" from server.Options.HTTPOnly; Secure of http.Cookie "token" from server.Options.TokenSecure; Secure of http.Cookie "csrf" from server.Options.CSRFSecure`

// Package server takes its cookie settings from Options, whose defaults are declared by the
// command that imports it (package cmd): it cannot judge them and passes them on as uses.
package server

import "net/http"

// Options are set by the command.
type Options struct {
	SecureCookie bool
	HTTPOnly     bool
	TokenSecure  bool
	CSRFSecure   bool
}

func Login(w http.ResponseWriter, o *Options) {
	http.SetCookie(w, &http.Cookie{Name: "session", Secure: o.SecureCookie, HttpOnly: o.HTTPOnly, SameSite: http.SameSiteLaxMode}) // ok: judged where the flags are declared
	http.SetCookie(w, &http.Cookie{Name: "token", Secure: o.TokenSecure, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	http.SetCookie(w, &http.Cookie{Name: "csrf", Secure: o.CSRFSecure, HttpOnly: true, SameSite: http.SameSiteLaxMode})
}
