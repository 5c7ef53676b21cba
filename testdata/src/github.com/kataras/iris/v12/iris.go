// Stub of github.com/kataras/iris/v12@v12.2.11: only the API cookiecheck reads.

// Package iris is a stub of the iris root package: the aliases of the
// context package's cookie API (aliases.go) and a minimal Application.
package iris

import (
	"net/http"

	"github.com/kataras/iris/v12/context"
	"github.com/kataras/iris/v12/core/router"
)

// SameSite attributes (aliases.go:31-36).
const (
	SameSiteDefaultMode = http.SameSiteDefaultMode
	SameSiteLaxMode     = http.SameSiteLaxMode
	SameSiteStrictMode  = http.SameSiteStrictMode
	SameSiteNoneMode    = http.SameSiteNoneMode
)

type (
	// Context is the alias of aliases.go:46 (a pointer type).
	Context = *context.Context
	// Handler is the alias of aliases.go:82.
	Handler = context.Handler
	// Map is the alias of aliases.go:90.
	Map = context.Map
)

// Cookie option shortcuts (aliases.go:530-585): package-level variables
// holding the context package's functions.
var (
	CookieDomain          = context.CookieDomain
	CookieAllowReclaim    = context.CookieAllowReclaim
	CookieAllowSubdomains = context.CookieAllowSubdomains
	CookieSameSite        = context.CookieSameSite
	CookieSecure          = context.CookieSecure
	CookieHTTPOnly        = context.CookieHTTPOnly
	CookiePath            = context.CookiePath
	CookieCleanPath       = context.CookieCleanPath
	CookieExpires         = context.CookieExpires
)

// Application lists its leading fields (iris.go:57).
type Application struct {
	*router.APIBuilder
	*router.Router
}

// New creates an Application (iris.go:118).
func New() *Application {
	return &Application{APIBuilder: &router.APIBuilder{}, Router: &router.Router{}}
}

// Default creates an Application with recovery and request-id middleware (iris.go:145).
func Default() *Application { return New() }

// Configurator is copied from configuration.go.
type Configurator func(*Application)

// Listen starts the server (iris.go:1033).
func (app *Application) Listen(hostPort string, withOrWithout ...Configurator) error { return nil }
