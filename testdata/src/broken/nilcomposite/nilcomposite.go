// Package nilcomposite holds nil cookies and composite types of cookies.
package nilcomposite

import "net/http"

var (
	none    *http.Cookie                                                                                       // ok: nil
	nilLit  = []*http.Cookie{nil, nil}                                                                         // ok: no cookie
	nilMap  = map[string]*http.Cookie{"a": nil}                                                                // ok: no cookie
	arr     [2]http.Cookie                                                                                     // ok: the zero value is not a carrier declaration
	ptrs    = [...]*http.Cookie{nil, {Name: "e", Secure: true, HttpOnly: true}}                                // want `http.Cookie "e" has no SameSite`
	structs = map[http.Cookie]int{}                                                                            // ok: not comparable, a type error
	chans   = make(chan http.Cookie)                                                                           // ok
	fn      func(http.Cookie) http.Cookie                                                                      // ok
	nested  = [][]*http.Cookie{{{Name: "deep", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}}} // ok
	typed   = (*http.Cookie)(nil)                                                                              // ok
)

func set(w http.ResponseWriter) {
	var c *http.Cookie = nil
	c.Secure = false                     // want `http.Cookie sets Secure to false`
	(*http.Cookie)(nil).HttpOnly = false // want `http.Cookie sets HttpOnly to false`
	http.SetCookie(w, c)
	http.SetCookie(w, nil)
	var s []http.Cookie
	s[0].Secure = false                       // want `http.Cookie sets Secure to false`
	m := map[string]http.Cookie{"k": {}}      // want `has no Secure` `has no HttpOnly` `has no SameSite`
	m["k"].Secure = false                     // want `http.Cookie sets Secure to false`
	_ = http.Cookie{}.Secure                  // ok: never sent, a field read
	_ = (&http.Cookie{Name: nil, Value: nil}) // want `has no Secure` `has no HttpOnly` `has no SameSite`
	var iface any = http.Cookie{}             // want `has no Secure` `has no HttpOnly` `has no SameSite`
	iface.(http.Cookie).Secure = false        // want `http.Cookie sets Secure to false`
	_ = new()
	_ = new(http.Cookie, 1)
	_ = new(nil)
}
