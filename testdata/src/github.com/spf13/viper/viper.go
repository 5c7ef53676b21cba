// Stub of github.com/spf13/viper@v1.21.0: only the API cookiecheck reads.

// Package viper is a stub of spf13/viper: defaults and boolean reads (viper.go:797-799,
// 1480-1482), on the global instance and on a *Viper.
package viper

// Viper is a configuration registry.
type Viper struct{}

func New() *Viper { return new(Viper) }

func GetBool(key string) bool { return false }

func (v *Viper) GetBool(key string) bool { return false }

func GetString(key string) string { return "" }

func (v *Viper) GetString(key string) string { return "" }

func SetDefault(key string, value any) {}

func (v *Viper) SetDefault(key string, value any) {}
