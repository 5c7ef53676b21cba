// Stub of github.com/kataras/iris/v12@v12.2.11: only the API cookiecheck reads.

// Package context is a stub of iris's request context: the cookie methods
// and the CookieOption functions. Context lists no fields (all unexported).
package context

import (
	"net/http"
	"net/url"
	"time"
)

// Map is the alias of context.go:122.
type Map = map[string]interface{}

// Handler is the alias of handler.go:127.
type Handler = func(*Context)

// Context lists no fields (context.go:131).
type Context struct{}

func (ctx *Context) Next()                                                     {}
func (ctx *Context) Request() *http.Request                                    { return nil }
func (ctx *Context) Domain() string                                            { return "" }
func (ctx *Context) StatusCode(statusCode int)                                 {}
func (ctx *Context) WriteString(body string) (n int, err error)                { return 0, nil }
func (ctx *Context) Writef(format string, a ...interface{}) (n int, err error) { return 0, nil }
func (ctx *Context) HTML(format string, args ...interface{}) (int, error)      { return 0, nil }

// Set of Cookie actions for CookieOption (context.go:5557).
const (
	OpCookieGet uint8 = iota
	OpCookieSet
	OpCookieDel
)

// CookieOption is copied from context.go:5568.
type CookieOption func(ctx *Context, c *http.Cookie, op uint8)

// CookieDomain sets the Domain on set and remove (context.go:5617).
func CookieDomain(domain string) CookieOption {
	return func(_ *Context, c *http.Cookie, op uint8) {
		if op == OpCookieGet {
			return
		}
		c.Domain = domain
	}
}

func CookieAllowReclaim(cookieNames ...string) CookieOption {
	return func(ctx *Context, c *http.Cookie, op uint8) {}
}

// CookieAllowSubdomains sets Domain to the request's domain and SameSite to
// Lax when Domain is empty (context.go:5660-5672).
func CookieAllowSubdomains(cookieNames ...string) CookieOption {
	return func(ctx *Context, c *http.Cookie, _ uint8) {
		if c.Domain != "" {
			return // already set.
		}
		c.Domain = ctx.Domain()
		c.SameSite = http.SameSiteLaxMode // allow subdomain sharing.
	}
}

// CookieSameSite is copied from context.go:5682.
func CookieSameSite(sameSite http.SameSite) CookieOption {
	return func(_ *Context, c *http.Cookie, op uint8) {
		if op == OpCookieSet {
			c.SameSite = sameSite
		}
	}
}

// CookieSecure is itself a func with CookieOption's signature, not a
// CookieOption value: it sets Secure only if the request came over TLS
// (context.go:5692-5698).
func CookieSecure(ctx *Context, c *http.Cookie, op uint8) {
	if op == OpCookieSet {
		if ctx.Request().TLS != nil {
			c.Secure = true
		}
	}
}

// CookieHTTPOnly is copied from context.go:5704.
func CookieHTTPOnly(httpOnly bool) CookieOption {
	return func(_ *Context, c *http.Cookie, op uint8) {
		if op == OpCookieSet {
			c.HttpOnly = httpOnly
		}
	}
}

// CookiePath is copied from context.go:5714.
func CookiePath(path string) CookieOption {
	return func(_ *Context, c *http.Cookie, op uint8) {
		if op > OpCookieGet { // on set and remove.
			c.Path = path
		}
	}
}

// CookieCleanPath is a func with CookieOption's signature (context.go:5724).
func CookieCleanPath(_ *Context, c *http.Cookie, op uint8) {
	if op > OpCookieGet {
		c.Path = ""
	}
}

// CookieExpires sets Expires and MaxAge (context.go:5732).
func CookieExpires(durFromNow time.Duration) CookieOption {
	return func(_ *Context, c *http.Cookie, op uint8) {
		if op == OpCookieSet {
			c.Expires = time.Now().Add(durFromNow)
			c.MaxAge = int(durFromNow.Seconds())
		}
	}
}

// SecureCookie is copied from context.go:5744.
type SecureCookie interface {
	Encode(cookieName string, cookieValue interface{}) (string, error)
	Decode(cookieName string, cookieValue string, cookieValuePtr interface{}) error
}

func CookieEncoding(encoding SecureCookie, cookieNames ...string) CookieOption {
	return func(_ *Context, c *http.Cookie, op uint8) {}
}

// AddCookieOptions registers options for every cookie of the request
// (context.go:5835).
func (ctx *Context) AddCookieOptions(options ...CookieOption) {}

// SetCookie applies the options to the cookie as given, no defaults
// (context.go:5875).
func (ctx *Context) SetCookie(cookie *http.Cookie, options ...CookieOption) {}

// UpsertCookie is like SetCookie but replaces a cookie of the same name
// (context.go:5886).
func (ctx *Context) UpsertCookie(cookie *http.Cookie, options ...CookieOption) bool { return false }

// SetCookieKVExpiration is 365 days (context.go:5925).
var SetCookieKVExpiration = 8760 * time.Hour

// SetCookieKV sets Path "/", HttpOnly true and Expires/MaxAge
// SetCookieKVExpiration (context.go:5945-5958).
func (ctx *Context) SetCookieKV(name, value string, options ...CookieOption) {
	c := &http.Cookie{}
	c.Path = "/"
	c.Name = name
	c.Value = url.QueryEscape(value)
	c.HttpOnly = true
	c.Expires = time.Now().Add(SetCookieKVExpiration)
	c.MaxAge = int(time.Until(c.Expires).Seconds())
	ctx.SetCookie(c, options...)
}

func (ctx *Context) GetCookie(name string, options ...CookieOption) string { return "" }

func (ctx *Context) RemoveCookie(name string, options ...CookieOption) {}
