package disable

import "net/http"

// With -disable=secure,samesite only httponly, expiry and prefix remain.
func f(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "a"}) // want `has no HttpOnly`

	http.SetCookie(w, &http.Cookie{Name: "__Secure-b", HttpOnly: true}) // want `breaks the __Secure- prefix rules \(no Secure\)`
}
