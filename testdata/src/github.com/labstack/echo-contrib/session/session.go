// Stub of github.com/labstack/echo-contrib@v0.50.1: only the API cookiecheck reads.

// Package session is a stub of echo-contrib's session middleware (echo v4).
// It has no cookie attributes: they come from the gorilla store.
package session

import (
	"fmt"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// Config is copied from session/session.go:17-24.
type Config struct {
	Skipper middleware.Skipper
	Store   sessions.Store
}

const key = "_session_store"

// DefaultConfig is copied from session/session.go.
var DefaultConfig = Config{
	Skipper: middleware.DefaultSkipper,
}

// Get returns the named session from the store set by Middleware (session.go:39).
func Get(name string, c echo.Context) (*sessions.Session, error) {
	s := c.Get(key)
	if s == nil {
		return nil, fmt.Errorf("%q session store not found", key)
	}
	store := s.(sessions.Store)
	return store.Get(c.Request(), name)
}

// Middleware is copied from session/session.go:49.
func Middleware(store sessions.Store) echo.MiddlewareFunc {
	c := DefaultConfig
	c.Store = store
	return MiddlewareWithConfig(c)
}

// MiddlewareWithConfig is copied from session/session.go:57.
func MiddlewareWithConfig(config Config) echo.MiddlewareFunc {
	if config.Skipper == nil {
		config.Skipper = DefaultConfig.Skipper
	}
	if config.Store == nil {
		panic("echo: session middleware requires store")
	}
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if config.Skipper(c) {
				return next(c)
			}
			c.Set(key, config.Store)
			return next(c)
		}
	}
}
