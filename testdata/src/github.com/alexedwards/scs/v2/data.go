// Stub of github.com/alexedwards/scs/v2@v2.9.0: only the API cookiecheck reads.

package scs

import (
	"context"
	"time"
)

func (s *SessionManager) Load(ctx context.Context, token string) (context.Context, error) {
	return ctx, nil
}
func (s *SessionManager) Commit(ctx context.Context) (string, time.Time, error) {
	return "", time.Time{}, nil
}
func (s *SessionManager) Destroy(ctx context.Context) error                    { return nil }
func (s *SessionManager) Put(ctx context.Context, key string, val interface{}) {}
func (s *SessionManager) Get(ctx context.Context, key string) interface{}      { return nil }
func (s *SessionManager) Pop(ctx context.Context, key string) interface{}      { return nil }
func (s *SessionManager) Remove(ctx context.Context, key string)               {}
func (s *SessionManager) Exists(ctx context.Context, key string) bool          { return false }
func (s *SessionManager) RenewToken(ctx context.Context) error                 { return nil }
func (s *SessionManager) GetString(ctx context.Context, key string) string     { return "" }
func (s *SessionManager) GetBool(ctx context.Context, key string) bool         { return false }
func (s *SessionManager) GetInt(ctx context.Context, key string) int           { return 0 }
func (s *SessionManager) PopString(ctx context.Context, key string) string     { return "" }

// RememberMe makes the cookie persistent for this session even when
// Cookie.Persist is false (data.go:534).
func (s *SessionManager) RememberMe(ctx context.Context, val bool) {}

func (s *SessionManager) Deadline(ctx context.Context) time.Time            { return time.Time{} }
func (s *SessionManager) SetDeadline(ctx context.Context, expire time.Time) {}
func (s *SessionManager) Token(ctx context.Context) string                  { return "" }
