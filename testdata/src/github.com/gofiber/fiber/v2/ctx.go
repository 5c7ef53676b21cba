// Stub of github.com/gofiber/fiber/v2@v2.52.15: only the API cookiecheck reads.

package fiber

import (
	"time"
)

const maxParams = 30

// Ctx lists the leading fields of ctx.go (up to values; the next one is a
// *fasthttp.RequestCtx).
type Ctx struct {
	app                 *App              // Reference to *App
	route               *Route            // Reference to *Route
	indexRoute          int               // Index of the current route
	indexHandler        int               // Index of the current handler
	method              string            // HTTP method
	methodINT           int               // HTTP method INT equivalent
	baseURI             string            // HTTP base uri
	path                string            // HTTP path with the modifications by the configuration -> string copy from pathBuffer
	pathBuffer          []byte            // HTTP path buffer
	detectionPath       string            // Route detection path                                  -> string copy from detectionPathBuffer
	detectionPathBuffer []byte            // HTTP detectionPath buffer
	treePath            string            // Path for the search in the tree
	pathOriginal        string            // Original HTTP path
	values              [maxParams]string // Route parameter values
}

// Cookie is copied from ctx.go:129-140. HTTPOnly is spelled with capital
// TTP; SameSite is a string (see the CookieSameSite* constants).
type Cookie struct {
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	MaxAge      int       `json:"max_age"`
	Expires     time.Time `json:"expires"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	SameSite    string    `json:"same_site"`
	SessionOnly bool      `json:"session_only"`
}

// Cookie sets a cookie (ctx.go:496-524): SameSite "strict"/"none"/"disabled"
// case-insensitively, anything else Lax; fasthttp forces Secure for None;
// MaxAge/Expires are ignored when SessionOnly.
func (c *Ctx) Cookie(cookie *Cookie) {}

func (c *Ctx) ClearCookie(key ...string) {}

func (c *Ctx) Cookies(key string, defaultValue ...string) string { return "" }

func (c *Ctx) FormValue(key string, defaultValue ...string) string { return "" }

func (c *Ctx) Get(key string, defaultValue ...string) string { return "" }

func (c *Ctx) JSON(data interface{}, ctype ...string) error { return nil }

func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{} { return nil }

func (c *Ctx) Method(override ...string) string { return "" }

func (c *Ctx) Next() error { return nil }

func (c *Ctx) Params(key string, defaultValue ...string) string { return "" }

func (c *Ctx) Path(override ...string) string { return "" }

func (c *Ctx) Query(key string, defaultValue ...string) string { return "" }

func (c *Ctx) Redirect(location string, status ...int) error { return nil }

func (c *Ctx) SendStatus(status int) error { return nil }

func (c *Ctx) SendString(body string) error { return nil }

func (c *Ctx) Set(key, val string) {}

func (c *Ctx) Status(status int) *Ctx { return c }
