package fixes

import "net/http"

const off = false

func values(w http.ResponseWriter, secure bool) {
	http.SetCookie(w, &http.Cookie{Name: "f", Secure: false, HttpOnly: off, SameSite: http.SameSiteDefaultMode}) // want `sets Secure to false` `sets HttpOnly to off` `sets SameSite to http.SameSiteDefaultMode`

	c := &http.Cookie{Name: "g", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	c.Secure = false // want `sets Secure to false`
	c.SameSite = 0   // want `sets SameSite to 0`
	http.SetCookie(w, c)

	http.SetCookie(w, &http.Cookie{Name: "n", HttpOnly: true, SameSite: http.SameSiteNoneMode}) // want `None without Secure`

	http.SetCookie(w, &http.Cookie{Name: "n", HttpOnly: true, Secure: secure, SameSite: http.SameSiteDefaultMode}) // want `which sends no SameSite attribute`

	http.SetCookie(w, &http.Cookie{Name: "__Host-x", Path: "/x", HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `breaks the __Host- prefix rules \(no Secure, no Path "/"\)`

	http.SetCookie(w, &http.Cookie{Name: "__Host-y", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `breaks the __Host- prefix rules \(no Path "/"\)`
}
