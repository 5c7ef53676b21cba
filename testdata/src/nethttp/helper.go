package nethttp

import "net/http"

// newCookie is completed by every caller: Secure and SameSite count as set.
func newCookie(name, value string) *http.Cookie {
	return &http.Cookie{Name: name, Value: value, HttpOnly: true} // ok: every caller sets Secure and SameSite
}

func useHelper(w http.ResponseWriter, r *http.Request) {
	c := newCookie("a", "b")
	c.Secure = r.TLS != nil
	c.SameSite = http.SameSiteLaxMode
	http.SetCookie(w, c)

	d := newCookie("c", "d")
	d.Secure = true
	d.SameSite = http.SameSiteStrictMode
	http.SetCookie(w, d)
}

// partialCookie's callers do not all set Secure.
func partialCookie() *http.Cookie {
	c := &http.Cookie{Name: "p", HttpOnly: true, SameSite: http.SameSiteLaxMode} // want `"p" has no Secure`
	return c
}

func usePartial(w http.ResponseWriter) {
	c := partialCookie()
	c.Secure = true
	http.SetCookie(w, c)
	http.SetCookie(w, partialCookie())
}

// NewExported is never called in this package: judged at the literal.
func NewExported() *http.Cookie {
	return &http.Cookie{Name: "e", HttpOnly: true, SameSite: http.SameSiteLaxMode} // want `"e" has no Secure`
}

// base is a package-level template: judged at the literal.
var base = http.Cookie{Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode} // want `http.Cookie has no Secure`

func fromTemplate(w http.ResponseWriter) {
	c := base
	c.Secure = true
	http.SetCookie(w, &c)
}

// complete completes every cookie given to it.
func complete(c *http.Cookie) *http.Cookie {
	c.Secure = true
	c.HttpOnly = true
	return c
}

func setHardened(w http.ResponseWriter, c *http.Cookie) {
	c.SameSite = http.SameSiteLaxMode
	http.SetCookie(w, complete(c))
}

func useHarden(w http.ResponseWriter) {
	setHardened(w, &http.Cookie{Name: "h1"}) // ok: setHardened and complete set everything
	c := &http.Cookie{Name: "h2"}            // ok: completed by setHardened (and complete through it)
	setHardened(w, c)
	http.SetCookie(w, complete(&http.Cookie{Name: "h3"})) // want `"h3" has no SameSite`
}
