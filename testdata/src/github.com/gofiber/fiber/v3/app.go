// Stub of github.com/gofiber/fiber/v3@v3.1.0: only the API cookiecheck reads.

// Package fiber is a stub of fiber v3: the Cookie carrier, the Ctx interface
// (whose Cookie method is implemented by (*DefaultRes).Cookie), and enough
// of App to write handlers. App lists no fields, Config its leading fields,
// Ctx and Router a subset of their methods.
package fiber

import (
	"context"
	"time"
)

// Version is copied from app.go.
const Version = "3.1.0"

// Handler is the alias of app.go:40.
type Handler = func(Ctx) error

// Map is copied from app.go:43.
type Map map[string]any

// ErrorHandler is the alias of app.go:59.
type ErrorHandler = func(Ctx, error) error

// Error is copied from app.go.
type Error struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
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

// Storage is copied from storage_interface.go.
type Storage interface {
	GetWithContext(ctx context.Context, key string) ([]byte, error)
	Get(key string) ([]byte, error)
	SetWithContext(ctx context.Context, key string, val []byte, exp time.Duration) error
	Set(key string, val []byte, exp time.Duration) error
	DeleteWithContext(ctx context.Context, key string) error
	Delete(key string) error
	ResetWithContext(ctx context.Context) error
	Reset() error
	Close() error
}

// App lists no fields (app.go:68).
type App struct{}

// Config lists the leading fields of app.go:115.
type Config struct {
	ServerHeader            string `json:"server_header"`
	StrictRouting           bool   `json:"strict_routing"`
	CaseSensitive           bool   `json:"case_sensitive"`
	DisableHeadAutoRegister bool   `json:"disable_head_auto_register"`
	Immutable               bool   `json:"immutable"`
	UnescapePath            bool   `json:"unescape_path"`
	BodyLimit               int    `json:"body_limit"`
	MaxRanges               int    `json:"max_ranges"`
	Concurrency             int    `json:"concurrency"`
}

// New creates an App (app.go:543).
func New(config ...Config) *App { return &App{} }

// Router is a subset of router.go:18.
type Router interface {
	Use(args ...any) Router
	Get(path string, handler any, handlers ...any) Router
	Post(path string, handler any, handlers ...any) Router
	Group(prefix string, handlers ...any) Router
}

func (app *App) Use(args ...any) Router                                { return app }
func (app *App) Get(path string, handler any, handlers ...any) Router  { return app }
func (app *App) Post(path string, handler any, handlers ...any) Router { return app }
func (app *App) Group(prefix string, handlers ...any) Router           { return app }

// HTTP status codes and errors used by handlers (constants.go).
const (
	StatusOK                  = 200
	StatusForbidden           = 403
	StatusInternalServerError = 500
)

var ErrForbidden = NewError(StatusForbidden)

// SameSite values of Cookie.SameSite (constants.go:312-317), compared
// case-insensitively; anything else (including "") is sent as Lax.
const (
	CookieSameSiteDisabled   = "disabled" // not in RFC, just control "SameSite" attribute will not be set.
	CookieSameSiteLaxMode    = "Lax"
	CookieSameSiteStrictMode = "Strict"
	CookieSameSiteNoneMode   = "None"
)
