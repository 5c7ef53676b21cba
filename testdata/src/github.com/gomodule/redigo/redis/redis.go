// Stub of github.com/gomodule/redigo@v1.9.2: only the API cookiecheck reads.

// Package redis is a stub holding the Pool type that boj/redistore and
// gin-contrib/sessions/redis take. Pool lists only its exported fields.
package redis

import (
	"context"
	"time"
)

// Conn is copied from redis.go:29.
type Conn interface {
	Close() error
	Err() error
	Do(commandName string, args ...interface{}) (reply interface{}, err error)
	Send(commandName string, args ...interface{}) error
	Flush() error
	Receive() (reply interface{}, err error)
}

// Pool lists the exported fields of pool.go:120-178, in order.
type Pool struct {
	Dial                func() (Conn, error)
	DialContext         func(ctx context.Context) (Conn, error)
	TestOnBorrow        func(c Conn, lastUsed time.Time) error
	TestOnBorrowContext func(ctx context.Context, c Conn, lastUsed time.Time) error
	MaxIdle             int
	MaxActive           int
	IdleTimeout         time.Duration
	Wait                bool
	MaxConnLifetime     time.Duration
}

func (p *Pool) Get() Conn    { panic("stub") }
func (p *Pool) Close() error { return nil }
