// Stub of github.com/gin-gonic/gin@v1.12.0: only the API cookiecheck reads.

// Package gin is a stub of the gin web framework: the cookie methods of
// *Context and enough of Engine/RouterGroup to write handlers.
// Engine lists only its leading fields (up to ContextWithFallback).
package gin

import (
	"net/http"
	"sync"
)

// HandlerFunc is copied from gin.go:51.
type HandlerFunc func(*Context)

// OptionFunc is copied from gin.go:54.
type OptionFunc func(*Engine)

// HandlersChain is copied from gin.go:57.
type HandlersChain []HandlerFunc

// H is copied from utils.go:61.
type H map[string]any

// Engine lists the leading fields of gin.go:92-189.
type Engine struct {
	RouterGroup

	routeTreesUpdated sync.Once

	RedirectTrailingSlash  bool
	RedirectFixedPath      bool
	HandleMethodNotAllowed bool
	ForwardedByClientIP    bool
	AppEngine              bool
	UseRawPath             bool
	UseEscapedPath         bool
	UnescapePathValues     bool
	RemoveExtraSlash       bool
	RemoteIPHeaders        []string
	TrustedPlatform        string
	MaxMultipartMemory     int64
	UseH2C                 bool
	ContextWithFallback    bool
}

// New returns a blank Engine without middleware (gin.go:202).
func New(opts ...OptionFunc) *Engine {
	engine := &Engine{
		RedirectTrailingSlash:  true,
		RedirectFixedPath:      false,
		HandleMethodNotAllowed: false,
		ForwardedByClientIP:    true,
		RemoteIPHeaders:        []string{"X-Forwarded-For", "X-Real-IP"},
		UseRawPath:             false,
		UseEscapedPath:         false,
		RemoveExtraSlash:       false,
		UnescapePathValues:     true,
		MaxMultipartMemory:     32 << 20, // defaultMultipartMemory
	}
	engine.RouterGroup.engine = engine
	engine.RouterGroup.root = true
	engine.RouterGroup.basePath = "/"
	for _, opt := range opts {
		opt(engine)
	}
	return engine
}

// Default returns an Engine with the Logger and Recovery middleware (gin.go:236).
func Default(opts ...OptionFunc) *Engine { return New(opts...) }

func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes {
	engine.RouterGroup.Use(middleware...)
	return engine
}

func (engine *Engine) Run(addr ...string) (err error) { return nil }

func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

// IRoutes is copied from routergroup.go:33-51.
type IRoutes interface {
	Use(...HandlerFunc) IRoutes

	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
	Match([]string, string, ...HandlerFunc) IRoutes

	StaticFile(string, string) IRoutes
	StaticFileFS(string, string, http.FileSystem) IRoutes
	Static(string, string) IRoutes
	StaticFS(string, http.FileSystem) IRoutes
}

// RouterGroup is copied from routergroup.go:55-60.
type RouterGroup struct {
	Handlers HandlersChain
	basePath string
	engine   *Engine
	root     bool
}

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes {
	group.Handlers = append(group.Handlers, middleware...)
	return group
}

func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return &RouterGroup{Handlers: handlers, basePath: relativePath, engine: group.engine}
}

func (group *RouterGroup) BasePath() string { return group.basePath }

func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes  { return group }
func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes   { return group }
func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) OPTIONS(relativePath string, handlers ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) HEAD(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) Match(methods []string, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) StaticFile(relativePath, filepath string) IRoutes { return group }
func (group *RouterGroup) StaticFileFS(relativePath, filepath string, fs http.FileSystem) IRoutes {
	return group
}
func (group *RouterGroup) Static(relativePath, root string) IRoutes                 { return group }
func (group *RouterGroup) StaticFS(relativePath string, fs http.FileSystem) IRoutes { return group }
