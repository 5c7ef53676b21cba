// Stub of github.com/beego/beego/v2@v2.3.10: only the API cookiecheck reads.

// Package context is a stub of beego's request context. SetCookie's
// variadic others are positional (output.go:91-167): [0] maxAge, [1] path
// (default "/"), [2] domain, [3] secure (any non-nil non-bool counts as
// true), [4] httpOnly bool, [5] sameSite string.
package context

import (
	"net/http"
	"reflect"
	"sync"
	"time"

	"github.com/beego/beego/v2/server/web/session"
)

// NewContext returns a Context with Input and Output (context.go:63).
func NewContext() *Context {
	return &Context{
		Input:  NewInput(),
		Output: NewOutput(),
	}
}

// Context is copied from context.go:72-78.
type Context struct {
	Input          *BeegoInput
	Output         *BeegoOutput
	Request        *http.Request
	ResponseWriter *Response
	_xsrfToken     string
}

func (ctx *Context) Redirect(status int, localurl string) {}

func (ctx *Context) WriteString(content string) {}

func (ctx *Context) GetCookie(key string) string { return "" }

// SetCookie forwards to Output.Cookie (context.go:219).
func (ctx *Context) SetCookie(name string, value string, others ...interface{}) {
	ctx.Output.Cookie(name, value, others...)
}

func (ctx *Context) GetSecureCookie(Secret, key string) (string, bool) { return "", false }

// SetSecureCookie signs the value and forwards to Output.Cookie (context.go:254).
func (ctx *Context) SetSecureCookie(Secret, name, value string, others ...interface{}) {
	ctx.Output.Cookie(name, value, others...)
}

// Response is copied from context.go:334-339.
type Response struct {
	http.ResponseWriter
	Started bool
	Status  int
	Elapsed time.Duration
}

func (r *Response) Write(p []byte) (int, error) { return r.ResponseWriter.Write(p) }

func (r *Response) WriteHeader(code int) { r.ResponseWriter.WriteHeader(code) }

// BeegoInput is copied from input.go:46-56.
type BeegoInput struct {
	Context       *Context
	CruSession    session.Store
	pnames        []string
	pvalues       []string
	data          map[interface{}]interface{}
	dataLock      sync.RWMutex
	RequestBody   []byte
	RunMethod     string
	RunController reflect.Type
}

func NewInput() *BeegoInput { return &BeegoInput{} }

// BeegoOutput is copied from output.go:39-43.
type BeegoOutput struct {
	Context    *Context
	Status     int
	EnableGzip bool
}

func NewOutput() *BeegoOutput { return &BeegoOutput{} }

// Cookie writes a Set-Cookie header (output.go:91-167); Path defaults to "/".
func (output *BeegoOutput) Cookie(name string, value string, others ...interface{}) {}
