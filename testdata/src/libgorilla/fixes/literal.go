package fixes

import (
	"net/http"

	"github.com/gorilla/sessions"
)

func use(o *sessions.Options) {}

func literals(store *sessions.CookieStore) {
	use(&sessions.Options{Path: "/", MaxAge: 3600}) // want `sessions\.Options.*\bSecure\b` `sessions\.Options.*HttpOnly` `sessions\.Options.*SameSite`

	use(&sessions.Options{}) // want `sessions\.Options.*\bSecure\b` `sessions\.Options.*HttpOnly` `sessions\.Options.*SameSite`

	use(&sessions.Options{ // want `sessions\.Options.*\bSecure\b` `sessions\.Options.*HttpOnly` `sessions\.Options.*SameSite`
		Path:   "/",
		MaxAge: 3600,
	})

	use(&sessions.Options{
		Path:     "/",
		Secure:   false,                    // want `sessions\.Options.*\bSecure\b`
		HttpOnly: false,                    // want `sessions\.Options.*HttpOnly`
		SameSite: http.SameSiteDefaultMode, // want `sessions\.Options.*SameSite`
	})

	// None without Secure: add Secure, keep None.
	use(&sessions.Options{HttpOnly: true, SameSite: http.SameSiteNoneMode}) // want `sessions\.Options.*None`

	store.Options.Secure = false // want `\bSecure\b.*false`
}
