// Stub of github.com/appleboy/gin-jwt/v3@v3.0.0: only the API cookiecheck reads.

// Package core is a stub of gin-jwt v3's token types.
package core

// Token is copied from store.go:53-59.
type Token struct {
	AccessToken  string `json:"access_token"`
	TokenType    string `json:"token_type"`
	RefreshToken string `json:"refresh_token,omitempty"`
	ExpiresAt    int64  `json:"expires_at"`
	CreatedAt    int64  `json:"created_at"`
}
