package nethttp

import "net/http"

func prefixes(w http.ResponseWriter, domain string) {
	http.SetCookie(w, &http.Cookie{Name: "__Host-ok", Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok

	http.SetCookie(w, &http.Cookie{Name: "__Host-a", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"__Host-a" breaks the __Host- prefix rules \(no Path "/"\)`

	http.SetCookie(w, &http.Cookie{Name: "__Host-b", Path: "/app", Domain: "example.com", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `\(a Domain, no Path "/"\)`

	http.SetCookie(w, &http.Cookie{Name: "__Secure-c", HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"__Secure-c" breaks the __Secure- prefix rules \(no Secure\)`

	http.SetCookie(w, &http.Cookie{Name: "__Secure-d", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok

	http.SetCookie(w, &http.Cookie{Name: "__Host-e", Path: "/", Domain: domain, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: Domain not constant
}
