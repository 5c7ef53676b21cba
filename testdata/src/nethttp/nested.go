package nethttp

import "net/http"

type response struct {
	Cookie  *http.Cookie
	Cookies []http.Cookie
}

func nested(w http.ResponseWriter) []*http.Cookie {
	resp := response{
		Cookie: &http.Cookie{Name: "in_struct", Secure: true, HttpOnly: true}, // want `"in_struct" has no SameSite`
		Cookies: []http.Cookie{
			{Name: "elided", Secure: true, SameSite: http.SameSiteLaxMode}, // want `"elided" has no HttpOnly`
		},
	}
	_ = resp
	m := map[string]*http.Cookie{"k": {Name: "in_map", HttpOnly: true, SameSite: http.SameSiteLaxMode}} // want `"in_map" has no Secure`
	_ = m
	return []*http.Cookie{
		{Name: "returned", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}, // ok
		&http.Cookie{Name: "returned2", Secure: true, HttpOnly: true},                    // want `"returned2" has no SameSite`
	}
}

func closures(w http.ResponseWriter) http.HandlerFunc {
	set := func(name string) {
		http.SetCookie(w, &http.Cookie{Name: name, Secure: true, SameSite: http.SameSiteLaxMode}) // want `http.Cookie has no HttpOnly`
	}
	set("x")
	return func(w http.ResponseWriter, r *http.Request) {
		c := &http.Cookie{Name: "closure", Secure: true, SameSite: http.SameSiteLaxMode} // ok: assigned in the closure
		c.HttpOnly = true
		http.SetCookie(w, c)
	}
}
