// Stub of gorm.io/gorm@v1.25.12: only the API cookiecheck reads.

// Package gorm is a stub of GORM: the DB type gormstore takes.
package gorm

// DB is the database handle (gorm.go:96); its fields are not read.
type DB struct{}
