// Package plugin registers cookiecheck as a golangci-lint v2 module plugin.
//
// Build a golangci-lint binary that includes it with `golangci-lint custom` and a
// .custom-gcl.yml naming this package, then enable it in .golangci.yml:
//
//	linters:
//	  enable:
//	    - cookiecheck
//	  settings:
//	    custom:
//	      cookiecheck:
//	        type: module
//	        settings:
//	          max-age: 7d
//	          disable: [prefix]
//
// The settings keys are the analyzer's flag names (analyzer.Config's JSON keys); keys left
// out keep their defaults, except group-by-line, which the plugin turns on: golangci-lint
// shows one issue per line by default (issues.uniq-by-line), so the findings of a line are
// merged into one issue with one fix. Set group-by-line: false to get one issue per finding
// (with uniq-by-line: false, or some are hidden).
package plugin

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
)

func init() { register.Plugin("cookiecheck", New) }

// New returns the plugin for the settings found under
// linters.settings.custom.cookiecheck.settings, or an error naming the bad setting.
func New(rawSettings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[settings](rawSettings)
	if err != nil {
		return nil, fmt.Errorf("cookiecheck settings: %w", err)
	}
	cfg := analyzer.Config(s)
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("cookiecheck settings: %w", err)
	}
	return &plugin{cfg: cfg}, nil
}

// settings is analyzer.Config decoded on top of the plugin's defaults, so that keys left
// out of .golangci.yml keep their defaults instead of becoming zero values (a zero max-age
// would be invalid, an empty session-names would match every cookie).
type settings analyzer.Config

// pluginDefaults is analyzer.DefaultConfig with the findings of a line merged into one
// issue, which golangci-lint's default uniq-by-line shows whole.
func pluginDefaults() analyzer.Config {
	cfg := analyzer.DefaultConfig()
	cfg.GroupByLine = true
	return cfg
}

// UnmarshalJSON decodes data over the defaults, rejecting unknown keys as DecodeSettings
// does. It is also called for a JSON null (no settings at all).
func (s *settings) UnmarshalJSON(data []byte) error {
	cfg := pluginDefaults()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return err
	}
	*s = settings(cfg)
	return nil
}

// plugin is the register.LinterPlugin of one configuration.
type plugin struct{ cfg analyzer.Config }

// BuildAnalyzers returns a fresh analyzer bound to the plugin's configuration.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{analyzer.New(p.cfg)}, nil
}

// GetLoadMode asks for type information: cookiecheck matches carriers by their types.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
