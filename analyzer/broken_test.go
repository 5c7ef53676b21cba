package analyzer_test

// Robustness tests, part 2: code that does not compile, and every testdata package under
// every configuration. The driver helpers (rbLoad, rbCheck) are in fuzz_test.go.

import (
	"errors"
	"go/build"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestBroken runs the analyzer through analysistest (go/packages and the checker driver, as
// singlechecker and go vet use it) on packages with parse and type errors. analysistest in
// x/tools v0.52.0 runs an analyzer with RunDespiteErrors on ill-typed packages (without even
// logging their errors); it refuses only a package that has no name (TestBrokenChecker covers
// that). Each package must have errors (else it tests nothing), the analyzer must not fail,
// and the // want comments say what is still reported where the code is typed well enough.
func TestBroken(t *testing.T) {
	dir := rbTestdata(t)
	results := analysistest.Run(t, dir, analyzer.Analyzer, "broken/...")
	if len(results) < 10 {
		t.Fatalf("only %d broken packages analysed", len(results))
	}
	for _, r := range results {
		pkg := r.Action.Package
		if len(pkg.Errors) == 0 {
			t.Errorf("%s has no errors: it belongs elsewhere", pkg.PkgPath)
		}
		if r.Err != nil {
			t.Errorf("%s: %v", pkg.PkgPath, r.Err)
		}
	}
}

// TestBrokenChecker runs every configuration of rbConfigs over the broken packages through
// go/packages and the checker driver directly, the way analysistest would if it did not
// refuse a package without a name (testdata/src/brokennoname: a file with no package clause).
// The checker panics on malformed fixes; every cookiecheck action must end without error.
func TestBrokenChecker(t *testing.T) {
	dir := rbTestdata(t)
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax,
		Dir:   dir,
		Tests: true,
		Env:   append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "broken/...", "brokennoname")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < 10 {
		t.Fatalf("loaded only %d packages", len(pkgs))
	}
	configs := rbConfigs()
	for _, name := range slices.Sorted(maps.Keys(configs)) {
		graph, err := checker.Analyze([]*analysis.Analyzer{configs[name]}, pkgs, nil)
		if err != nil {
			t.Fatalf("[%s] %v", name, err)
		}
		// With facts, the checker also runs cookiecheck on every dependency.
		roots := 0
		for act := range graph.All() {
			if act.Analyzer != configs[name] || !act.IsRoot {
				continue // dependencies are analyzed for their facts
			}
			if act.IsRoot {
				roots++
			}
			if act.Err != nil {
				t.Errorf("[%s] %s: %v", name, act, act.Err)
			}
		}
		if roots != len(pkgs) {
			t.Errorf("[%s] %d cookiecheck root actions for %d packages", name, roots, len(pkgs))
		}
	}
}

// TestRobustTestdata runs every configuration of rbConfigs over every package of
// testdata/src (the scenario packages, the library stubs, the broken packages) with the
// in-process driver, and checks what FuzzAnalyzer checks: no panic or error, well-formed
// diagnostics and fixes, fixed files that parse and format, and for packages without errors,
// fixes that keep the package type-checking and leave nothing to fix.
func TestRobustTestdata(t *testing.T) {
	root := filepath.Join(rbTestdata(t), "src")
	var dirs []string
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			dirs = append(dirs, path)
		}
		return nil
	})
	ctxt := build.Default
	ctxt.GOPATH = filepath.Dir(root)
	ctxt.CgoEnabled = false
	n := 0
	for _, dir := range dirs {
		bp, err := ctxt.ImportDir(dir, build.ImportComment)
		var noGo *build.NoGoError
		if errors.As(err, &noGo) {
			continue
		}
		names := slices.Concat(bp.GoFiles, bp.TestGoFiles, bp.InvalidGoFiles)
		if len(names) == 0 {
			continue
		}
		slices.Sort(names)
		names = slices.Compact(names)
		srcs := make(map[string][]byte)
		for _, name := range names {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			srcs[name] = b
		}
		rel, _ := filepath.Rel(root, dir)
		path := filepath.ToSlash(rel)
		n++
		t.Run(path, func(t *testing.T) {
			u := rbLoad(path, names, srcs)
			if u == nil || len(u.files) == 0 {
				t.Skip("does not parse or type-check at all")
			}
			if !u.clean() && !strings.HasPrefix(path, "broken") && !strings.Contains(path, "/broken") {
				// Without a clean type-check the fixed code cannot be compiled, so this test
				// would check much less. Code with errors on purpose goes under testdata/src/broken*.
				var first error
				if len(u.parseErrs) > 0 {
					first = u.parseErrs[0]
				} else {
					first = u.typeErrs[0]
				}
				t.Errorf("the robustness harness cannot type-check %s cleanly (%v); put code with errors under testdata/src/broken*", path, first)
			}
			for _, p := range u.rbCheck(true) {
				t.Error(p)
			}
		})
	}
	if n < 5 {
		t.Errorf("only %d packages under %s", n, root)
	}
}

func rbTestdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// rbMustBeSafe runs rbCheck on a package given as name/content pairs and fails on every
// problem. The bug reproducers and regression tests below use it.
func rbMustBeSafe(t *testing.T, files ...string) {
	t.Helper()
	var names []string
	srcs := make(map[string][]byte)
	for i := 0; i+1 < len(files); i += 2 {
		names = append(names, files[i])
		srcs[files[i]] = []byte(files[i+1])
	}
	u := rbLoad("example.com/repro", names, srcs)
	if u == nil || len(u.files) == 0 {
		t.Fatal("the reproducer does not load")
	}
	for _, p := range u.rbCheck(true) {
		t.Error(p)
	}
}

// Regression (found by FuzzAnalyzer, fixed in 575b6bf): insertField computed lines and columns
// with Fset.Position, which follows //line directives: a directive without a column gives
// Column 0 and strings.Repeat panics with a negative count; one with a large line number makes
// token.File.LineStart panic; one inside the literal makes the edit land at the top of the
// file. Generated code (goyacc, templ, cgo output) carries such directives.
func TestFixUnderLineDirective(t *testing.T) {
	t.Run("no column", func(t *testing.T) {
		rbMustBeSafe(t, "a.go", `package p

import "net/http"

//line handlers.tmpl:1000
var c = &http.Cookie{
	Name: "x",
}
`)
	})
	t.Run("large line", func(t *testing.T) {
		rbMustBeSafe(t, "a.go", `package p

import "net/http"

var c = &http.Cookie{
//line handlers.tmpl:1000:1
}
`)
	})
	t.Run("inside literal", func(t *testing.T) {
		rbMustBeSafe(t, "a.go", `package p

import "net/http"

var c = &http.Cookie{Name: "x", /*line handlers.tmpl:1:1*/
}
`)
	})
}

// Regression (found by this suite, fixed in 575b6bf): the SameSite fix spelt the package's
// import name without checking what that name denotes where the text is inserted: a local
// variable named http hides the import, and the fixed code does not compile.
func TestFixShadowedPackageName(t *testing.T) {
	rbMustBeSafe(t, "a.go", `package p

import "net/http"

type C = http.Cookie

func f() {
	http := 1
	_ = http
	_ = &C{Name: "x", Secure: true, HttpOnly: true}
}
`)
}

// Regression (found by this suite, fixed in 575b6bf): a SameSite value assigned in another file
// than the carrier's declaration (a package-level cookie) was replaced with a name taken from
// the declaring file's imports, and the import is added to that file, not to the one edited.
func TestFixSameSiteInOtherFile(t *testing.T) {
	rbMustBeSafe(t, "a.go", `package p

import web "net/http"

var c web.Cookie
`, "b.go", `package p

import "net/http"

func f(w http.ResponseWriter) {
	c.Name = "x"
	c.Secure = true
	c.HttpOnly = true
	c.SameSite = http.SameSiteDefaultMode
	http.SetCookie(w, &c)
}
`)
}

// rbDiagnose runs the default analyzer on one file and returns its diagnostics' messages.
func rbDiagnose(t *testing.T, src string) []string {
	t.Helper()
	u := rbLoad("example.com/repro", []string{"a.go"}, map[string][]byte{"a.go": []byte(src)})
	if u == nil || !u.clean() {
		t.Fatalf("the reproducer does not type-check: %v", u.typeErrs)
	}
	diags, err := u.run(analyzer.Analyzer)
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, d := range diags {
		msgs = append(msgs, u.fset.Position(d.Pos).String()+": "+d.Message)
	}
	return msgs
}

// Regression (found by this suite, fixed in 575b6bf): Go 1.26 allows new(expr). indexCall
// took every one-argument call of new whose argument has a cookie type for new(T), so
// new(http.Cookie{...}) was recorded twice (once as the literal, once as a field-less new) and
// new(base) copied a template as an empty cookie: duplicate diagnostics and false positives.
func TestNewExpr(t *testing.T) {
	msgs := rbDiagnose(t, `package p

import "net/http"

var base = http.Cookie{Name: "x", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}

func f(w http.ResponseWriter) {
	http.SetCookie(w, new(http.Cookie{Name: "y", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}))
	http.SetCookie(w, new(base))
}
`)
	if len(msgs) > 0 {
		t.Errorf("new(expr) of a complete cookie is reported:\n%s", strings.Join(msgs, "\n"))
	}
}

// Regression (found by this suite, fixed in d7cf48b): a field inserted into a multi-line literal
// went at the start of the closing brace's line. When that line starts inside a /* */ comment
// that ends before the brace, the new field landed in the comment: the fix changed nothing,
// and the next run offered the same fix again.
func TestFixInsertInsideComment(t *testing.T) {
	t.Run("after an element", func(t *testing.T) {
		rbMustBeSafe(t, "a.go", "package p\n\nimport \"net/http\"\n\nvar c = &http.Cookie{Name: \"x\", /* multi\nline */ }\n")
	})
	t.Run("empty literal", func(t *testing.T) {
		rbMustBeSafe(t, "a.go", "package p\n\nimport \"net/http\"\n\nvar c = &http.Cookie{ /* multi\nline */ }\n")
	})
}

// Regression (found by this suite, fixed in 8aa6490 by offering no fix): a fix that replaced a
// constant expression could remove the file's last use of an import, and the fixed file no
// longer compiled ("imported and not used") when applied alone, as an editor applies it
// (`cookiecheck -fix` drops such imports when it formats). Two cases: beego's SetCookie reads
// its samesite argument only as a string (output.go:162-166), so http.SameSiteLaxMode there
// was replaced with "Lax"; and a constant false from another package (config.SecureCookies,
// here strconv.IntSize == 32) was replaced with true. The beego fix message also lacked the
// attribute's name: `Set  to "Lax"`.
func TestFixReplaceUnusedImport(t *testing.T) {
	t.Run("const from another package", func(t *testing.T) {
		rbMustBeSafe(t, "a.go", `package p

import (
	"net/http"
	"strconv"
)

var c = &http.Cookie{Name: "x", Secure: strconv.IntSize == 32, HttpOnly: true, SameSite: http.SameSiteLaxMode}
`)
	})
	t.Run("beego samesite", func(t *testing.T) { testBeegoSameSiteFix(t) })
}

func testBeegoSameSiteFix(t *testing.T) {
	rbMustBeSafe(t, "a.go", `package p

import (
	"net/http"

	"github.com/beego/beego/v2/server/web/context"
)

func f(ctx *context.Context) {
	ctx.SetCookie("prefs", "v", 3600, "/", "", true, true, http.SameSiteLaxMode)
}
`)
	u := rbLoad("example.com/repro", []string{"a.go"}, map[string][]byte{"a.go": []byte(`package p

import "github.com/beego/beego/v2/server/web/context"

func f(ctx *context.Context) {
	ctx.SetCookie("prefs", "v", 3600, "/", "", true, true, "")
}
`)})
	diags, err := u.run(analyzer.Analyzer)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		for _, fix := range d.SuggestedFixes {
			if strings.Contains(fix.Message, "  ") {
				t.Errorf("fix message %q names no attribute", fix.Message)
			}
		}
	}
}

// Bug: the __Host- prefix fix replaces a constant Path with "/" by a raw edit, not through
// replaceFix, so it still removes the last use of an import (a path constant from a routes
// package, here runtime.GOOS) and the fixed file does not compile when the fix is applied
// alone.
func TestBugPrefixPathFixUnusedImport(t *testing.T) {
	rbMustBeSafe(t, "a.go", `package p

import (
	"net/http"
	"runtime"
)

var c = &http.Cookie{Name: "__Host-x", Path: runtime.GOOS, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
`)
}
