package lsp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"go.yaml.in/yaml/v3"
)

// Configuration comes from two places:
//
//   - the editor: initializationOptions, replaced by each workspace/didChangeConfiguration
//     that carries settings;
//   - the project: the cookiecheck plugin settings of the nearest .golangci.yml (or .yaml,
//     .json) at or above the module root, linters.settings.custom.cookiecheck.settings.
//
// When the project file configures cookiecheck, it wins for every file of that module, so the
// editor reports what CI reports; the editor's settings serve modules without one.

// settingsSection is the key under which a client may nest the settings
// ({"cookiecheck": {"max-age": "7d"}}), as VS Code's configuration sections do; other
// sections beside it are then ignored.
const settingsSection = "cookiecheck"

// decodeSettings decodes a JSON object of analyzer settings (the flag names as keys) over
// base: keys left out keep base's values, an unknown key or a bad value is an error naming it.
// Decoding into analyzer.Config itself, not a copy of its fields, lets settings added to it
// work here unchanged.
func decodeSettings(base analyzer.Config, raw json.RawMessage) (analyzer.Config, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) || bytes.Equal(raw, []byte("[]")) {
		return base, nil // no settings (Neovim sends an empty Lua table as [])
	}
	var sections map[string]json.RawMessage
	if err := json.Unmarshal(raw, &sections); err != nil {
		return base, fmt.Errorf("settings must be a JSON object: %v", err)
	}
	if nested, ok := sections[settingsSection]; ok {
		return decodeSettings(base, nested)
	}
	cfg := base
	cfg.Disable = append([]string(nil), base.Disable...)
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return base, err
	}
	if err := cfg.Validate(); err != nil {
		return base, err
	}
	return cfg, nil
}

// golangciNames are the configuration files golangci-lint reads, in its order of preference.
// (.golangci.toml is not read: say so rather than pretend.)
var golangciNames = []string{".golangci.yml", ".golangci.yaml", ".golangci.json", ".golangci.toml"}

// projectConfig is the cookiecheck configuration of one golangci-lint file.
type projectConfig struct {
	path    string
	modTime time.Time
	size    int64
	found   bool            // the file configures cookiecheck
	cfg     analyzer.Config // valid when found and err == nil
	err     error           // the file or its settings are invalid
}

// findGolangciConfig returns the nearest golangci-lint configuration file at or above dir,
// or "".
func findGolangciConfig(dir string) string {
	for {
		for _, name := range golangciNames {
			p := filepath.Join(dir, name)
			if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
				return p
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// readProjectConfig reads the cookiecheck settings of the golangci-lint file at path, reusing
// cached when the file has not changed.
func readProjectConfig(path string, cached *projectConfig) *projectConfig {
	fi, err := os.Stat(path)
	if err != nil {
		return &projectConfig{path: path}
	}
	if cached != nil && cached.path == path && cached.modTime.Equal(fi.ModTime()) && cached.size == fi.Size() {
		return cached
	}
	pc := &projectConfig{path: path, modTime: fi.ModTime(), size: fi.Size()}
	if filepath.Ext(path) == ".toml" {
		return pc // not read; the server logs that editor settings apply
	}
	data, err := os.ReadFile(path)
	if err != nil {
		pc.err = err
		return pc
	}
	var doc struct {
		Linters struct {
			Settings struct {
				Custom map[string]struct {
					Settings any `yaml:"settings"`
				} `yaml:"custom"`
			} `yaml:"settings"`
		} `yaml:"linters"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil { // JSON is YAML too
		pc.err = err
		return pc
	}
	custom, ok := doc.Linters.Settings.Custom[settingsSection]
	if !ok {
		return pc
	}
	pc.found = true
	raw, err := json.Marshal(custom.Settings)
	if err != nil {
		pc.err = err
		return pc
	}
	pc.cfg, pc.err = decodeSettings(analyzer.DefaultConfig(), raw)
	return pc
}
