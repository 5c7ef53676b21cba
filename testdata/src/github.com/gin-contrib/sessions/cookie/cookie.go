// Stub of github.com/gin-contrib/sessions@v1.0.4: only the API cookiecheck reads.

// Package cookie is a stub: NewStore wraps gorilla's NewCookieStore, so the
// defaults are Path "/", MaxAge 30 days, Secure true, SameSite None.
package cookie

import (
	"github.com/gin-contrib/sessions"
	gsessions "github.com/gorilla/sessions"
)

// Store is copied from cookie/cookie.go.
type Store interface {
	sessions.Store
}

// NewStore is copied from cookie/cookie.go:21-23.
func NewStore(keyPairs ...[]byte) Store {
	return &store{gsessions.NewCookieStore(keyPairs...)}
}

type store struct {
	*gsessions.CookieStore
}

func (c *store) Options(options sessions.Options) {
	c.CookieStore.Options = options.ToGorillaOptions()
}
