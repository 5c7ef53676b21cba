package libgorilla

import (
	"net/http"

	"github.com/gorilla/sessions"
)

func Configure(secure bool) {
	OtherFileStore.Options.Secure = secure
	OtherFileStore.Options.HttpOnly = true
	OtherFileStore.Options.SameSite = http.SameSiteStrictMode
	OtherFileStore.MaxAge(86400)

	ReplacedElsewhere.Options = &sessions.Options{Path: "/", MaxAge: 3600, Secure: secure, HttpOnly: true, SameSite: http.SameSiteLaxMode} // ok: every attribute set

	PartlyConfigured.Options.Secure = true
	PartlyConfigured.Options.HttpOnly = true

	storeA.Options.HttpOnly = true
	storeA.Options.SameSite = http.SameSiteLaxMode
	storeA.MaxAge(7200)
}
