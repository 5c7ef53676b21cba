// Stub of github.com/garyburd/redigo@v0.0.0-20150301180006-535138d7bcd7: only the API cookiecheck reads.

// Package redis is a stub of the old redigo: the pool type redistore.v1 takes.
package redis

// Pool is the connection pool (pool.go:94); its fields are not read.
type Pool struct{}
