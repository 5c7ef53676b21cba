package analyzer_test

// Library coverage written from RULES.md's library table: gorilla/sessions (and the
// gorilla-compatible stores), gin, gin-contrib/sessions, scs, gorilla/csrf and nosurf. Each
// test runs the rule cases of its library (positives with `// want`, negatives marked
// `// ok: <reason>`), then the library's fix goldens, then checks that the fixed goldens
// leave nothing to fix.

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestLibGorilla(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.Analyzer, "libgorilla", "libgorilla/session", "libgorilla/sessionwhole", "libgorilla/sessionlogout")
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer, "libgorilla/fixes")
	libFixesIdempotent(t, "libgorilla/fixes")
}

func TestLibGin(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.Analyzer, "libgin")
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer, "libgin/fixes")
	libFixesIdempotent(t, "libgin/fixes")
}

func TestLibGinContrib(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.Analyzer, "libgincontrib", "libgincontrib/handlers")
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer, "libgincontrib/fixes")
	libFixesIdempotent(t, "libgincontrib/fixes")
}

func TestLibSCS(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.Analyzer, "libscs")
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer, "libscs/fixes")
	libFixesIdempotent(t, "libscs/fixes")
}

func TestLibCSRF(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.Analyzer, "libcsrf")
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer, "libcsrf/fixes")
	libFixesIdempotent(t, "libcsrf/fixes")
}

func TestLibNosurf(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.Analyzer, "libnosurf", "libnosurf/base")
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer, "libnosurf/fixes")
	libFixesIdempotent(t, "libnosurf/fixes")
}

// libFixesIdempotent copies the library stubs and pkg, with every .golden applied (and its
// `// want` comments removed), to a fresh GOPATH, lints it again and checks that no
// diagnostic still offers a fix (RULES.md: a second run finds nothing to fix).
func libFixesIdempotent(t *testing.T, pkg string) {
	t.Helper()
	src := filepath.Join(testdata(t), "src")
	dir := t.TempDir()
	if err := copyTree(filepath.Join(src, "github.com"), filepath.Join(dir, "src", "github.com")); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, "src", filepath.FromSlash(pkg))
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(src, filepath.FromSlash(pkg), "*.go"))
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
	results := analysistest.Run(&rec, dir, analyzer.Analyzer, pkg)
	if len(results) == 0 {
		t.Fatalf("%s: no result", pkg)
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("%v: still fixable after the fixes: %s", r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
}

// copyTree copies the .go files under from to to.
func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		target := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}
