// Stub of github.com/beego/beego/v2@v2.3.10: only the API cookiecheck reads.

package session

import (
	"context"
	"fmt"
	"net/http"
)

// Store is copied from session.go:46.
type Store interface {
	Set(ctx context.Context, key, value interface{}) error
	Get(ctx context.Context, key interface{}) interface{}
	Delete(ctx context.Context, key interface{}) error
	SessionID(ctx context.Context) string
	SessionReleaseIfPresent(ctx context.Context, w http.ResponseWriter)
	SessionRelease(ctx context.Context, w http.ResponseWriter)
	Flush(ctx context.Context) error
}

// Provider is copied from session.go:58.
type Provider interface {
	SessionInit(ctx context.Context, gclifetime int64, config string) error
	SessionRead(ctx context.Context, sid string) (Store, error)
	SessionExist(ctx context.Context, sid string) (bool, error)
	SessionRegenerate(ctx context.Context, oldsid, sid string) (Store, error)
	SessionDestroy(ctx context.Context, sid string) error
	SessionAll(ctx context.Context) int
	SessionGC(ctx context.Context)
}

var provides = make(map[string]Provider)

// Register makes a provider available by name (session.go:75).
func Register(name string, provide Provider) {
	provides[name] = provide
}

// Manager is copied from session.go:92-95.
type Manager struct {
	provider Provider
	config   *ManagerConfig
}

// NewManager defaults only Maxlifetime (0 -> Gclifetime) and SessionIDLength
// (0 -> 16); nothing cookie-related (session.go:109).
func NewManager(provideName string, cf *ManagerConfig) (*Manager, error) {
	provider, ok := provides[provideName]
	if !ok {
		return nil, fmt.Errorf("session: unknown provide %q (forgotten import?)", provideName)
	}
	if cf.Maxlifetime == 0 {
		cf.Maxlifetime = cf.Gclifetime
	}
	if cf.SessionIDLength == 0 {
		cf.SessionIDLength = 16
	}
	return &Manager{provider: provider, config: cf}, nil
}

// SessionStart writes the cookie of session.go:214-229: Path "/", HttpOnly
// !DisableHTTPOnly, Secure only if config.Secure and the request is HTTPS,
// SameSite CookieSameSite, MaxAge/Expires only if CookieLifeTime > 0.
func (manager *Manager) SessionStart(w http.ResponseWriter, r *http.Request) (session Store, err error) {
	return nil, nil
}

func (manager *Manager) SessionDestroy(w http.ResponseWriter, r *http.Request) {}

func (manager *Manager) SessionRegenerateID(w http.ResponseWriter, r *http.Request) (Store, error) {
	return nil, nil
}

func (manager *Manager) GC() {}

// SetSecure sets config.Secure (session.go:341).
func (manager *Manager) SetSecure(secure bool) {
	manager.config.Secure = secure
}
