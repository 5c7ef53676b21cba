// Stub of github.com/gorilla/csrf@v1.6.2: only the API cookiecheck reads.

// Package csrf is a stub of gorilla/csrf v1.6.2. Defaults (options.go:144-163,
// csrf.go:30): Secure true, HttpOnly true, SameSite SameSiteDefaultMode (not
// sent), MaxAge 12h, Path "".
// SameSite takes the package's own SameSiteMode, not http.SameSite.
package csrf

import (
	"html/template"
	"net/http"

	"github.com/gorilla/securecookie"
)

// defaultAge is 12 hours (csrf.go:30).
var defaultAge = 3600 * 12

// TemplateTag is copied from csrf.go:39.
var TemplateTag = "csrfField"

// SameSiteMode is copied from csrf.go:61; converted with http.SameSite(...)
// when the cookie is written, so SameSiteDefaultMode means "not sent".
type SameSiteMode int

// SameSite options (csrf.go:63-68).
const (
	SameSiteDefaultMode SameSiteMode = iota + 1
	SameSiteLaxMode
	SameSiteStrictMode
	SameSiteNoneMode
)

// csrf is copied from csrf.go:71-76.
type csrf struct {
	h    http.Handler
	sc   *securecookie.SecureCookie
	st   store
	opts options
}

// options is copied from csrf.go:79-93.
type options struct {
	MaxAge         int
	Domain         string
	Path           string
	HttpOnly       bool
	Secure         bool
	SameSite       SameSiteMode
	RequestHeader  string
	FieldName      string
	ErrorHandler   http.Handler
	CookieName     string
	TrustedOrigins []string
}

type store interface {
	Get(*http.Request) ([]byte, error)
	Save(token []byte, w http.ResponseWriter) error
}

func (cs *csrf) ServeHTTP(w http.ResponseWriter, r *http.Request) { cs.h.ServeHTTP(w, r) }

// Protect is copied in outline from csrf.go:144-156: a negative MaxAge is
// reset to 12h.
func Protect(authKey []byte, opts ...Option) func(http.Handler) http.Handler {
	return func(h http.Handler) http.Handler {
		cs := parseOptions(h, opts...)
		if cs.opts.MaxAge < 0 {
			cs.opts.MaxAge = defaultAge
		}
		return cs
	}
}

// Token returns the masked token for the request (helpers.go:16).
func Token(r *http.Request) string { return "" }

// FailureReason returns the reason the request failed (helpers.go:29).
func FailureReason(r *http.Request) error { return nil }

// UnsafeSkipCheck disables the check for the request (helpers.go:45).
func UnsafeSkipCheck(r *http.Request) *http.Request { return r }

// TemplateField returns the hidden form field (helpers.go:59).
func TemplateField(r *http.Request) template.HTML { return template.HTML("") }
