package fixes

import (
	"net/http"

	gcsrf "github.com/gorilla/csrf"
)

var key = []byte("32-byte-long-auth-key-0123456789")

func protect(h http.Handler) http.Handler {
	return gcsrf.Protect(key,
		gcsrf.Secure(false),                       // want `csrf\.Protect.*\bSecure\b`
		gcsrf.SameSite(gcsrf.SameSiteDefaultMode), // want `csrf\.Protect.*SameSite`
	)(h)
}

func protectNone(h http.Handler) http.Handler {
	opts := []gcsrf.Option{gcsrf.Secure(false)} // want `\bSecure\b.*false`
	return gcsrf.Protect(key, opts...)(h)
}
