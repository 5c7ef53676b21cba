// Stub of github.com/beego/beego/v2@v2.3.10: only the API cookiecheck reads.

// Package web is a stub of beego's web framework: the framework configuration
// BConfig (config.go:37-132, defaults in newBConfig, config.go:523-603) and
// the controller's cookie helpers. With WebConfig.Session.SessionOn the
// framework builds its session manager from these settings (hooks.go:47-77):
// Secure from Listen.EnableHTTPS, HttpOnly unless SessionDisableHTTPOnly,
// SameSite SessionCookieSameSite (default SameSiteDefaultMode: not sent),
// MaxAge SessionCookieLifeTime (default 0: a browser-session cookie), and a
// cookie only with SessionAutoSetCookie (default true).
package web

import (
	"net/http"

	"github.com/beego/beego/v2/server/web/context"
)

// BConfig is the framework configuration (config.go:442), built by newBConfig.
var BConfig *Config = newBConfig()

// Config lists the leading fields of config.go:37-132.
type Config struct {
	AppName             string
	RunMode             string
	RouterCaseSensitive bool
	RecoverPanic        bool
	CopyRequestBody     bool
	EnableGzip          bool
	EnableErrorsShow    bool
	EnableErrorsRender  bool
	ServerName          string
	RecoverFunc         func(*context.Context, *Config)
	MaxMemory           int64
	MaxUploadSize       int64
	Listen              Listen
	WebConfig           WebConfig
}

// Listen lists the leading fields of config.go:134-208.
type Listen struct {
	Graceful    bool
	ListenTCP4  bool
	EnableHTTP  bool
	AutoTLS     bool
	EnableHTTPS bool
}

// WebConfig is copied from config.go:248-343.
type WebConfig struct {
	AutoRender             bool
	EnableDocs             bool
	EnableXSRF             bool
	DirectoryIndex         bool
	FlashName              string
	FlashSeparator         string
	StaticDir              map[string]string
	StaticExtensionsToGzip []string
	StaticCacheFileSize    int
	StaticCacheFileNum     int
	TemplateLeft           string
	TemplateRight          string
	ViewsPath              string
	CommentRouterPath      string
	XSRFKey                string
	XSRFExpire             int
	Session                SessionConfig
}

// SessionConfig is copied from config.go:346-413.
type SessionConfig struct {
	SessionOn                    bool
	SessionAutoSetCookie         bool
	SessionDisableHTTPOnly       bool
	SessionEnableSidInHTTPHeader bool
	SessionEnableSidInURLQuery   bool
	SessionProvider              string
	SessionName                  string
	SessionGCMaxLifetime         int64
	SessionProviderConfig        string
	SessionCookieLifeTime        int
	SessionDomain                string
	SessionNameInHTTPHeader      string
	SessionCookieSameSite        http.SameSite
	SessionIDPrefix              string
}

// newBConfig sets the defaults of config.go:523-603 that matter here.
func newBConfig() *Config {
	return &Config{
		Listen: Listen{EnableHTTP: true},
		WebConfig: WebConfig{
			Session: SessionConfig{
				SessionProvider:         "memory",
				SessionName:             "beegosessionID",
				SessionGCMaxLifetime:    3600,
				SessionAutoSetCookie:    true,
				SessionNameInHTTPHeader: "Beegosessionid",
				SessionCookieSameSite:   http.SameSiteDefaultMode,
			},
		},
	}
}

// Run starts the application (beego.go:50).
func Run(params ...string) {}
