// Package csrf protects a mux with gorilla/csrf.
package csrf

import (
	"html/template"
	"net/http"
	"os"

	"github.com/gorilla/csrf"
)

var form = template.Must(template.New("form").Parse(`<form method="POST">{{ .csrfField }}</form>`))

// dev turns off Secure for local HTTP development.
var dev = os.Getenv("DEV") != ""

// Handler wraps the routes with three CSRF configurations.
func Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/form", func(w http.ResponseWriter, r *http.Request) {
		_ = form.Execute(w, map[string]interface{}{
			csrf.TemplateTag: csrf.TemplateField(r),
		})
	})
	mux.HandleFunc("/token", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-CSRF-Token", csrf.Token(r))
	})

	key := []byte("32-byte-long-auth-key-----------")

	// Library defaults: Secure, HttpOnly, SameSite=Lax, 12h.
	var h http.Handler = csrf.Protect(key)(mux)

	// Development: Secure turned off with a constant.
	h = csrf.Protect(key, csrf.Secure(false), csrf.Path("/"))(h) // want `csrf\.Protect sets csrf\.Secure option to false`

	// Cross-site embed: None without Secure.
	h = csrf.Protect(key,
		csrf.SameSite(csrf.SameSiteNoneMode), // ok: csrf.Secure(false) below is the one finding
		csrf.Secure(false),                   // want `csrf\.Protect "embed_csrf" sets csrf\.Secure option to false`
		csrf.MaxAge(0),
		csrf.CookieName("embed_csrf"),
		csrf.ErrorHandler(http.HandlerFunc(failed)),
	)(h)

	// Runtime choice and an explicit Default mode.
	opts := []csrf.Option{csrf.Secure(!dev), csrf.HttpOnly(true), csrf.SameSite(csrf.SameSiteDefaultMode)} // want `csrf\.Protect sets csrf\.SameSite to csrf\.SameSiteDefaultMode, which sends no SameSite attribute`
	return csrf.Protect(key, opts...)(h)
}

func failed(w http.ResponseWriter, r *http.Request) {
	http.Error(w, csrf.FailureReason(r).Error(), http.StatusForbidden)
}
