// Stub of github.com/beego/beego/v2@v2.3.10: only the API cookiecheck reads.

// Package session is a stub of beego's session manager. A zero ManagerConfig
// (what NewManagerConfig starts from) means: no cookie at all
// (EnableSetCookie false), HttpOnly true (DisableHTTPOnly false), Secure
// false, SameSite not sent, browser-session cookie (CookieLifeTime 0).
package session

import "net/http"

// ManagerConfig is copied field for field from session_config.go:6-22.
type ManagerConfig struct {
	EnableSetCookie         bool          `json:"enableSetCookie,omitempty"`
	DisableHTTPOnly         bool          `json:"disableHTTPOnly"`
	Secure                  bool          `json:"secure"`
	EnableSidInHTTPHeader   bool          `json:"EnableSidInHTTPHeader"`
	EnableSidInURLQuery     bool          `json:"EnableSidInURLQuery"`
	CookieName              string        `json:"cookieName"`
	Gclifetime              int64         `json:"gclifetime"`
	Maxlifetime             int64         `json:"maxLifetime"`
	CookieLifeTime          int           `json:"cookieLifeTime"`
	ProviderConfig          string        `json:"providerConfig"`
	Domain                  string        `json:"domain"`
	SessionIDLength         int64         `json:"sessionIDLength"`
	SessionNameInHTTPHeader string        `json:"SessionNameInHTTPHeader"`
	SessionIDPrefix         string        `json:"sessionIDPrefix"`
	CookieSameSite          http.SameSite `json:"cookieSameSite"`
}

// Opts applies the options in order.
func (c *ManagerConfig) Opts(opts ...ManagerConfigOpt) {
	for _, opt := range opts {
		opt(c)
	}
}

// ManagerConfigOpt is copied from session_config.go.
type ManagerConfigOpt func(config *ManagerConfig)

// NewManagerConfig starts from a zero ManagerConfig (session_config.go:32).
func NewManagerConfig(opts ...ManagerConfigOpt) *ManagerConfig {
	config := &ManagerConfig{}
	for _, opt := range opts {
		opt(config)
	}
	return config
}

func CfgCookieName(cookieName string) ManagerConfigOpt {
	return func(config *ManagerConfig) {
		config.CookieName = cookieName
	}
}

func CfgSessionIdLength(length int64) ManagerConfigOpt {
	return func(config *ManagerConfig) {
		config.SessionIDLength = length
	}
}

func CfgSessionIdPrefix(prefix string) ManagerConfigOpt {
	return func(config *ManagerConfig) {
		config.SessionIDPrefix = prefix
	}
}

func CfgSetCookie(enable bool) ManagerConfigOpt {
	return func(config *ManagerConfig) {
		config.EnableSetCookie = enable
	}
}

func CfgGcLifeTime(lifeTime int64) ManagerConfigOpt {
	return func(config *ManagerConfig) {
		config.Gclifetime = lifeTime
	}
}

func CfgMaxLifeTime(lifeTime int64) ManagerConfigOpt {
	return func(config *ManagerConfig) {
		config.Maxlifetime = lifeTime
	}
}

// CfgCookieLifeTime sets the cookie lifetime in seconds (session_config.go:83).
func CfgCookieLifeTime(lifeTime int) ManagerConfigOpt {
	return func(config *ManagerConfig) {
		config.CookieLifeTime = lifeTime
	}
}

func CfgProviderConfig(providerConfig string) ManagerConfigOpt {
	return func(config *ManagerConfig) {
		config.ProviderConfig = providerConfig
	}
}

func CfgDomain(domain string) ManagerConfigOpt {
	return func(config *ManagerConfig) {
		config.Domain = domain
	}
}

func CfgSessionIdInHTTPHeader(enable bool) ManagerConfigOpt {
	return func(config *ManagerConfig) {
		config.EnableSidInHTTPHeader = enable
	}
}

func CfgSetSessionNameInHTTPHeader(name string) ManagerConfigOpt {
	return func(config *ManagerConfig) {
		config.SessionNameInHTTPHeader = name
	}
}

func CfgEnableSidInURLQuery(enable bool) ManagerConfigOpt {
	return func(config *ManagerConfig) {
		config.EnableSidInURLQuery = enable
	}
}

// CfgHTTPOnly stores the inverse in DisableHTTPOnly (session_config.go:125).
func CfgHTTPOnly(HTTPOnly bool) ManagerConfigOpt {
	return func(config *ManagerConfig) {
		config.DisableHTTPOnly = !HTTPOnly
	}
}

// CfgSecure sets Secure, which is only honoured on HTTPS requests (session_config.go:132).
func CfgSecure(Enable bool) ManagerConfigOpt {
	return func(config *ManagerConfig) {
		config.Secure = Enable
	}
}

// CfgSameSite sets CookieSameSite (session_config.go:139).
func CfgSameSite(sameSite http.SameSite) ManagerConfigOpt {
	return func(config *ManagerConfig) {
		config.CookieSameSite = sameSite
	}
}
