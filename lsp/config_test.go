package lsp

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cookiecheck/cookiecheck/analyzer"
)

func TestDecodeSettings(t *testing.T) {
	def := analyzer.DefaultConfig()
	tests := []struct {
		raw     string
		check   func(analyzer.Config) bool
		wantErr string
	}{
		{raw: ``, check: func(c analyzer.Config) bool { return configJSON(c) == configJSON(def) }},
		{raw: `null`, check: func(c analyzer.Config) bool { return configJSON(c) == configJSON(def) }},
		{raw: `[]`, check: func(c analyzer.Config) bool { return configJSON(c) == configJSON(def) }}, // Neovim's empty table
		{raw: `{"max-age": "7d"}`, check: func(c analyzer.Config) bool {
			return time.Duration(c.MaxAge) == 7*24*time.Hour && c.SessionNames == def.SessionNames
		}},
		{raw: `{"cookiecheck": {"disable": ["prefix"]}, "gopls": {"x": 1}}`, check: func(c analyzer.Config) bool {
			return slices.Equal(c.Disable, []string{"prefix"})
		}},
		{raw: `{"include-tests": true, "session-names": "^s$"}`, check: func(c analyzer.Config) bool {
			return c.IncludeTests && c.SessionNames == "^s$"
		}},
		{raw: `{"max-age": "7 days"}`, wantErr: `invalid duration "7 days"`},
		{raw: `{"disable": ["secrue"]}`, wantErr: `unknown category "secrue"`},
		{raw: `{"session-names": "("}`, wantErr: `session-names`},
		{raw: `{"maxage": "7d"}`, wantErr: `unknown field "maxage"`},
		{raw: `"7d"`, wantErr: `must be a JSON object`},
	}
	for _, tt := range tests {
		got, err := decodeSettings(def, []byte(tt.raw))
		switch {
		case tt.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("decodeSettings(%s) error = %v, want one containing %q", tt.raw, err, tt.wantErr)
			}
			if configJSON(got) != configJSON(def) {
				t.Errorf("decodeSettings(%s) with an error changed the base: %s", tt.raw, configJSON(got))
			}
		case err != nil:
			t.Errorf("decodeSettings(%s): %v", tt.raw, err)
		case !tt.check(got):
			t.Errorf("decodeSettings(%s) = %s", tt.raw, configJSON(got))
		}
	}

	// Layers: keys left out keep the lower layer's values.
	base, _ := decodeSettings(def, []byte(`{"max-age": "7d", "disable": ["expiry"]}`))
	top, err := decodeSettings(base, []byte(`{"disable": ["prefix"]}`))
	if err != nil || time.Duration(top.MaxAge) != 7*24*time.Hour || !slices.Equal(top.Disable, []string{"prefix"}) {
		t.Errorf("layered settings = %s, %v", configJSON(top), err)
	}
	if !slices.Equal(base.Disable, []string{"expiry"}) {
		t.Errorf("the lower layer changed: %s", configJSON(base))
	}
}

func TestProjectConfig(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "svc", "api")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := findGolangciConfig(sub); got != "" {
		t.Fatalf("findGolangciConfig with none = %q", got) // (unless the temp dir's parents have one)
	}
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}

	p := write(".golangci.yml", `version: "2"
linters:
  enable: [cookiecheck]
  settings:
    custom:
      cookiecheck:
        type: module
        settings:
          max-age: 7d
          disable: [prefix]
`)
	if got := findGolangciConfig(sub); got != p {
		t.Fatalf("findGolangciConfig = %q, want %q", got, p)
	}
	pc := readProjectConfig(p, nil)
	if !pc.found || pc.err != nil || time.Duration(pc.cfg.MaxAge) != 7*24*time.Hour || !slices.Equal(pc.cfg.Disable, []string{"prefix"}) {
		t.Fatalf("readProjectConfig = %+v", pc)
	}
	if again := readProjectConfig(p, pc); again != pc {
		t.Errorf("an unchanged file was read again")
	}

	// The plugin enabled without settings: the defaults, and the project still wins.
	write(".golangci.yml", "linters:\n  settings:\n    custom:\n      cookiecheck:\n        type: module\n")
	pc = readProjectConfig(p, nil)
	if !pc.found || pc.err != nil || configJSON(pc.cfg) != configJSON(analyzer.DefaultConfig()) {
		t.Errorf("readProjectConfig without settings = %+v", pc)
	}

	// Another linter only: not found, the editor's settings apply.
	write(".golangci.yml", "linters:\n  enable: [govet]\n")
	if pc = readProjectConfig(p, nil); pc.found || pc.err != nil {
		t.Errorf("readProjectConfig without cookiecheck = %+v", pc)
	}

	// A bad value names the setting, as golangci-lint would.
	write(".golangci.yml", "linters:\n  settings:\n    custom:\n      cookiecheck:\n        settings:\n          max-age: 7 days\n")
	if pc = readProjectConfig(p, nil); !pc.found || pc.err == nil || !strings.Contains(pc.err.Error(), `invalid duration "7 days"`) {
		t.Errorf("readProjectConfig with a bad value = %+v", pc)
	}

	// Not YAML at all.
	write(".golangci.yml", "linters: [\n")
	if pc = readProjectConfig(p, nil); pc.err == nil {
		t.Errorf("readProjectConfig of broken YAML = %+v", pc)
	}
}
