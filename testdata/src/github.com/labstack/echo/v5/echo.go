// Stub of github.com/labstack/echo/v5@v5.4.4: only the API cookiecheck reads.

// Package echo is a stub of echo v5. Context is a struct here (its fields
// are unexported and omitted); SetCookie is plain http.SetCookie
// (context.go:429-431). Echo lists no fields.
package echo

import (
	"net/http"
)

// Context lists no fields (context.go:64).
type Context struct{}

func (c *Context) Request() *http.Request                   { return nil }
func (c *Context) Response() http.ResponseWriter            { return nil }
func (c *Context) Param(name string) string                 { return "" }
func (c *Context) QueryParam(name string) string            { return "" }
func (c *Context) FormValue(name string) string             { return "" }
func (c *Context) Cookie(name string) (*http.Cookie, error) { return nil, nil }
func (c *Context) SetCookie(cookie *http.Cookie)            {}
func (c *Context) Cookies() []*http.Cookie                  { return nil }
func (c *Context) Get(key string) any                       { return nil }
func (c *Context) Set(key string, val any)                  {}
func (c *Context) String(code int, s string) (err error)    { return nil }
func (c *Context) JSON(code int, i any) (err error)         { return nil }
func (c *Context) NoContent(code int) error                 { return nil }
func (c *Context) Redirect(code int, url string) error      { return nil }

// Echo lists no fields (echo.go:69).
type Echo struct{}

// RouteInfo is copied from route.go:61.
type RouteInfo struct {
	Name       string
	Method     string
	Path       string
	Parameters []string
}

// HandlerFunc is copied from echo.go:131.
type HandlerFunc func(c *Context) error

// MiddlewareFunc is copied from echo.go:134.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// HeaderXCSRFToken is copied from echo.go:250.
const HeaderXCSRFToken = "X-CSRF-Token" // #nosec G101

// New creates an Echo (echo.go:401).
func New() *Echo { return &Echo{} }

func (e *Echo) Pre(middleware ...MiddlewareFunc) {}

func (e *Echo) Use(middleware ...MiddlewareFunc) {}

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }

func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func (e *Echo) Start(address string) error { return nil }
