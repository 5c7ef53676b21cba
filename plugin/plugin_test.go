package plugin_test

import (
	"flag"
	"strings"
	"testing"
	"time"

	"github.com/cookiecheck/cookiecheck/analyzer"
	_ "github.com/cookiecheck/cookiecheck/plugin"
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
)

// TestPlugin builds the plugin the way golangci-lint does: by name, from the settings of
// .golangci.yml as golangci-lint hands them over (a map with lower-cased keys, or nil).
func TestPlugin(t *testing.T) {
	newPlugin, err := register.GetPlugin("cookiecheck")
	if err != nil {
		t.Fatal(err)
	}

	t.Run("good", func(t *testing.T) {
		for _, test := range []struct {
			name     string
			settings any
			want     map[string]string // flag name -> value; other flags keep their defaults
		}{
			{"nil", nil, nil},
			{"empty", map[string]any{}, nil},
			{"some", map[string]any{
				"max-age": "7d",
				"disable": []any{"prefix", "expiry"},
			}, map[string]string{"max-age": "7d", "disable": "prefix,expiry"}},
			{"all", map[string]any{
				"disable":           []any{},
				"max-age":           "36h",
				"session-names":     "^app_session$",
				"include-tests":     true,
				"unused-directives": false,
				"group-by-line":     false,
			}, map[string]string{"max-age": analyzer.Duration(36 * time.Hour).String(), "session-names": "^app_session$", "include-tests": "true",
				"unused-directives": "false", "group-by-line": "false"}},
		} {
			t.Run(test.name, func(t *testing.T) {
				p, err := newPlugin(test.settings)
				if err != nil {
					t.Fatal(err)
				}
				if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
					t.Errorf("GetLoadMode() = %q, want %q", mode, register.LoadModeTypesInfo)
				}
				analyzers, err := p.BuildAnalyzers()
				if err != nil {
					t.Fatal(err)
				}
				if len(analyzers) != 1 || analyzers[0].Name != "cookiecheck" || analyzers[0] == analyzer.Analyzer {
					t.Fatalf("BuildAnalyzers() = %v, want one fresh cookiecheck analyzer", analyzers)
				}
				if err := analysis.Validate(analyzers); err != nil {
					t.Fatal(err)
				}
				// The analyzer's flags are bound to the configuration it runs with.
				// The plugin's default differs from the analyzer's in one flag.
				analyzers[0].Flags.VisitAll(func(f *flag.Flag) {
					want, ok := test.want[f.Name]
					switch {
					case ok:
					case f.Name == analyzer.FlagGroupByLine:
						want = "true"
					default:
						want = analyzer.Analyzer.Flags.Lookup(f.Name).Value.String()
					}
					if got := f.Value.String(); got != want {
						t.Errorf("-%s = %q, want %q", f.Name, got, want)
					}
				})
			})
		}
	})

	t.Run("bad", func(t *testing.T) {
		for _, test := range []struct {
			name     string
			settings any
			wantErr  string
		}{
			{"unknown key", map[string]any{"maxage": "7d"}, `unknown field "maxage"`},
			{"bad duration", map[string]any{"max-age": "7 days"}, `invalid duration "7 days"`},
			{"zero days", map[string]any{"max-age": "0d"}, `invalid number of days "0d"`},
			{"negative", map[string]any{"max-age": "-1h"}, `must be positive`},
			{"number", map[string]any{"max-age": 3600}, `max-age`},
			{"unknown category", map[string]any{"disable": []any{"secur"}}, `disable: unknown category "secur"`},
			{"directive category", map[string]any{"disable": []any{"directive"}}, `disable: category "directive" cannot be disabled`},
			{"not a bool", map[string]any{"group-by-line": "yes"}, `group-by-line`},
			{"bad regexp", map[string]any{"session-names": "(sess"}, `session-names: error parsing regexp`},
			{"not a map", []any{"max-age"}, `cannot unmarshal array`},
		} {
			t.Run(test.name, func(t *testing.T) {
				p, err := newPlugin(test.settings)
				if err == nil {
					t.Fatalf("New(%v) = %v, want an error", test.settings, p)
				}
				if msg := err.Error(); !strings.HasPrefix(msg, "cookiecheck settings: ") || !strings.Contains(msg, test.wantErr) {
					t.Errorf("New(%v) error = %q, want it to start with %q and contain %q",
						test.settings, msg, "cookiecheck settings: ", test.wantErr)
				}
			})
		}
	})
}
