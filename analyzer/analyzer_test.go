package analyzer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// newAnalyzer returns a fresh analyzer configured by flags.
func newAnalyzer(t *testing.T, flags ...string) *analysis.Analyzer {
	t.Helper()
	a := analyzer.New(analyzer.DefaultConfig())
	if err := a.Flags.Parse(flags); err != nil {
		t.Fatal(err)
	}
	return a
}

func TestNetHTTP(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "nethttp")
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "fixes")
}

func TestFlags(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, newAnalyzer(t, "-disable=secure,samesite"), "disable")
	analysistest.Run(t, dir, newAnalyzer(t, "-max-age=1h"), "maxage")
	analysistest.Run(t, dir, newAnalyzer(t, "-session-names=^app_"), "sessionnames")
	analysistest.Run(t, dir, newAnalyzer(t, "-include-tests"), "includetests")
}

// TestFixesIdempotent applies every fix (the .golden files), lints the result again, and
// checks that nothing is left to fix.
func TestFixesIdempotent(t *testing.T) {
	src := filepath.Join(testdata(t), "src", "fixes")
	dir := t.TempDir()
	dst := filepath.Join(dir, "src", "fixes")
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(src, "*.go"))
	want := regexp.MustCompile(`// want .*`)
	for _, file := range files {
		content, err := os.ReadFile(file + ".golden")
		if os.IsNotExist(err) {
			content, err = os.ReadFile(file)
		}
		if err != nil {
			t.Fatal(err)
		}
		content = want.ReplaceAll(content, nil)
		if err := os.WriteFile(filepath.Join(dst, filepath.Base(file)), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var rec recorder
	results := analysistest.Run(&rec, dir, analyzer.Analyzer, "fixes")
	if len(results) == 0 {
		t.Fatal("no result")
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("%v: still fixable after the fixes: %s", r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
}

// recorder is an analysistest.Testing that keeps errors instead of failing.
type recorder struct{ errors []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
