package directivetests

import "net/http"

func cookies(w http.ResponseWriter) {
	//cookiecheck:ignore secure // ok: the file is not analyzed, so the directive is not unused
	http.SetCookie(w, &http.Cookie{Name: "a", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})

	//cookiecheck:ignore secrue // ok: nor checked
	http.SetCookie(w, &http.Cookie{Name: "b"})
}
