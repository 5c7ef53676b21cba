// Stub of github.com/gorilla/csrf@v1.6.2: only the API cookiecheck reads.

package csrf

import "net/http"

// Option is copied from options.go:8.
type Option func(*csrf)

// MaxAge sets the cookie's MaxAge; 0 makes a session-only cookie (options.go:13).
func MaxAge(age int) Option {
	return func(cs *csrf) {
		cs.opts.MaxAge = age
	}
}

func Domain(domain string) Option {
	return func(cs *csrf) {
		cs.opts.Domain = domain
	}
}

func Path(p string) Option {
	return func(cs *csrf) {
		cs.opts.Path = p
	}
}

// Secure defaults to true (options.go:48).
func Secure(s bool) Option {
	return func(cs *csrf) {
		cs.opts.Secure = s
	}
}

// HttpOnly defaults to true (options.go:55).
func HttpOnly(h bool) Option {
	return func(cs *csrf) {
		cs.opts.HttpOnly = h
	}
}

// SameSite is new in v1.6.2 (options.go:78); it defaults to SameSiteDefaultMode.
func SameSite(s SameSiteMode) Option {
	return func(cs *csrf) {
		cs.opts.SameSite = s
	}
}

func ErrorHandler(h http.Handler) Option {
	return func(cs *csrf) {
		cs.opts.ErrorHandler = h
	}
}

func RequestHeader(header string) Option {
	return func(cs *csrf) {
		cs.opts.RequestHeader = header
	}
}

func FieldName(name string) Option {
	return func(cs *csrf) {
		cs.opts.FieldName = name
	}
}

func CookieName(name string) Option {
	return func(cs *csrf) {
		cs.opts.CookieName = name
	}
}

func TrustedOrigins(origins []string) Option {
	return func(cs *csrf) {
		cs.opts.TrustedOrigins = origins
	}
}

// parseOptions sets the defaults of options.go:144-163, then applies opts
// in order (last wins).
func parseOptions(h http.Handler, opts ...Option) *csrf {
	cs := &csrf{
		h: h,
	}
	cs.opts.Secure = true
	cs.opts.HttpOnly = true
	cs.opts.SameSite = SameSiteDefaultMode
	cs.opts.MaxAge = defaultAge
	for _, option := range opts {
		option(cs)
	}
	return cs
}
