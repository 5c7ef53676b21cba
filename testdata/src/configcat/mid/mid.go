// want package:`Secure of http.Cookie "session" from server.Options.SecureCookie; HttpOnly of http.Cookie "session" from server.Options.HTTPOnly; Secure of http.Cookie "token" from server.Options.TokenSecure; Secure of http.Cookie "csrf" from server.Options.CSRFSecure`

// Package mid sits between server and the command: it passes server's uses on, so that the
// command sees them even through packages that do not declare the settings.
package mid

import (
	"net/http"

	"configcat/server"
)

// Handler serves server's login with o.
func Handler(o *server.Options) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { server.Login(w, o) }
}
