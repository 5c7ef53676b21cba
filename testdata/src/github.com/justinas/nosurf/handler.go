// Stub of github.com/justinas/nosurf@v1.2.0: only the API cookiecheck reads.

// Package nosurf is a stub of nosurf. New's base cookie is http.Cookie{}
// with only MaxAge = 365 days (handler.go:97-108): Secure false, HttpOnly
// false, SameSite not sent, Path "". SetBaseCookie replaces it entirely.
package nosurf

import (
	"net/http"
	"net/url"
	"regexp"
)

const (
	// the name of CSRF cookie
	CookieName = "csrf_token"
	// the name of the form field
	FormFieldName = "csrf_token"
	// the name of CSRF header
	HeaderName = "X-CSRF-Token"
	// the HTTP status code for the default failure handler
	FailureCode = 400

	// Max-Age in seconds for the default base cookie. 365 days.
	MaxAge = 365 * 24 * 60 * 60
)

// CSRFHandler is copied field for field from handler.go:41-66.
type CSRFHandler struct {
	successHandler http.Handler
	failureHandler http.Handler

	baseCookie http.Cookie

	exemptPaths   []string
	exemptRegexps []*regexp.Regexp
	exemptGlobs   []string
	exemptFunc    func(r *http.Request) bool

	isTLS           func(r *http.Request) bool
	isAllowedOrigin func(r *url.URL) bool
}

func defaultFailureHandler(w http.ResponseWriter, r *http.Request) {
	http.Error(w, http.StatusText(FailureCode), FailureCode)
}

// New is copied from handler.go:97-108.
func New(handler http.Handler) *CSRFHandler {
	baseCookie := http.Cookie{}
	baseCookie.MaxAge = MaxAge

	csrf := &CSRFHandler{successHandler: handler,
		failureHandler: http.HandlerFunc(defaultFailureHandler),
		baseCookie:     baseCookie,
		isTLS:          func(r *http.Request) bool { return true },
	}

	return csrf
}

// NewPure is New with an interface return type (handler.go:111).
func NewPure(handler http.Handler) http.Handler {
	return New(handler)
}

func (h *CSRFHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.successHandler.ServeHTTP(w, r)
}

func (h *CSRFHandler) RegenerateToken(w http.ResponseWriter, r *http.Request) string { return "" }

func (h *CSRFHandler) SetFailureHandler(handler http.Handler) {
	h.failureHandler = handler
}

// SetBaseCookie replaces the whole base cookie (handler.go:284-286).
func (h *CSRFHandler) SetBaseCookie(cookie http.Cookie) {
	h.baseCookie = cookie
}

func (h *CSRFHandler) SetIsTLSFunc(f func(*http.Request) bool) {
	h.isTLS = f
}

func (h *CSRFHandler) SetIsAllowedOriginFunc(f func(*url.URL) bool) {
	h.isAllowedOrigin = f
}

func (h *CSRFHandler) IsExempt(r *http.Request) bool { return false }

func (h *CSRFHandler) ExemptPath(path string) {
	h.exemptPaths = append(h.exemptPaths, path)
}

func (h *CSRFHandler) ExemptPaths(paths ...string) {
	h.exemptPaths = append(h.exemptPaths, paths...)
}

func (h *CSRFHandler) ExemptGlob(pattern string) {
	h.exemptGlobs = append(h.exemptGlobs, pattern)
}

func (h *CSRFHandler) ExemptFunc(fn func(r *http.Request) bool) {
	h.exemptFunc = fn
}

// Token returns the masked token for the request (context.go:29).
func Token(req *http.Request) string { return "" }

// Reason returns the failure reason (context.go:42).
func Reason(req *http.Request) error { return nil }

// VerifyToken verifies a sent token (token.go:60).
func VerifyToken(realToken, sentToken string) bool { return false }
