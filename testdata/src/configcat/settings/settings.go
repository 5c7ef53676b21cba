// Package settings declares an app's settings in every way the config category reads a
// declared default (RULES.md, config row): struct tags, a defaults function, a package-level
// defaults literal, flags bound to fields and flag variables. Its facts are what the cookies
// of package web (another package) are judged by.
package settings

import (
	"flag"
	"os"
)

// Config is loaded by a tag-reading loader (creasty/defaults, envconfig, caarlos0/env, ...).
type Config struct {
	SecureCookie    bool   `default:"false"`     // want SecureCookie:`Config.SecureCookie defaults to false \(tag default:"false", configcat/settings/settings.go:\d+\)`
	HTTPOnlyCookie  bool   `envDefault:"false"`  // want HTTPOnlyCookie:`Config.HTTPOnlyCookie defaults to false`
	SecureByDefault bool   `default:"true"`      // want SecureByDefault:`defaults to true`
	InsecureCookies bool   `env-default:"false"` // want InsecureCookies:`defaults to false`
	LegacyInsecure  bool   `default:"true"`      // want LegacyInsecure:`defaults to true`
	NoDefault       bool   // no declared default: no fact
	TLSDerived      bool   `default:"false"` // want TLSDerived:`Config.TLSDerived has no single declared default`
	DevOverride     bool   `default:"true"`  // want DevOverride:`has no single declared default`
	BehindProxy     bool   `default:"false"` // want BehindProxy:`defaults to false`
	SameSite        string `default:"None"`  // want SameSite:`Config.SameSite defaults to None`
	Cookie          struct {
		Secure bool `envDefault:"false"` // want Secure:`Config.Cookie.Secure defaults to false`
	}
}

// Load sets TLSDerived in code: its tag default is not what deployments get.
func Load(dev bool) *Config {
	c := &Config{}
	c.TLSDerived = os.Getenv("TLS_CERT") != ""
	if dev {
		c.DevOverride = false
	}
	return c
}

// Options has no tags; DefaultOptions declares its defaults.
type Options struct {
	SecureCookies bool // want SecureCookies:`Options.SecureCookies defaults to false \(DefaultOptions, configcat/settings/settings.go:\d+\)`
	HTTPOnly      bool // want HTTPOnly:`defaults to true`
	Twice         bool // want Twice:`Options.Twice has no single declared default`
	Unset         bool // never given a constant: no fact
}

// DefaultOptions is the only place SecureCookies gets a constant.
func DefaultOptions() Options {
	return Options{SecureCookies: false, HTTPOnly: true, Twice: false}
}

// ProductionDefaults declares Twice differently.
func ProductionDefaults() *Options {
	o := DefaultOptions()
	o.Twice = true
	return &o
}

// Cors is declared with its defaults in a package-level literal, as Cloudreve does.
type Cors struct {
	Secure bool // want Secure:`Cors.Secure defaults to false \(CORSConfig, `
}

var CORSConfig = &Cors{Secure: false}

// Flag variables and flags bound to fields.
var (
	SecureFlag = flag.Bool("secure-cookie", false, "send cookies over HTTPS only") // want SecureFlag:`flag -secure-cookie defaults to false`
	HTTPSOnly  bool                                                                // want HTTPSOnly:`flag -https-only defaults to true`
	EnvDecided bool                                                                // want EnvDecided:`EnvDecided has no single declared default`
	Flags      FlagConfig
)

// FlagConfig's fields are bound to flags in init.
type FlagConfig struct {
	Secure   bool // want Secure:`flag -flag-secure defaults to false \(Config.SecureCookie tag default:"false"`
	HTTPOnly bool // want HTTPOnly:`flag -flag-httponly defaults to false`
}

func init() {
	flag.BoolVar(&HTTPSOnly, "https-only", true, "")
	flag.BoolVar(&EnvDecided, "env-decided", os.Getenv("SECURE") == "1", "")
	var defaults Config
	flag.BoolVar(&Flags.Secure, "flag-secure", defaults.SecureCookie, "")
	fs := flag.NewFlagSet("app", flag.ExitOnError)
	fs.BoolVar(&Flags.HTTPOnly, "flag-httponly", false, "")
}
