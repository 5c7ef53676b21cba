package analyzer_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
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

// TestFixesIdempotent applies every fix of the net/http fixes package (its .golden files),
// lints the result again, and checks that nothing is left to fix.
func TestFixesIdempotent(t *testing.T) { fixesIdempotent(t, "fixes") }

// fixesIdempotent copies the library stubs and pkg, with every .golden applied and its
// // want comments removed, to a fresh GOPATH, lints it again and checks that the package
// loads and that no diagnostic still offers a fix (RULES.md: a second run finds nothing to
// fix).
func fixesIdempotent(t *testing.T, pkg string) {
	t.Helper()
	src := filepath.Join(testdata(t), "src")
	dst := filepath.Join(t.TempDir(), "src")
	copyGoFiles(t, filepath.Join(src, "github.com"), filepath.Join(dst, "github.com"), true, nil)
	want := regexp.MustCompile(`// want .*`)
	copyGoFiles(t, filepath.Join(src, filepath.FromSlash(pkg)), filepath.Join(dst, filepath.FromSlash(pkg)), false, func(path string, content []byte) []byte {
		if golden, err := os.ReadFile(path + ".golden"); err == nil {
			content = golden
		}
		return want.ReplaceAll(content, nil)
	})
	var rec recorder
	results := analysistest.Run(&rec, filepath.Dir(dst), analyzer.Analyzer, pkg)
	if len(results) == 0 {
		t.Fatalf("%s: the fixed package does not load: %v", pkg, rec.errors)
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("%v: still fixable after the fixes: %s", r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
}

// copyGoFiles copies the .go files of from (and, if deep, of its subdirectories) to to,
// passing each file's content through edit when it is not nil.
func copyGoFiles(t *testing.T, from, to string, deep bool, edit func(path string, content []byte) []byte) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		target := filepath.Join(to, rel)
		if d.IsDir() {
			if !deep && path != from {
				return filepath.SkipDir
			}
			return os.MkdirAll(target, 0o755)
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		content, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if edit != nil {
			content = edit(path, content)
		}
		return os.WriteFile(target, content, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// recorder is an analysistest.Testing that keeps errors instead of failing.
type recorder struct{ errors []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func TestDirectives(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.Analyzer, "directives", "directivetests")
	analysistest.Run(t, dir, newAnalyzer(t, "-disable=expiry,prefix"), "directivesdisabled")
	analysistest.Run(t, dir, newAnalyzer(t, "-unused-directives=false"), "directivesnounused")
}

// TestIntent checks the findings that respect intent (RULES.md, amended 11-30) and that a
// finding about a named constant points at its declaration.
func TestIntent(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "intent")
	want := map[string]string{ // cookie name -> where the related position points
		`"d"`:        "intent.go:12:2",
		`"e"`:        "config.go:5:7",
		`"g"`:        "intent.go:13:2",
		`"h"`:        "intent.go:14:2",
		`"__Host-j"`: "intent.go:12:2",
		`"__Host-l"`: "intent.go:15:2",
		`"__Host-m"`: "intent.go:15:2",
	}
	got := make(map[string]string)
	for _, r := range results {
		for _, d := range r.Diagnostics {
			name := regexp.MustCompile(`"[^"]+"`).FindString(d.Message)
			for _, rel := range d.Related {
				posn := r.Pass.Fset.Position(rel.Pos)
				got[name] = fmt.Sprintf("%s:%d:%d", filepath.Base(posn.Filename), posn.Line, posn.Column)
				if !strings.HasSuffix(rel.Message, " is declared here") {
					t.Errorf("%s: related message %q", name, rel.Message)
				}
			}
		}
	}
	for name, where := range want {
		if got[name] != where {
			t.Errorf("finding of %s: related position %q, want %q", name, got[name], where)
		}
	}
	if len(got) != len(want) {
		t.Errorf("related positions %v, want %v", got, want)
	}
}

// TestGroupByLine checks the mode of the golangci-lint plugin: one diagnostic per line, with
// one fix that applies the fixes of all its findings.
func TestGroupByLine(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), newAnalyzer(t, "-group-by-line"), "grouped")
}

// TestAcrossPackages checks that helpers of other packages of the app complete the carriers
// given to them (through their facts), and that helpers that only pass a cookie on do not.
func TestAcrossPackages(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "crosspkg/policy", "crosspkg/cookieutil", "crosspkg/handlers")
}

// TestWrappers checks an app's own store type whose default options the package replaces.
func TestWrappers(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "wrappers", "wrappers/app", "wrappers/ginstore", "wrappers/ginapp")
}
