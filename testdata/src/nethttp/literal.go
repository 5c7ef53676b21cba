package nethttp

import (
	"net/http"
)

func literals(w http.ResponseWriter, r *http.Request, secure bool) {
	http.SetCookie(w, &http.Cookie{Name: "a", Value: "v"}) // want `http.Cookie "a" has no Secure` `http.Cookie "a" has no HttpOnly` `http.Cookie "a" has no SameSite`

	http.SetCookie(w, &http.Cookie{Name: "ok", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: all set

	http.SetCookie(w, &http.Cookie{Name: "strict", Secure: true, HttpOnly: true, SameSite: http.SameSiteStrictMode}) // ok: Strict

	http.SetCookie(w, &http.Cookie{Name: "f", Secure: false, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `http.Cookie "f" sets Secure to false`

	http.SetCookie(w, &http.Cookie{Name: "h", Secure: true, HttpOnly: false, SameSite: http.SameSiteLaxMode}) // want `sets HttpOnly to false`

	http.SetCookie(w, &http.Cookie{Name: "dyn", Secure: secure, HttpOnly: r.TLS != nil, SameSite: sameSite()}) // ok: non-constant values count as set

	http.SetCookie(w, &http.Cookie{Name: "neg", Secure: !secure, HttpOnly: !!true, SameSite: http.SameSiteLaxMode}) // ok: !secure is not constant

	http.SetCookie(w, &http.Cookie{Name: "not", Secure: !true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `sets Secure to !true`

	http.SetCookie(w, &http.Cookie{Name: "dm", Secure: true, HttpOnly: true, SameSite: http.SameSiteDefaultMode}) // want `sets SameSite to http.SameSiteDefaultMode, which sends no SameSite attribute`

	http.SetCookie(w, &http.Cookie{Name: "zero", Secure: true, HttpOnly: true, SameSite: 0}) // want `sets SameSite to 0, which sends no SameSite attribute`

	http.SetCookie(w, &http.Cookie{Name: "none", HttpOnly: true, SameSite: http.SameSiteNoneMode}) // want `sets SameSite to None without Secure`

	http.SetCookie(w, &http.Cookie{Name: "none2", Secure: true, HttpOnly: true, SameSite: http.SameSiteNoneMode}) // ok: None with Secure is a choice

	http.SetCookie(w, &http.Cookie{Name: "part", Partitioned: true, HttpOnly: true, SameSite: http.SameSiteNoneMode}) // want `None without Secure`

	c := http.Cookie{Name: "value", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode} // ok: value literal
	http.SetCookie(w, &c)

	p := &http.Cookie{ // want `"multi" has no HttpOnly`
		Name:     "multi",
		Value:    "v",
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	}
	http.SetCookie(w, p)
}

func sameSite() http.SameSite { return http.SameSiteLaxMode }

// Unkeyed literals set fields by position.
func unkeyed() *http.Cookie {
	return &http.Cookie{"u", "v", false, "/", "", zeroTime, "", 0, true, true, http.SameSiteLaxMode, false, "", nil} // ok: all set by position
}
