// Stub of github.com/gin-gonic/gin@v1.12.0: only the API cookiecheck reads.

package gin

import (
	"net/http"
	"net/url"
	"sync"
)

// Context is copied field for field from context.go:61-97.
type Context struct {
	writermem responseWriter
	Request   *http.Request
	Writer    ResponseWriter

	Params   Params
	handlers HandlersChain
	index    int8
	fullPath string

	engine       *Engine
	params       *Params
	skippedNodes *[]skippedNode

	// This mutex protects Keys map.
	mu sync.RWMutex

	// Keys is a key/value pair exclusively for the context of each request.
	Keys map[any]any

	// Errors is a list of errors attached to all the handlers/middlewares who used this context.
	Errors errorMsgs

	// Accepted defines a list of manually accepted formats for content negotiation.
	Accepted []string

	queryCache url.Values
	formCache  url.Values

	// sameSite is set by SetSameSite and reset to 0 for every request
	// (context.go:115).
	sameSite http.SameSite
}

// ResponseWriter is copied from response_writer.go:23-47.
type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier

	Status() int
	Size() int
	WriteString(string) (int, error)
	Written() bool
	WriteHeaderNow()
	Pusher() http.Pusher
}

type responseWriter struct {
	http.ResponseWriter
	size   int
	status int
}

// Param is copied from tree.go:17.
type Param struct {
	Key   string
	Value string
}

// Params is copied from tree.go:25.
type Params []Param

type node struct{}

type skippedNode struct {
	path        string
	node        *node
	paramsCount int16
}

// ErrorType is copied from errors.go.
type ErrorType uint64

// Error is copied from errors.go:32.
type Error struct {
	Err  error
	Type ErrorType
	Meta any
}

func (msg Error) Error() string { return msg.Err.Error() }

type errorMsgs []*Error

func (c *Context) Next()                                {}
func (c *Context) Abort()                               {}
func (c *Context) AbortWithStatus(code int)             {}
func (c *Context) Set(key any, value any)               {}
func (c *Context) Get(key any) (value any, exists bool) { return nil, false }
func (c *Context) MustGet(key any) any                  { panic("stub") }
func (c *Context) Param(key string) string              { return "" }
func (c *Context) Query(key string) (value string)      { return "" }
func (c *Context) PostForm(key string) (value string)   { return "" }
func (c *Context) Status(code int)                      {}

// SetSameSite stores the SameSite used by later SetCookie calls on this
// context (context.go:1102-1104).
func (c *Context) SetSameSite(samesite http.SameSite) {
	c.sameSite = samesite
}

// SetCookie is copied from context.go:1109-1123: Path "" becomes "/",
// SameSite is the value of SetSameSite (0, not sent, by default).
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
	if path == "" {
		path = "/"
	}
	http.SetCookie(c.Writer, &http.Cookie{
		Name:     name,
		Value:    url.QueryEscape(value),
		MaxAge:   maxAge,
		Path:     path,
		Domain:   domain,
		SameSite: c.sameSite,
		Secure:   secure,
		HttpOnly: httpOnly,
	})
}

// SetCookieData is copied from context.go:1128-1137: only
// SameSiteDefaultMode is replaced by the context's SameSite.
func (c *Context) SetCookieData(cookie *http.Cookie) {
	if cookie.Path == "" {
		cookie.Path = "/"
	}
	if cookie.SameSite == http.SameSiteDefaultMode {
		cookie.SameSite = c.sameSite
	}
	http.SetCookie(c.Writer, cookie)
}

func (c *Context) Cookie(name string) (string, error) { return "", nil }

func (c *Context) JSON(code int, obj any) {}

func (c *Context) String(code int, format string, values ...any) {}

func (c *Context) Redirect(code int, location string) {}
