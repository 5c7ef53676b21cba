package analyzer_test

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

// Library coverage for fiber v2/v3, echo v4/v5, beego and iris, written from RULES.md and
// libraries.md. Each library has a package of side-by-side cases and a fix package whose
// .golden files hold the fixed files; libBFixesIdempotent applies those goldens, lints the
// result again and checks that it compiles and leaves nothing to fix.

func TestLibFiberV2(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.Analyzer, "libfiberv2")
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer, "libfiberv2/fix")
	libBFixesIdempotent(t, "libfiberv2/fix")
}

func TestLibFiberV3(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.Analyzer, "libfiberv3")
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer, "libfiberv3/fix")
	libBFixesIdempotent(t, "libfiberv3/fix")
}

func TestLibEchoV4(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.Analyzer, "libechov4", "libechov4/defaultcfg", "libechov4/overridden")
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer, "libechov4/fix")
	libBFixesIdempotent(t, "libechov4/fix")
}

func TestLibEchoV5(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.Analyzer, "libechov5", "libechov5/defaultcfg", "libechov5/overridden")
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer, "libechov5/fix")
	libBFixesIdempotent(t, "libechov5/fix")
}

func TestLibBeego(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.Analyzer, "libbeego")
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer, "libbeego/fix")
	libBFixesIdempotent(t, "libbeego/fix")
}

func TestLibIris(t *testing.T) {
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.Analyzer, "libiris")
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer, "libiris/fix")
	libBFixesIdempotent(t, "libiris/fix")
}

// libBFixesIdempotent copies the stub tree and pkg into a temporary GOPATH, replaces each of
// pkg's files by its .golden (the file with every fix applied) without its // want comments,
// and lints it again: the package must load (the fixed files compile) and no diagnostic may
// still offer a fix.
func libBFixesIdempotent(t *testing.T, pkg string) {
	t.Helper()
	src := filepath.Join(testdata(t), "src")
	dst := filepath.Join(t.TempDir(), "src")
	want := regexp.MustCompile(`// want .*`)
	copyTree := func(from, to string, golden bool) {
		err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(from, path)
			target := filepath.Join(to, rel)
			if d.IsDir() {
				if golden && path != from {
					return filepath.SkipDir // only pkg itself, not its subpackages
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
			if golden {
				if g, err := os.ReadFile(path + ".golden"); err == nil {
					content = g
				}
				content = want.ReplaceAll(content, nil)
			}
			return os.WriteFile(target, content, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	copyTree(filepath.Join(src, "github.com"), filepath.Join(dst, "github.com"), false)
	copyTree(filepath.Join(src, filepath.FromSlash(pkg)), filepath.Join(dst, filepath.FromSlash(pkg)), true)

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
