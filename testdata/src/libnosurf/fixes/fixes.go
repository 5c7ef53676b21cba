package fixes

import (
	"net/http"

	"github.com/justinas/nosurf"
)

func routes(h http.Handler) http.Handler {
	handler := nosurf.New(h)
	handler.SetBaseCookie(http.Cookie{Path: "/"}) // want `http\.Cookie.*\bSecure\b` `http\.Cookie.*SameSite`
	handler.SetBaseCookie(http.Cookie{
		Path:     "/",
		Secure:   false,                    // want `http\.Cookie.*\bSecure\b`
		SameSite: http.SameSiteDefaultMode, // want `http\.Cookie.*SameSite`
	})
	return handler
}
