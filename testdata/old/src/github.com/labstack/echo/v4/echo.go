// Stub of github.com/labstack/echo/v4@v4.1.17: only the API cookiecheck reads.

// Package echo is a stub of echo v4.1.17. Context is an interface (a subset of
// its methods here); SetCookie is plain http.SetCookie (context.go:377-379).
// Echo lists no fields.
package echo

import (
	"net/http"
)

// Context is a subset of the interface of context.go:22.
type Context interface {
	Request() *http.Request
	Response() *Response
	Param(name string) string
	QueryParam(name string) string
	FormValue(name string) string
	Cookie(name string) (*http.Cookie, error)
	SetCookie(cookie *http.Cookie)
	Cookies() []*http.Cookie
	Get(key string) interface{}
	Set(key string, val interface{})
	String(code int, s string) error
	JSON(code int, i interface{}) error
	NoContent(code int) error
	Redirect(code int, url string) error
}

// Response lists the leading fields of response.go:13-21.
type Response struct {
	echo        *Echo
	beforeFuncs []func()
	afterFuncs  []func()
	Writer      http.ResponseWriter
}

func (r *Response) Header() http.Header               { return r.Writer.Header() }
func (r *Response) WriteHeader(code int)              {}
func (r *Response) Write(b []byte) (n int, err error) { return len(b), nil }

// Echo lists no fields (echo.go:69).
type Echo struct{}

// Route is copied from echo.go:98.
type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Name   string `json:"name"`
}

// MiddlewareFunc is copied from echo.go:112.
type MiddlewareFunc func(HandlerFunc) HandlerFunc

// HandlerFunc is copied from echo.go:115.
type HandlerFunc func(Context) error

// Map is copied from echo.go:131.
type Map map[string]interface{}

// HeaderXCSRFToken is copied from echo.go:228.
const HeaderXCSRFToken = "X-CSRF-Token"

// New creates an Echo (echo.go:298).
func New() (e *Echo) { return &Echo{} }

func (e *Echo) Pre(middleware ...MiddlewareFunc) {}

func (e *Echo) Use(middleware ...MiddlewareFunc) {}

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }

func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }

func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func (e *Echo) Start(address string) error { return nil }
