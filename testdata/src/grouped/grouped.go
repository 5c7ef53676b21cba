// Package grouped is analyzed with -group-by-line, as the golangci-lint plugin does: the
// findings of a line become one diagnostic with one fix.
package grouped

import "net/http"

const insecure = false

// Three missing attributes at one position: one diagnostic, one fix with three insertions.
func login(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: token, Path: "/"}) // want `^http.Cookie "session" has no HttpOnly: scripts can read it, so an XSS flaw can steal it; has no SameSite: browsers without a Lax default send it on cross-site requests \(CSRF\); has no Secure: browsers send it over plain HTTP, where it can be read and stolen$`
}

// Findings on different lines stay apart, each at its own line.
func theme(w http.ResponseWriter, r *http.Request) {
	c := &http.Cookie{Name: "theme", Value: r.FormValue("theme"), SameSite: http.SameSiteDefaultMode} // want `^http.Cookie "theme" has no HttpOnly: .*; sets SameSite to http.SameSiteDefaultMode, which sends no SameSite attribute: .*\(CSRF\)$`
	c.Secure = false                                                                                  // want `^http.Cookie "theme" sets Secure to false: browsers send it over plain HTTP, where it can be read and stolen$`
	http.SetCookie(w, c)
}

// A multi-line literal: the missing attributes at its type, the lifetime at its field.
func remember(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{ // want `^http.Cookie "remember_token" has no SameSite: .*; has no Secure: .*$`
		Name:     "remember_token",
		Value:    token,
		HttpOnly: true,
		MaxAge:   90 * 86400, // want `^session cookie http.Cookie "remember_token" lives 90d, longer than the 14d limit \(flag -max-age\): no automatic fix, choose a shorter lifetime$`
	})
}

// Two cookies on one line, a prefix and a named constant: every finding of the line, with
// the declaration of the constant in the message (golangci-lint makes an issue of its own
// of each related position).
func two(w http.ResponseWriter) {
	a, b := &http.Cookie{Name: "__Host-a", HttpOnly: true, SameSite: http.SameSiteNoneMode}, &http.Cookie{Name: "b", Secure: insecure, HttpOnly: true, SameSite: http.SameSiteLaxMode} // want `^http.Cookie "__Host-a" breaks the __Host- prefix rules \(no Secure, no Path "/"\): browsers reject the cookie; http.Cookie "b" sets Secure to insecure \(a constant false\): .* \(not fixed automatically, as insecure is a named constant: change it, or set Secure to true here\) \(insecure is declared at grouped.go:7\)$`
	http.SetCookie(w, a)
	http.SetCookie(w, b)
}

// A directive that silences some findings of a line; the others and the directive's own
// problem are one diagnostic.
func directive(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "prefs"}) //cookiecheck:ignore secure,expiry // want `^http.Cookie "prefs" has no HttpOnly: .*; has no SameSite: .*; //cookiecheck:ignore secure,expiry silences no expiry finding: remove expiry from it \(or set -unused-directives=false\)$`
}
