// Package policy holds the app's SameSite policy, applied by cookieutil.
package policy

import "net/http"

// Apply sets SameSite on a cookie.
func Apply(c *http.Cookie) { // want Apply:`sets\(0: SameSite\)`
	c.SameSite = http.SameSiteLaxMode
}

// Describe reads a cookie and sets nothing: it has no fact.
func Describe(c *http.Cookie) string { return c.Name }
