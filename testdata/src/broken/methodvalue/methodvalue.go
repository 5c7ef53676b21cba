// Package methodvalue passes cookies through method values and method expressions.
package methodvalue

import "net/http"

func set(w http.ResponseWriter, r *http.Request) {
	// Method values and expressions of client-side calls are not followed: the cookie is judged.
	add := r.AddCookie
	add(&http.Cookie{Name: "mv", Secure: true, HttpOnly: true}) // want `has no SameSite`
	expr := (*http.Request).AddCookie
	expr(r, &http.Cookie{Name: "me", Secure: true, HttpOnly: true}) // want `has no SameSite`

	// Method values of a cookie.
	c := &http.Cookie{Name: "s", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	str := c.String
	valid := (*http.Cookie).Valid
	_, _ = str(), valid(c)
	http.SetCookie(w, c)

	// A func-typed variable and a func literal returning cookies.
	var mk func() *http.Cookie
	mk().Secure = false // want `http.Cookie sets Secure to false`
	lit := func() *http.Cookie { return &http.Cookie{Name: "lit", Secure: true, HttpOnly: true} } // want `has no SameSite`
	http.SetCookie(w, lit())

	// Calling a non-function.
	c.Name()
	http.SetCookie(w)
	http.SetCookie(w, &http.Cookie{Name: "extra", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}, 1)
	r.AddCookie()
	r.AddCookie(nil, &http.Cookie{Name: "cl"}) // ok: given to a client-side call
}

type jar struct{}

// SetCookies has a method of that name but the wrong signature: not a CookieJar.
func (jar) SetCookies(cs []*http.Cookie) {}

func notAJar(j jar) {
	j.SetCookies([]*http.Cookie{{Name: "nj", Secure: true, HttpOnly: true}}) // want `has no SameSite`
}
