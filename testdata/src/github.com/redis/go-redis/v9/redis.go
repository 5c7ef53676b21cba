// Stub of github.com/redis/go-redis/v9@v9.8.0: only the API cookiecheck reads.

// Package redis is a stub of go-redis v9: the client interface redisstore takes.
package redis

// UniversalClient is the client interface (universal.go:240); its methods are
// not read.
type UniversalClient interface{}
