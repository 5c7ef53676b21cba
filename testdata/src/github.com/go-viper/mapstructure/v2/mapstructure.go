// Stub of github.com/go-viper/mapstructure/v2@v2.4.0: only the API cookiecheck reads.

// Package mapstructure is a stub of go-viper/mapstructure: the type of viper's decoder
// options (mapstructure.go:223).
package mapstructure

// DecoderConfig configures a decoder.
type DecoderConfig struct{}
