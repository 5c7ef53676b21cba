// Stub of github.com/spf13/viper@v1.21.0: only the API cookiecheck reads.

// Package viper is a stub of spf13/viper: defaults, boolean reads, flag bindings and
// Unmarshal (viper.go:92, 797-799, 935-939, 1061-1074, 1480-1482), on the global instance
// and on a *Viper.
package viper

import (
	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/pflag"
)

// DecoderConfigOption configures Unmarshal's decoder.
type DecoderConfigOption func(*mapstructure.DecoderConfig)

// Viper is a configuration registry.
type Viper struct{}

func New() *Viper { return new(Viper) }

func GetBool(key string) bool { return false }

func (v *Viper) GetBool(key string) bool { return false }

func GetString(key string) string { return "" }

func (v *Viper) GetString(key string) string { return "" }

func SetDefault(key string, value any) {}

func (v *Viper) SetDefault(key string, value any) {}

func BindPFlags(flags *pflag.FlagSet) error { return nil }

func (v *Viper) BindPFlags(flags *pflag.FlagSet) error { return nil }

func BindPFlag(key string, flag *pflag.Flag) error { return nil }

func (v *Viper) BindPFlag(key string, flag *pflag.Flag) error { return nil }

func Unmarshal(rawVal any, opts ...DecoderConfigOption) error { return nil }

func (v *Viper) Unmarshal(rawVal any, opts ...DecoderConfigOption) error { return nil }
