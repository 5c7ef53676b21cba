// Package cookieutil is an app's cookie policy in a package of its own.
package cookieutil

import (
	"net/http"

	"crosspkg/policy"

	"github.com/gorilla/sessions"
)

// Harden sets Secure and HttpOnly itself and SameSite through policy.Apply.
func Harden(c *http.Cookie) *http.Cookie { // want Harden:`sets\(0: HttpOnly SameSite Secure\)`
	c.Secure = true
	c.HttpOnly = true
	policy.Apply(c)
	return c
}

// SecureOnly sets Secure through an unexported helper.
func SecureOnly(c *http.Cookie) { // want SecureOnly:`sets\(0: Secure\)`
	setSecure(c)
}

func setSecure(c *http.Cookie) { c.Secure = true }

// Send only passes the cookie on: it sets nothing and has no fact.
func Send(w http.ResponseWriter, c *http.Cookie) {
	http.SetCookie(w, c)
}

// HardenOptions hardens a gorilla store's options.
func HardenOptions(o *sessions.Options) { // want HardenOptions:`sets\(0: HttpOnly SameSite Secure\)`
	o.Secure = true
	o.HttpOnly = true
	o.SameSite = http.SameSiteStrictMode
}

// HardenStore hardens a store through its options and sets its lifetime.
func HardenStore(s *sessions.CookieStore) { // want HardenStore:`sets\(0: MaxAge\(\) Options.HttpOnly Options.SameSite Options.Secure\)`
	HardenOptions(s.Options)
	s.MaxAge(3600)
}

// Insecure turns Secure off: reported here, and the caller's cookie counts as set.
func Insecure(c *http.Cookie) { // want Insecure:`sets\(0: Secure\)`
	c.Secure = false // want `http.Cookie sets Secure to false`
}

type wrapper struct{ c *http.Cookie }

// Wrapped sets Secure on the cookie of a value of the package's own type: no fact for a
// parameter that is not a library type.
func Wrapped(w *wrapper) { w.c.Secure = true }
