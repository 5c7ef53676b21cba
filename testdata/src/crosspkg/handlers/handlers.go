// Package handlers builds cookies and leaves their policy to cookieutil.
package handlers

import (
	"net/http"

	"crosspkg/cookieutil"
	"crosspkg/policy"

	"github.com/gorilla/sessions"
)

func login(w http.ResponseWriter) {
	c := &http.Cookie{Name: "sid", Value: "v"} // ok: cookieutil.Harden sets Secure, HttpOnly and SameSite
	cookieutil.Harden(c)
	http.SetCookie(w, c)

	http.SetCookie(w, cookieutil.Harden(&http.Cookie{Name: "sid2", Value: "v"})) // ok: hardened where it is built

	d := &http.Cookie{Name: "theme", Value: "dark", HttpOnly: true} // want `"theme" has no SameSite`
	cookieutil.SecureOnly(d)
	http.SetCookie(w, d)

	e := &http.Cookie{Name: "lang", Value: "en"} // want `"lang" has no Secure` `"lang" has no HttpOnly` `"lang" has no SameSite`
	cookieutil.Send(w, e)

	f := &http.Cookie{Name: "pref", HttpOnly: true} // want `"pref" has no Secure`
	policy.Apply(f)
	_ = policy.Describe(f)
	http.SetCookie(w, f)

	g := &http.Cookie{Name: "debug", HttpOnly: true, SameSite: http.SameSiteLaxMode} // ok: cookieutil.Insecure sets Secure (reported there)
	cookieutil.Insecure(g)
	http.SetCookie(w, g)
}

func stores() {
	store := sessions.NewCookieStore([]byte("k")) // ok: hardened through its Options, lifetime set
	cookieutil.HardenOptions(store.Options)
	store.MaxAge(3600)

	whole := sessions.NewFilesystemStore("", []byte("k")) // ok: HardenStore sets everything
	cookieutil.HardenStore(nil)
	_ = whole
	cookieutil.HardenOptions(whole.Options)
	whole.MaxAge(7200)

	half := sessions.NewFilesystemStore("", []byte("k")) // want `sessions.NewFilesystemStore leaves Secure off by default` `leaves HttpOnly off by default` `sends no SameSite attribute` `lives 30d by default`
	_ = half

	other := sessions.NewCookieStore([]byte("k")) // ok: hardened by HardenStore, lifetime too
	cookieutil.HardenStore(other)
}
