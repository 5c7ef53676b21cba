package analyzer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestNewSideBySide runs analyzers built by New with different configurations concurrently
// on the same packages: each must report exactly its own set, so no configuration leaks
// between them. (They run in separate checker.Analyze calls: a driver refuses two analyzers
// that share a fact type in one run.)
func TestNewSideBySide(t *testing.T) {
	noSecure := analyzer.DefaultConfig()
	noSecure.Disable = []string{analyzer.CategorySecure}
	shortLived := analyzer.DefaultConfig()
	shortLived.MaxAge = analyzer.Duration(time.Hour)
	analyzers := []*analysis.Analyzer{analyzer.New(noSecure), analyzer.New(shortLived), analyzer.Analyzer}
	want := map[*analysis.Analyzer][]string{ // line:category
		analyzers[0]: {"14:httponly"},                         // session's missing Secure is disabled
		analyzers[1]: {"9:expiry", "9:secure", "14:httponly"}, // session's 2h exceeds 1h
		analyzers[2]: {"9:secure", "14:httponly"},
	}

	pkgs := loadSideBySide(t)
	got := make(map[*analysis.Analyzer][]string)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, a := range analyzers {
		wg.Go(func() {
			graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			defer mu.Unlock()
			for _, act := range graph.Roots {
				if act.Err != nil {
					t.Errorf("%s: %v", act, act.Err)
				}
				for _, d := range act.Diagnostics {
					posn := act.Package.Fset.Position(d.Pos)
					got[act.Analyzer] = append(got[act.Analyzer], fmt.Sprintf("%d:%s", posn.Line, d.Category))
				}
			}
		})
	}
	wg.Wait()
	for i, a := range analyzers {
		slices.Sort(got[a])
		slices.Sort(want[a])
		if !slices.Equal(got[a], want[a]) {
			t.Errorf("analyzer %d (-%s=%s -%s=%s) reported %v, want %v", i,
				analyzer.FlagDisable, a.Flags.Lookup(analyzer.FlagDisable).Value,
				analyzer.FlagMaxAge, a.Flags.Lookup(analyzer.FlagMaxAge).Value, got[a], want[a])
		}
	}
}

// TestNewConfig checks that New keeps every setting of its Config, and that setting one
// analyzer's flag changes neither the others nor the Config passed to New.
func TestNewConfig(t *testing.T) {
	cfg := analyzer.Config{
		Disable:          []string{analyzer.CategoryPrefix},
		MaxAge:           analyzer.Duration(36 * time.Hour),
		SessionNames:     "^app$",
		IncludeTests:     true,
		UnusedDirectives: false,
		GroupByLine:      true,
	}
	a, b := analyzer.New(cfg), analyzer.New(cfg)
	want := map[string]string{
		analyzer.FlagDisable:          "prefix",
		analyzer.FlagMaxAge:           cfg.MaxAge.String(),
		analyzer.FlagSessionNames:     "^app$",
		analyzer.FlagIncludeTests:     "true",
		analyzer.FlagUnusedDirectives: "false",
		analyzer.FlagGroupByLine:      "true",
	}
	check := func(who string, x *analysis.Analyzer, want map[string]string) {
		t.Helper()
		for name, value := range want {
			if got := x.Flags.Lookup(name).Value.String(); got != value {
				t.Errorf("%s: -%s = %q, want %q", who, name, got, value)
			}
		}
	}
	check("New(cfg)", a, want)

	for _, arg := range []string{"-disable=secure,httponly", "-max-age=1h", "-session-names=x", "-include-tests=false", "-unused-directives", "-group-by-line=false"} {
		if err := a.Flags.Parse([]string{arg}); err != nil {
			t.Fatal(err)
		}
	}
	check("the other New(cfg) after setting the first one's flags", b, want)
	if cfg.MaxAge != analyzer.Duration(36*time.Hour) || !slices.Equal(cfg.Disable, []string{analyzer.CategoryPrefix}) {
		t.Errorf("setting flags changed the Config passed to New: %+v", cfg)
	}
	check("analyzer.Analyzer", analyzer.Analyzer, map[string]string{
		analyzer.FlagDisable: "", analyzer.FlagMaxAge: "14d", analyzer.FlagIncludeTests: "false",
		analyzer.FlagUnusedDirectives: "true", analyzer.FlagGroupByLine: "false",
	})
}

// loadSideBySide loads testdata/src/sidebyside in GOPATH mode, as analysistest does.
func loadSideBySide(t *testing.T) []*packages.Package {
	t.Helper()
	gopath, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(gopath, "src", "sidebyside"),
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, "sidebyside")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 || len(pkgs) != 1 {
		t.Fatalf("loading sidebyside: %d packages, or errors above", len(pkgs))
	}
	return pkgs
}
