// Package directives tests //cookiecheck:ignore: malformed directives, unused ones, and the
// statements a directive covers.
package directives

import "net/http"

// A malformed directive is an error and silences nothing.
func malformed(w http.ResponseWriter) {
	//cookiecheck:ignore secrue // want `//cookiecheck:ignore names unknown category "secrue" \(did you mean secure\?\), so it silences nothing: write categories of secure, httponly, samesite, expiry, prefix`
	http.SetCookie(w, &http.Cookie{Name: "a", HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"a" has no Secure`

	//cookiecheck:ignore legacy client reads it // want `names unknown category "legacy", so it silences nothing`
	http.SetCookie(w, &http.Cookie{Name: "b", Secure: true, SameSite: http.SameSiteLaxMode}) // want `"b" has no HttpOnly`

	//cookiecheck:ignore secure,HttpOnly // want `names unknown category "HttpOnly" \(did you mean httponly\?\)`
	http.SetCookie(w, &http.Cookie{Name: "c", SameSite: http.SameSiteLaxMode}) // want `"c" has no Secure` `"c" has no HttpOnly`

	//cookiecheck:ignore directive // want `names unknown category "directive"`
	http.SetCookie(w, &http.Cookie{Name: "d", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok

	//cookiecheck:ignor secure // want `//cookiecheck:ignor is not a cookiecheck directive, so it silences nothing: write //cookiecheck:ignore$`
	http.SetCookie(w, &http.Cookie{Name: "e", HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"e" has no Secure`

	// cookiecheck:ignore secure (not a directive: a space after //)
	http.SetCookie(w, &http.Cookie{Name: "f", HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"f" has no Secure`
}

// Well-formed directives: categories first, separated by commas, then an optional reason.
func wellFormed(w http.ResponseWriter) {
	//cookiecheck:ignore secure, httponly // ok: a space after a comma continues the list
	http.SetCookie(w, &http.Cookie{Name: "g", SameSite: http.SameSiteLaxMode})

	//cookiecheck:ignore // ok: no category silences every category; the reason follows //
	http.SetCookie(w, &http.Cookie{Name: "h"})

	http.SetCookie(w, &http.Cookie{Name: "i"}) //cookiecheck:ignore secure,httponly,samesite internal tool
}

// A directive that silences nothing is reported, and so is each category of it that does not.
func unused(w http.ResponseWriter) {
	//cookiecheck:ignore secure // want `//cookiecheck:ignore secure silences no finding: remove it \(or set -unused-directives=false\)`
	http.SetCookie(w, &http.Cookie{Name: "j", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})

	//cookiecheck:ignore secure,httponly,expiry // want `//cookiecheck:ignore secure,httponly,expiry silences no httponly or expiry finding: remove httponly and expiry from it`
	http.SetCookie(w, &http.Cookie{Name: "k", HttpOnly: true, SameSite: http.SameSiteLaxMode})

	//cookiecheck:ignore // want `//cookiecheck:ignore silences no finding: remove it`
	http.SetCookie(w, &http.Cookie{Name: "l", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})

	//cookiecheck:ignore secure // want `silences no finding`

	http.SetCookie(w, &http.Cookie{Name: "m", HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"m" has no Secure`
}

// A directive on the first line of a statement, on the line above it, or at the end of its
// last line covers the whole statement, so findings on later lines of a multi-line literal.
func statements(w http.ResponseWriter, token string) {
	//cookiecheck:ignore expiry,samesite the remember-me cookie, reviewed
	http.SetCookie(w, &http.Cookie{
		Name:     "remember_token",
		Value:    token,
		Secure:   true,
		HttpOnly: true,
		MaxAge:   90 * 86400,
		SameSite: http.SameSiteDefaultMode,
	})

	http.SetCookie(w, &http.Cookie{ //cookiecheck:ignore expiry reviewed
		Name:     "remember_token",
		Value:    token,
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
		MaxAge:   90 * 86400,
	})

	http.SetCookie(w, &http.Cookie{
		Name:     "remember_token",
		Value:    token,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
		MaxAge:   90 * 86400,
	}) //cookiecheck:ignore expiry,secure reviewed

	// The same statement without a directive, for contrast.
	http.SetCookie(w, &http.Cookie{ // want `"remember_token" has no Secure`
		Name:     "remember_token",
		Value:    token,
		HttpOnly: true,
		SameSite: http.SameSiteDefaultMode, // want `sets SameSite to http.SameSiteDefaultMode`
		MaxAge:   90 * 86400,               // want `session cookie http.Cookie "remember_token" lives 90d`
	})

	//cookiecheck:ignore httponly the widget's script reads it,
	// so it cannot be HttpOnly: a directive covers the statement below its comment block.
	http.SetCookie(w, &http.Cookie{Name: "widget", Secure: true, SameSite: http.SameSiteLaxMode})

	// A directive on a middle line covers its line and the next, not the whole statement.
	http.SetCookie(w, &http.Cookie{ // want `"mid" has no Secure`
		Name:     "mid", //cookiecheck:ignore secure // want `silences no finding`
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})

	// A directive above an if statement covers its header, not its body.
	//cookiecheck:ignore secure // want `silences no finding`
	if token != "" {
		http.SetCookie(w, &http.Cookie{Name: "body", HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"body" has no Secure`
	}

	// Nor does a directive above a statement cover a function literal's body in it.
	//cookiecheck:ignore secure // want `silences no finding`
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "inner", HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"inner" has no Secure`
	})
}

// A package-level declaration is covered like a statement.
//
//cookiecheck:ignore expiry long-lived by design
var remember = http.Cookie{
	Name:     "remember_me",
	Secure:   true,
	HttpOnly: true,
	SameSite: http.SameSiteLaxMode,
	MaxAge:   365 * 86400,
}

// A directive at the end of a line covers that line (and its statement), not the next one.
func trailing(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "n", HttpOnly: true, SameSite: http.SameSiteLaxMode}) //cookiecheck:ignore secure
	http.SetCookie(w, &http.Cookie{Name: "o", HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"o" has no Secure`

	var (
		p = &http.Cookie{Name: "p", HttpOnly: true, SameSite: http.SameSiteLaxMode} //cookiecheck:ignore secure
		q = &http.Cookie{Name: "q", HttpOnly: true, SameSite: http.SameSiteLaxMode} // want `"q" has no Secure`
	)
	http.SetCookie(w, p)
	http.SetCookie(w, q)
}
