// Stub of github.com/golang-jwt/jwt/v4@v4.5.2: only the API cookiecheck reads.

// Package jwt is a stub of golang-jwt v4: the types gin-jwt v2's middleware
// fields name.
package jwt

// Token is the parsed token (token.go:36); its fields are not read.
type Token struct{}

// MapClaims is copied from map_claims.go:12.
type MapClaims map[string]interface{}
