// Stub of github.com/gofiber/fiber/v3@v3.1.0: only the API cookiecheck reads.

package fiber

import (
	"context"
	"time"
)

// Ctx is a subset of the interface of ctx_interface_gen.go:18.
type Ctx interface {
	App() *App
	Context() context.Context
	Get(key string, defaultValue ...string) string
	Next() error
	Path(override ...string) string
	Status(status int) Ctx
	Cookies(key string, defaultValue ...string) string
	FormValue(key string, defaultValue ...string) string
	Locals(key any, value ...any) any
	Method(override ...string) string
	Params(key string, defaultValue ...string) string
	Query(key string, defaultValue ...string) string
	ClearCookie(key ...string)
	// Cookie is implemented by (*DefaultRes).Cookie (res.go:253-337).
	Cookie(cookie *Cookie)
	JSON(data any, ctype ...string) error
	SendStatus(status int) error
	SendString(body string) error
	Set(key, val string)
}

// CustomCtx is a subset of ctx_interface.go:13.
type CustomCtx interface {
	Ctx
}

// DefaultCtx lists the leading fields of ctx.go:55.
type DefaultCtx struct {
	handlerCtx CustomCtx // Active custom context implementation, if any
	DefaultReq           // Default request api
	DefaultRes           // Default response api
	app        *App      // Reference to *App
}

func (c *DefaultCtx) Next() error { return nil }

// DefaultReq is copied from req.go.
type DefaultReq struct {
	c *DefaultCtx
}

func (r *DefaultReq) Cookies(key string, defaultValue ...string) string { return "" }

// DefaultRes is copied from res.go:129.
type DefaultRes struct {
	c *DefaultCtx
}

// Cookie sets a cookie (res.go:253-337). It mutates the argument: Path ""
// becomes "/", SameSite "Strict"/"None"/"disabled"/"Lax" case-insensitively
// and anything else Lax, None and Partitioned force Secure = true, and a
// cookie failing (*http.Cookie).Valid is silently not set.
func (r *DefaultRes) Cookie(cookie *Cookie) {}

func (r *DefaultRes) ClearCookie(key ...string) {}

func (r *DefaultRes) SendString(body string) error { return nil }

// Cookie is copied from res.go:106-118 (note the field order differs from
// v2, and Partitioned is new).
type Cookie struct {
	Expires     time.Time `json:"expires"`      // The expiration date of the cookie
	Name        string    `json:"name"`         // The name of the cookie
	Value       string    `json:"value"`        // The value of the cookie
	Path        string    `json:"path"`         // Specifies a URL path which is allowed to receive the cookie
	Domain      string    `json:"domain"`       // Specifies the domain which is allowed to receive the cookie
	SameSite    string    `json:"same_site"`    // Controls whether or not a cookie is sent with cross-site requests
	MaxAge      int       `json:"max_age"`      // The maximum age (in seconds) of the cookie
	Secure      bool      `json:"secure"`       // Indicates that the cookie should only be transmitted over a secure HTTPS connection
	HTTPOnly    bool      `json:"http_only"`    // Indicates that the cookie is accessible only through the HTTP protocol
	Partitioned bool      `json:"partitioned"`  // Indicates if the cookie is stored in a partitioned cookie jar
	SessionOnly bool      `json:"session_only"` // Indicates if the cookie is a session-only cookie
}
