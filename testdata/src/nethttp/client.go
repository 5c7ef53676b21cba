package nethttp

import (
	"net/http"
	"net/http/cookiejar"
	"net/url"
)

// Client-side cookies are sent to servers, not browsers: never reported.
func client(req *http.Request, jar *cookiejar.Jar, u *url.URL, j http.CookieJar) {
	req.AddCookie(&http.Cookie{Name: "session", Value: "v"}) // ok: client side

	c := &http.Cookie{Name: "token", Value: "v"} // ok: only given to AddCookie
	c.Path = "/"
	req.AddCookie(c)

	jar.SetCookies(u, []*http.Cookie{{Name: "sid", Value: "v"}}) // ok: jar
	j.SetCookies(u, []*http.Cookie{&http.Cookie{Name: "sid"}})   // ok: jar interface

	both := &http.Cookie{Name: "both"} // want `has no Secure` `has no HttpOnly` `has no SameSite`
	req.AddCookie(both)
	serve(both)
}

func serve(c *http.Cookie) {}
