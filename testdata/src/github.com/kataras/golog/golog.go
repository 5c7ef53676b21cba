// Stub of github.com/kataras/golog@v0.1.11: only the API cookiecheck reads.

// Package golog is a stub holding the Logger type of iris sessions.Config.
// Logger lists no fields.
package golog

// Logger lists no fields (logger.go:28).
type Logger struct{}
