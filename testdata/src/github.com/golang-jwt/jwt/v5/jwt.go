// Stub of github.com/golang-jwt/jwt/v5@v5.3.0: only the API cookiecheck reads.

// Package jwt is a stub of golang-jwt v5: the types gin-jwt v3's middleware
// fields name.
package jwt

// Token is the parsed token (token.go:30); its fields are not read.
type Token struct{}

// MapClaims is copied from map_claims.go:10.
type MapClaims map[string]any
