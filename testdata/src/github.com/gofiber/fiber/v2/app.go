// Stub of github.com/gofiber/fiber/v2@v2.52.15: only the API cookiecheck reads.

// Package fiber is a stub of fiber v2: the Cookie carrier and (*Ctx).Cookie,
// plus enough of App to write handlers. App and Ctx list no fields or only
// leading ones; Config lists its leading fields.
package fiber

import (
	"time"
)

// Version is copied from app.go.
const Version = "2.52.15"

// Handler is the alias of app.go:36.
type Handler = func(*Ctx) error

// Map is copied from app.go:39.
type Map map[string]interface{}

// Storage is copied from app.go:43.
type Storage interface {
	Get(key string) ([]byte, error)
	Set(key string, val []byte, exp time.Duration) error
	Delete(key string) error
	Reset() error
	Close() error
}

// ErrorHandler is the alias of app.go.
type ErrorHandler = func(*Ctx, error) error

// Error is copied from app.go.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Message }

// NewError creates an *Error.
func NewError(code int, message ...string) *Error {
	err := &Error{Code: code}
	if len(message) > 0 {
		err.Message = message[0]
	}
	return err
}

// App lists no fields (app.go:88).
type App struct{}

// Config lists the leading fields of app.go:121.
type Config struct {
	Prefork       bool   `json:"prefork"`
	ServerHeader  string `json:"server_header"`
	StrictRouting bool   `json:"strict_routing"`
	CaseSensitive bool   `json:"case_sensitive"`
	Immutable     bool   `json:"immutable"`
	UnescapePath  bool   `json:"unescape_path"`
	ETag          bool   `json:"etag"`
	BodyLimit     int    `json:"body_limit"`
	Concurrency   int    `json:"concurrency"`
}

// New creates an App (app.go:497).
func New(config ...Config) *App { return &App{} }

// Router is a subset of router.go:21.
type Router interface {
	Use(args ...interface{}) Router
	Get(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
}

// Route lists no fields (router.go:48).
type Route struct{}

func (app *App) Use(args ...interface{}) Router                  { return app }
func (app *App) Get(path string, handlers ...Handler) Router     { return app }
func (app *App) Post(path string, handlers ...Handler) Router    { return app }
func (app *App) Group(prefix string, handlers ...Handler) Router { return app }
func (app *App) Listen(addr string) error                        { return nil }

// HTTP status codes and errors used by handlers (helpers.go).
const (
	StatusOK                  = 200
	StatusForbidden           = 403
	StatusInternalServerError = 500
)

var ErrForbidden = NewError(StatusForbidden)

// SameSite values of Cookie.SameSite (helpers.go:1119-1124); compared
// lower-cased, and anything else (including "") is sent as Lax.
const (
	CookieSameSiteDisabled   = "disabled" // not in RFC, just control "SameSite" attribute will not be set.
	CookieSameSiteLaxMode    = "lax"
	CookieSameSiteStrictMode = "strict"
	CookieSameSiteNoneMode   = "none"
)
