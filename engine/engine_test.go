package engine

import (
	"context"
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// marked is the object fact of a function whose name starts with "Marked".
type marked struct{}

func (*marked) AFact()         {}
func (*marked) String() string { return "marked" }

// markCount is the package fact: how many marked functions the package declares.
type markCount struct{ N int }

func (*markCount) AFact()           {}
func (c *markCount) String() string { return fmt.Sprint(c.N) }

// factAnalyzer marks functions named Marked* with a fact, counts them in a package fact, and
// reports each call of a marked function, with a fix that inserts a comment before the call.
// It records the packages it runs on in ran.
func factAnalyzer(ran *sync.Map) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             "facttest",
		Doc:              "reports calls of functions marked by a fact",
		URL:              "https://example.com/facttest",
		Requires:         []*analysis.Analyzer{inspect.Analyzer},
		FactTypes:        []analysis.Fact{new(marked), new(markCount)},
		RunDespiteErrors: true,
		Run: func(pass *analysis.Pass) (any, error) {
			ran.Store(pass.Pkg.Path(), true)
			insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
			n := 0
			for c := range insp.Root().Preorder((*ast.FuncDecl)(nil)) {
				decl := c.Node().(*ast.FuncDecl)
				if obj := pass.TypesInfo.Defs[decl.Name]; obj != nil && strings.HasPrefix(decl.Name.Name, "Marked") {
					pass.ExportObjectFact(obj, new(marked))
					n++
				}
			}
			if n > 0 {
				pass.ExportPackageFact(&markCount{n})
			}
			for c := range insp.Root().Preorder((*ast.CallExpr)(nil)) {
				call := c.Node().(*ast.CallExpr)
				fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
				if !ok || !pass.ImportObjectFact(fn, new(marked)) {
					continue
				}
				var count markCount
				pass.ImportPackageFact(fn.Pkg(), &count)
				pass.Report(analysis.Diagnostic{
					Pos:      call.Pos(),
					End:      call.End(),
					Category: "marked",
					Message:  fmt.Sprintf("call of marked %s (its package has %d marked)", fn.Name(), count.N),
					SuggestedFixes: []analysis.SuggestedFix{{
						Message:   "Mark the call as checked",
						TextEdits: []analysis.TextEdit{{Pos: call.Pos(), End: call.Pos(), NewText: []byte("/* checked */ ")}},
					}},
				})
			}
			return nil, nil
		},
	}
}

// appConfig returns a configuration for the module testdata/app (with a dependency in another
// module, testdata/lib) and the map of packages the analyzer ran on.
func appConfig(t *testing.T) (Config, *sync.Map) {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("testdata", "app"))
	if err != nil {
		t.Fatal(err)
	}
	ran := new(sync.Map)
	return Config{
		Dir:      dir,
		Env:      append(os.Environ(), "GOWORK=off", "GOPROXY=off", "GOFLAGS=-mod=mod"),
		Analyzer: factAnalyzer(ran),
	}, ran
}

// summary returns "file:line:col: message" of each diagnostic, file relative to dir.
func summary(dir string, diags []Diagnostic) []string {
	var out []string
	for _, d := range diags {
		rel, _ := filepath.Rel(dir, d.Pos.Filename)
		out = append(out, fmt.Sprintf("%s:%d:%d: %s", filepath.ToSlash(rel), d.Pos.Line, d.Pos.Column, d.Message))
	}
	return out
}

func keys(m *sync.Map) []string {
	var out []string
	m.Range(func(k, _ any) bool { out = append(out, k.(string)); return true })
	slices.Sort(out)
	return out
}

// TestRunFacts checks that facts flow from main-module dependencies, analyzed from source
// before their importers, that only the roots' diagnostics are kept, and that packages of
// other modules and the standard library come from export data (the analyzer never runs on
// them, so their facts are empty).
func TestRunFacts(t *testing.T) {
	cfg, ran := appConfig(t)
	res, err := Run(context.Background(), cfg, "./c")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"c/c.go:11:2: call of marked MarkedSecure (its package has 1 marked)"}
	if got := summary(cfg.Dir, res.Diagnostics); !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got, want := keys(ran), []string{"example.com/app/a", "example.com/app/b", "example.com/app/c"}; !slices.Equal(got, want) {
		t.Errorf("the analyzer ran on %v, want %v (main-module packages only)", got, want)
	}
	if len(res.Errors) != 0 || res.Packages != 1 {
		t.Errorf("errors %v, %d packages; want none, 1", res.Errors, res.Packages)
	}

	// b calls helper.MarkedHelper, from another module: export data, no fact, no report.
	res, err = Run(context.Background(), cfg, "./b")
	if err != nil {
		t.Fatal(err)
	}
	want = []string{"b/b.go:11:2: call of marked MarkedSecure (its package has 1 marked)"}
	if got := summary(cfg.Dir, res.Diagnostics); !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	d := res.Diagnostics[0]
	src, err := os.ReadFile(d.Pos.Filename)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(src[d.Pos.Offset:d.End.Offset]); got != "a.MarkedSecure()" {
		t.Errorf("diagnostic range %d-%d is %q, want the call", d.Pos.Offset, d.End.Offset, got)
	}
	if d.URL != "https://example.com/facttest#marked" || d.Category != "marked" || d.Package != "example.com/app/b" {
		t.Errorf("diagnostic URL %q, category %q, package %q", d.URL, d.Category, d.Package)
	}
	if len(d.Fixes) != 1 || d.Fixes[0].Edits[0] != (Edit{Filename: d.Pos.Filename, Start: d.Pos.Offset, End: d.Pos.Offset, NewText: "/* checked */ "}) {
		t.Errorf("fixes %+v", d.Fixes)
	}
}

// TestSourceSet checks which packages are type-checked from source and which need export
// data, on the graph go list gives.
func TestSourceSet(t *testing.T) {
	cfg, _ := appConfig(t)
	g, err := loadGraph(context.Background(), cfg, nil, []string{"./c"})
	if err != nil {
		t.Fatal(err)
	}
	var source, export []string
	src := g.sourceSet(g.roots)
	for n := range src {
		source = append(source, n.id)
	}
	for _, n := range g.needExport(src) {
		export = append(export, n.id)
	}
	slices.Sort(source)
	if want := []string{"example.com/app/a", "example.com/app/b", "example.com/app/c"}; !slices.Equal(source, want) {
		t.Errorf("from source: %v, want %v", source, want)
	}
	if want := []string{"example.com/lib/helper", "fmt"}; !slices.Equal(export, want) {
		t.Errorf("export data needed: %v, want %v", export, want)
	}
}

// TestRunTests checks that test variants are loaded only with Tests, and that a diagnostic
// of a file in a package and its test variant appears once.
func TestRunTests(t *testing.T) {
	cfg, _ := appConfig(t)
	for _, tests := range []bool{false, true} {
		cfg.Tests = tests
		res, err := Run(context.Background(), cfg, "./b")
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"b/b.go:11:2: call of marked MarkedSecure (its package has 1 marked)"}
		if tests {
			want = append(want, "b/b_test.go:10:2: call of marked MarkedSecure (its package has 1 marked)")
		}
		if got := summary(cfg.Dir, res.Diagnostics); !slices.Equal(got, want) {
			t.Errorf("Tests=%v: diagnostics:\n%s\nwant:\n%s", tests, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if res.Packages != 1 {
			t.Errorf("Tests=%v: %d packages, want 1", tests, res.Packages)
		}
	}
}

// TestRunErrors checks that a type error appears once (not per test variant or importer),
// with an absolute position, that the broken package's files are Broken, and that the
// analyzer still runs on it and on its importer.
func TestRunErrors(t *testing.T) {
	cfg, _ := appConfig(t)
	cfg.Tests = true
	res, err := Run(context.Background(), cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(cfg.Dir, "broken", "broken.go")
	want := []Error{{
		Package: "example.com/app/broken",
		Pos:     Position{Filename: broken, Offset: 56, Line: 5, Column: 13},
		Msg:     `cannot use "not an int" (untyped string constant) as int value in variable declaration`,
		Kind:    TypeError,
	}}
	if !slices.Equal(res.Errors, want) {
		t.Errorf("errors:\n%v\nwant:\n%v", res.Errors, want)
	}
	var brokenFiles []string
	for name := range res.Broken {
		brokenFiles = append(brokenFiles, name)
	}
	slices.Sort(brokenFiles)
	if want := []string{broken, filepath.Join(cfg.Dir, "broken", "broken_test.go")}; !slices.Equal(brokenFiles, want) {
		t.Errorf("broken files %v, want %v", brokenFiles, want)
	}
	got := summary(cfg.Dir, res.Diagnostics)
	for _, want := range []string{"broken/broken.go:7:14: ", "usesbroken/usesbroken.go:10:2: "} {
		if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, want) }) {
			t.Errorf("no diagnostic at %s in:\n%s", want, strings.Join(got, "\n"))
		}
	}
	if res.Packages != 5 {
		t.Errorf("%d packages, want 5", res.Packages)
	}
}

// TestRunLoadErrors checks the errors of a module with a syntax error in an import block, an
// import no module provides, and a type error in an importer of that package: each once,
// without the type errors that echo the syntax error or the failed import.
func TestRunLoadErrors(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"go.mod": "module example.com/e\n\ngo 1.26\n",
		"a/a.go": "package a\n\nimport (\n\t\"net/http\"\n\t\"fmt\n)\n",
		"b/b.go": "package b\n\nimport \"github.com/missing/pkg\"\n\nvar _ = pkg.X\n\nvar Y = 1\n",
		"c/c.go": "package c\n\nimport \"example.com/e/b\"\n\nfunc f() { var x int }\n\nvar _ = b.Y\n",
	} {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg, _ := appConfig(t)
	cfg.Dir = dir
	cfg.Env = append(os.Environ(), "GOWORK=off", "GOPROXY=off", "GOFLAGS=")
	res, err := Run(context.Background(), cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range res.Errors {
		rel, _ := filepath.Rel(dir, e.Pos.Filename)
		got = append(got, fmt.Sprintf("%s:%d:%d: %s [%d]", filepath.ToSlash(rel), e.Pos.Line, e.Pos.Column, e.Msg, e.Kind))
	}
	want := []string{
		"a/a.go:5:2: string literal not terminated [1]",
		"b/b.go:3:8: no required module provides package github.com/missing/pkg; to add it:\n\tgo get github.com/missing/pkg [0]",
		"c/c.go:5:16: declared and not used: x [2]",
	}
	if !slices.Equal(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(res.Broken) != 3 {
		t.Errorf("broken files %v, want a.go, b.go and c.go", res.Broken)
	}
}

// TestRunCgo checks that a cgo package is analyzed from its Go files, with "C" faked, and
// that the type errors of faked C types are not reported.
func TestRunCgo(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"go.mod": "module example.com/cg\n\ngo 1.26\n",
		"cg.go": `package cg

// #include <stdlib.h>
// typedef struct { int n; } thing;
import "C"

import "unsafe"

type cint = C.int

// field and count are the helpers of net and os/user: their results have C types.
func field(t *C.thing) *cint { return &t.n }

func count(t *C.thing) C.int { return t.n }

func MarkedUse() {
	var t C.thing
	*field(&t) = 1
	_ = uint64(count(&t))
	p := C.malloc(1)
	C.free(unsafe.Pointer(p))
}

func use() { MarkedUse() }
`,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg, _ := appConfig(t)
	cfg.Dir = dir
	res, err := Run(context.Background(), cfg, ".")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"cg.go:24:14: call of marked MarkedUse (its package has 1 marked)"}
	if got := summary(dir, res.Diagnostics); !slices.Equal(got, want) || len(res.Errors) > 0 || len(res.Broken) > 0 {
		t.Errorf("diagnostics %v, errors %v, broken %v; want %v and no errors", got, res.Errors, res.Broken, want)
	}
}
