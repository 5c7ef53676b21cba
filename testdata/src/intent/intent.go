// Package intent tests that fixes respect intent: HttpOnly turned off on purpose and named
// constants are reported without a fix; a literal false for Secure is fixed.
package intent

import (
	"net/http"

	config "example.com/appconfig"
)

const (
	secureCookies = false
	scriptable    = false
	noSameSite    = http.SameSiteDefaultMode
	appPath       = "/app"
)

func literals(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "a", Secure: false, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"a" sets Secure to false: browsers send it over plain HTTP, where it can be read and stolen$`

	http.SetCookie(w, &http.Cookie{Name: "b", Secure: true, HttpOnly: false, SameSite: http.SameSiteLaxMode}) // want `"b" sets HttpOnly to false: scripts can read it, so an XSS flaw can steal it \(not fixed automatically, as scripts may need to read it: set HttpOnly to true, or keep it and add //cookiecheck:ignore httponly\)$`

	c := &http.Cookie{Name: "c", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	c.HttpOnly = false // want `"c" sets HttpOnly to false: .*\(not fixed automatically, as scripts may need to read it`
	http.SetCookie(w, c)
}

func named(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "d", Secure: secureCookies, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"d" sets Secure to secureCookies \(a constant false\): browsers send it over plain HTTP, where it can be read and stolen \(not fixed automatically, as secureCookies is a named constant: change it, or set Secure to true here\)$`

	http.SetCookie(w, &http.Cookie{Name: "e", Secure: config.SecureCookies, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"e" sets Secure to config.SecureCookies \(a constant false\): .*as config.SecureCookies is a named constant`

	http.SetCookie(w, &http.Cookie{Name: "f", Secure: !config.SecureCookies, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // ok: constant true

	http.SetCookie(w, &http.Cookie{Name: "g", Secure: true, HttpOnly: scriptable, SameSite: http.SameSiteLaxMode}) // want `"g" sets HttpOnly to scriptable \(a constant false\): .*as scripts may need to read it`

	http.SetCookie(w, &http.Cookie{Name: "h", Secure: true, HttpOnly: true, SameSite: noSameSite}) // want `"h" sets SameSite to noSameSite, which sends no SameSite attribute: .*\(not fixed automatically, as noSameSite is a named constant: change it, or set SameSite to Lax or Strict here\)$`

	http.SetCookie(w, &http.Cookie{Name: "i", Secure: true, HttpOnly: true, SameSite: http.SameSiteDefaultMode}) // want `"i" sets SameSite to http.SameSiteDefaultMode, which sends no SameSite attribute: browsers without a Lax default send it on cross-site requests \(CSRF\)$`
}

func prefixed(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "__Host-j", Path: "/", Secure: secureCookies, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"__Host-j" breaks the __Host- prefix rules \(Secure set to secureCookies\): browsers reject the cookie \(by hand: change the constant secureCookies, or set Secure to true here\)$`

	http.SetCookie(w, &http.Cookie{Name: "__Host-k", Path: "/", Secure: false, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"__Host-k" breaks the __Host- prefix rules \(Secure set to false\): browsers reject the cookie$`

	http.SetCookie(w, &http.Cookie{Name: "__Host-l", Path: appPath, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `"__Host-l" breaks the __Host- prefix rules \(no Path "/"\): browsers reject the cookie \(by hand: change the constant appPath, or set Path to "/" here\)$`

	http.SetCookie(w, &http.Cookie{Name: "__Host-m", Path: appPath, Domain: "example.com", HttpOnly: true, SameSite: http.SameSiteNoneMode}) // want `"__Host-m" breaks the __Host- prefix rules \(no Secure, a Domain, no Path "/"\): browsers reject the cookie \(by hand: remove Domain, and change the constant appPath, or set Path to "/" here\)$`
}
