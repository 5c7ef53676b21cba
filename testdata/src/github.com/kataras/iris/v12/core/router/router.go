// Stub of github.com/kataras/iris/v12@v12.2.11: only the API cookiecheck reads.

// Package router is a stub holding the types iris.Application embeds.
// APIBuilder, Router and Route list no fields.
package router

import (
	"net/http"

	"github.com/kataras/iris/v12/context"
)

// APIBuilder lists no fields (api_builder.go:213).
type APIBuilder struct{}

// Use registers middleware (api_builder.go:1308).
func (api *APIBuilder) Use(handlers ...context.Handler) {}

// UseRouter registers router-level middleware (api_builder.go:1255).
func (api *APIBuilder) UseRouter(handlers ...context.Handler) {}

func (api *APIBuilder) Get(relativePath string, handlers ...context.Handler) *Route {
	return &Route{}
}

func (api *APIBuilder) Post(relativePath string, handlers ...context.Handler) *Route {
	return &Route{}
}

// Router lists no fields (router.go:22).
type Router struct{}

func (router *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// Route lists no fields (route.go:21).
type Route struct{}
