package nohttpimport

// http is undefined in this file: nothing here is typed as a cookie.
func set2(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "n2"}) // ok: untyped
	c := http.Cookie{}
	c.Secure = false // ok: untyped
}
