package analyzer_test

// Robustness tests, part 1: FuzzAnalyzer feeds arbitrary Go source to the analyzer through a
// small in-process driver (parse, type-check with errors allowed, build an inspector, call
// Run with a synthetic Pass) and checks that it never panics and that every suggested fix is
// well formed and leaves the file parsing and formatting; when the input type-checks, every
// fix must leave it type-checking and a second run must find nothing left to fix.
//
// The seed corpus is every testdata/src file that mentions Cookie or imports a library, plus
// the snippets below; plain `go test` runs the seeds, `.ci/fuzz.sh` fuzzes.
//
// Identifiers in this file and broken_test.go start with "rb" (robustness) so that they do
// not collide with other tests of package analyzer_test.

import (
	"bytes"
	"cmp"
	"encoding/gob"
	"fmt"
	"go/ast"
	"go/build"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"maps"
	"os"
	pathpkg "path"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
)

// rbConfigs are the analyzer configurations every input runs under: the default, and one that
// reaches the expiry and include-tests paths as often as possible.
func rbConfigs() map[string]*analysis.Analyzer {
	strict := analyzer.DefaultConfig()
	strict.MaxAge = analyzer.Duration(1e9) // 1s
	strict.SessionNames = "."
	strict.IncludeTests = true
	grouped := analyzer.DefaultConfig()
	grouped.GroupByLine = true
	return map[string]*analysis.Analyzer{
		"default": analyzer.New(analyzer.DefaultConfig()),
		"strict":  analyzer.New(strict),
		"grouped": analyzer.New(grouped),
	}
}

// rbSaysWhatToDo matches what a diagnostic without a fix must say: why there is none, or
// what the user should do (the command line prints these after -fix).
var rbSaysWhatToDo = regexp.MustCompile(`(\(|: |, )(set|pass|remove|change|call|configure|choose|write|not fixed automatically|by hand|no automatic fix)\b`)

// rbGOROOT is the source root of the standard library: standard packages are imported from
// export data (`go list -export`, once per package per process).
var rbGOROOT = filepath.Join(build.Default.GOROOT, "src")

// rbIsStd reports whether path names a standard package. Paths a fuzz input invents are
// refused without running the go command (they become type errors).
func rbIsStd(path string) bool {
	if path == "unsafe" {
		return true
	}
	if path == "" || path != pathpkg.Clean(path) || strings.Contains(strings.Split(path, "/")[0], ".") ||
		strings.HasPrefix(path, "/") || strings.HasPrefix(path, "..") || strings.ContainsAny(path, "\\ :\x00") {
		return false
	}
	fi, err := os.Stat(filepath.Join(rbGOROOT, filepath.FromSlash(path)))
	return err == nil && fi.IsDir()
}

// rbImporter imports standard packages from export data and the library stubs of
// testdata/src from source. It caches everything, failures included, and is safe for
// concurrent use.
type rbImporter struct {
	mu    sync.Mutex
	fset  *token.FileSet // positions of imported objects; never a pass's file set
	gc    types.Importer
	src   string // testdata/src
	cache map[string]rbImported
}

type rbImported struct {
	pkg *types.Package
	err error
}

var rbImp = sync.OnceValue(func() *rbImporter {
	fset := token.NewFileSet()
	src, _ := filepath.Abs(filepath.Join("..", "testdata", "src"))
	return &rbImporter{fset: fset, gc: importer.ForCompiler(fset, "gc", nil), src: src, cache: make(map[string]rbImported)}
})

func (imp *rbImporter) Import(path string) (*types.Package, error) {
	imp.mu.Lock()
	defer imp.mu.Unlock()
	return imp.importLocked(path, nil)
}

func (imp *rbImporter) importLocked(path string, stack []string) (*types.Package, error) {
	if r, ok := imp.cache[path]; ok {
		return r.pkg, r.err
	}
	if slices.Contains(stack, path) {
		return nil, fmt.Errorf("import cycle through %s", path)
	}
	var r rbImported
	switch {
	case rbIsStd(path):
		r.pkg, r.err = imp.gc.Import(path)
	case rbIsStub(imp.src, path):
		r.pkg, r.err = imp.fromSource(path, append(stack, path))
	default:
		// Not cached: a fuzz input may name any number of such paths.
		return nil, fmt.Errorf("rbImporter: %q is not importable in this test", path)
	}
	imp.cache[path] = r
	return r.pkg, r.err
}

// rbIsStub reports whether path names a library stub, or another package of testdata/src
// that scenario packages import (crosspkg/policy): a directory under src.
func rbIsStub(src, path string) bool {
	if path != pathpkg.Clean(path) || strings.HasPrefix(path, "/") || strings.HasPrefix(path, "..") ||
		strings.ContainsAny(path, "\\ :\x00") || strings.HasPrefix(path, "broken") {
		return false
	}
	fi, err := os.Stat(filepath.Join(src, filepath.FromSlash(path)))
	return err == nil && fi.IsDir()
}

// fromSource type-checks a library stub under testdata/src.
func (imp *rbImporter) fromSource(path string, stack []string) (*types.Package, error) {
	ctxt := build.Default
	ctxt.GOPATH = filepath.Dir(imp.src)
	ctxt.CgoEnabled = false
	bp, err := ctxt.ImportDir(filepath.Join(imp.src, filepath.FromSlash(path)), 0)
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(imp.fset, filepath.Join(bp.Dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	conf := types.Config{
		Importer: rbImporterFunc(func(p string) (*types.Package, error) { return imp.importLocked(p, stack) }),
		Error:    func(error) {},
	}
	pkg, _ := conf.Check(path, imp.fset, files, nil)
	return pkg, nil
}

type rbImporterFunc func(string) (*types.Package, error)

func (f rbImporterFunc) Import(path string) (*types.Package, error) { return f(path) }

// rbUnit is one package given as source: parsed, type-checked with errors allowed.
type rbUnit struct {
	fset      *token.FileSet
	names     []string // file names, in order
	srcs      map[string][]byte
	files     []*ast.File // the files that parsed at least partly, in the order of names
	parseErrs []error
	unparsed  map[string]bool // files with a syntax error
	typeErrs  []types.Error
	pkg       *types.Package
	info      *types.Info
}

// rbLoad parses and type-checks the package made of srcs (file name -> content). It returns
// nil when go/types itself panics (not the analyzer's problem).
func rbLoad(path string, names []string, srcs map[string][]byte) (u *rbUnit) {
	u = &rbUnit{fset: token.NewFileSet(), names: names, srcs: srcs, unparsed: make(map[string]bool)}
	for _, name := range names {
		f, err := parser.ParseFile(u.fset, name, srcs[name], parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			u.parseErrs = append(u.parseErrs, err)
			u.unparsed[name] = true
		}
		if f != nil {
			u.files = append(u.files, f)
		}
	}
	if len(u.files) == 0 {
		return u
	}
	u.info = &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Instances:    make(map[*ast.Ident]types.Instance),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:       make(map[ast.Node]*types.Scope),
		FileVersions: make(map[*ast.File]string),
	}
	conf := types.Config{
		GoVersion:   "go1.26",
		Importer:    rbImp(),
		FakeImportC: true,
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				u.typeErrs = append(u.typeErrs, te)
			}
		},
	}
	defer func() {
		if recover() != nil {
			u = nil // a go/types bug
		}
	}()
	u.pkg, _ = conf.Check(path, u.fset, u.files, u.info)
	return u
}

// clean reports whether the package parsed and type-checked without any error.
func (u *rbUnit) clean() bool { return len(u.parseErrs) == 0 && len(u.typeErrs) == 0 }

// run runs analyzer a on the unit with a synthetic Pass, as a driver with RunDespiteErrors
// would. A panic is returned as an error with its stack.
func (u *rbUnit) run(a *analysis.Analyzer) (diags []analysis.Diagnostic, err error) {
	var factErrs []string
	pass := &analysis.Pass{
		Analyzer:   a,
		Fset:       u.fset,
		Files:      u.files,
		Pkg:        u.pkg,
		TypesInfo:  u.info,
		TypesSizes: types.SizesFor("gc", "amd64"),
		TypeErrors: u.typeErrs,
		Module:     &analysis.Module{},
		ResultOf:   map[*analysis.Analyzer]any{},
		Report:     func(d analysis.Diagnostic) { diags = append(diags, d) },
		ReadFile: func(name string) ([]byte, error) {
			if src, ok := u.srcs[name]; ok {
				return src, nil
			}
			return nil, os.ErrNotExist
		},
		// Facts of dependencies are absent here; exported facts must be the analyzer's own
		// type, about objects of this package, and survive gob as drivers encode them.
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
			if obj == nil || obj.Pkg() != u.pkg {
				factErrs = append(factErrs, fmt.Sprintf("fact %v about %v, not an object of the package", fact, obj))
			} else if !slices.ContainsFunc(a.FactTypes, func(t analysis.Fact) bool { return reflect.TypeOf(t) == reflect.TypeOf(fact) }) {
				factErrs = append(factErrs, fmt.Sprintf("fact %T is not among the analyzer's FactTypes", fact))
			} else if err := gob.NewEncoder(io.Discard).Encode(fact); err != nil {
				factErrs = append(factErrs, fmt.Sprintf("fact %v does not encode: %v", fact, err))
			}
		},
		ExportPackageFact: func(fact analysis.Fact) {
			if !slices.ContainsFunc(a.FactTypes, func(t analysis.Fact) bool { return reflect.TypeOf(t) == reflect.TypeOf(fact) }) {
				factErrs = append(factErrs, fmt.Sprintf("package fact %T is not among the analyzer's FactTypes", fact))
			} else if err := gob.NewEncoder(io.Discard).Encode(fact); err != nil {
				factErrs = append(factErrs, fmt.Sprintf("package fact %v does not encode: %v", fact, err))
			}
		},
		AllObjectFacts:  func() []analysis.ObjectFact { return nil },
		AllPackageFacts: func() []analysis.PackageFact { return nil },
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	if _, err := a.Run(pass); err != nil {
		return diags, fmt.Errorf("Run: %v", err)
	}
	if len(factErrs) > 0 {
		return diags, fmt.Errorf("facts: %s", strings.Join(factErrs, "; "))
	}
	return diags, nil
}

// rbEdit is a TextEdit as byte offsets in one file.
type rbEdit struct {
	start, end int
	text       string
}

// rbFixEdits validates one fix as the drivers do (driverutil.ValidateFixes) and returns its
// edits grouped by file and sorted.
func (u *rbUnit) rbFixEdits(fix analysis.SuggestedFix) (map[string][]rbEdit, error) {
	byFile := make(map[string][]rbEdit)
	for _, e := range fix.TextEdits {
		tf := u.fset.File(e.Pos)
		if tf == nil {
			return nil, fmt.Errorf("edit Pos %d is in no file", e.Pos)
		}
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		if end < e.Pos {
			return nil, fmt.Errorf("edit End %d before Pos %d", end, e.Pos)
		}
		if eof := token.Pos(tf.Base() + tf.Size()); end > eof {
			// Like driverutil.ValidateFixes: an End slightly past EOF (computed by the parser
			// for unterminated nodes, go.dev/issue/71659) is truncated.
			if end >= eof+10 {
				return nil, fmt.Errorf("edit %v-%d spans files or leaves the file", u.fset.Position(e.Pos), end)
			}
			end = eof
		}
		byFile[tf.Name()] = append(byFile[tf.Name()], rbEdit{tf.Offset(e.Pos), tf.Offset(end), string(e.NewText)})
	}
	for name, edits := range byFile {
		slices.SortStableFunc(edits, func(x, y rbEdit) int { return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.end, y.end)) })
		for i := 1; i < len(edits); i++ {
			if edits[i].start < edits[i-1].end {
				return nil, fmt.Errorf("%s: overlapping edits in one fix: %+v and %+v", name, edits[i-1], edits[i])
			}
		}
	}
	return byFile, nil
}

// rbMerge merges two ordered edit lists the way the -fix drivers do. It is a copy of
// golang.org/x/tools/internal/diff.Merge (BSD license): identical edits are coalesced,
// insertions at one point are stacked, and unequal overlapping changes conflict.
func rbMerge(x, y []rbEdit) ([]rbEdit, bool) {
	x, y = slices.Clone(x), slices.Clone(y)
	var merged []rbEdit
	var xi, yi int
	for xi < len(x) && yi < len(y) {
		px, py := &x[xi], &y[yi]
		switch {
		case *px == *py:
			merged = append(merged, *px)
			xi++
			yi++
		case px.end <= py.start:
			merged = append(merged, *px)
			xi++
		case py.end <= px.start:
			merged = append(merged, *py)
			yi++
		case px.start < py.start:
			merged = append(merged, rbEdit{px.start, py.start, ""})
			px.start = py.start
		case py.start < px.start:
			merged = append(merged, rbEdit{py.start, px.start, ""})
			py.start = px.start
		default:
			return nil, false
		}
	}
	merged = append(merged, x[xi:]...)
	return append(merged, y[yi:]...), true
}

func rbApply(src []byte, edits []rbEdit) []byte {
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes()
}

// rbCheck runs every configuration on u and returns every robustness problem found: panics,
// errors, malformed diagnostics and fixes, and fixes that break the source. recheck says
// whether to run the analyzer again on fixed clean code (false inside the re-run itself).
func (u *rbUnit) rbCheck(recheck bool) []string {
	var problems []string
	addf := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	configs := rbConfigs()
	for _, cfgName := range slices.Sorted(maps.Keys(configs)) {
		diags, err := u.run(configs[cfgName])
		if err != nil {
			addf("[%s] %v", cfgName, err)
			continue
		}
		for _, p := range u.rbCheckDiags(diags, recheck, configs[cfgName]) {
			addf("[%s] %s", cfgName, p)
		}
	}
	return problems
}

// rbCheckDiags checks the diagnostics of one run and their fixes.
func (u *rbUnit) rbCheckDiags(diags []analysis.Diagnostic, recheck bool, a *analysis.Analyzer) []string {
	var problems []string
	addf := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	var all []analysis.SuggestedFix // the first fix of each diagnostic, as -fix applies them
	for _, d := range diags {
		tf := u.fset.File(d.Pos)
		switch {
		case tf == nil:
			addf("diagnostic %q has Pos %d outside every file", d.Message, d.Pos)
			continue
		case d.End.IsValid() && (d.End < d.Pos || int(d.End) > tf.Base()+tf.Size() && !u.unparsed[tf.Name()]):
			// (The parser gives unterminated nodes of a file with syntax errors an End past EOF.)
			addf("%v: diagnostic %q has End %d outside [Pos, end of file]", u.fset.Position(d.Pos), d.Message, d.End)
		case d.Message == "" || !slices.Contains(analyzer.Categories, d.Category) && d.Category != analyzer.CategoryDirective:
			addf("%v: diagnostic %q has category %q", u.fset.Position(d.Pos), d.Message, d.Category)
		case len(d.SuggestedFixes) == 0 && !rbSaysWhatToDo.MatchString(d.Message):
			addf("%v: diagnostic %q has no fix and does not say what to do", u.fset.Position(d.Pos), d.Message)
		}
		for _, rel := range d.Related {
			// (Imported packages' positions are in the importer's file set.)
			if u.fset.File(rel.Pos) == nil && rbImp().fset.File(rel.Pos) == nil {
				addf("%v: diagnostic %q has a related position %d outside every file", u.fset.Position(d.Pos), d.Message, rel.Pos)
			}
		}
		messages := make(map[string]bool)
		for i, fix := range d.SuggestedFixes {
			where := fmt.Sprintf("%v: fix %q of %q", u.fset.Position(d.Pos), fix.Message, d.Message)
			if messages[fix.Message] {
				addf("%s: two fixes with one Message", where)
			}
			messages[fix.Message] = true
			edits, err := u.rbFixEdits(fix)
			if err != nil {
				addf("%s: %v", where, err)
				continue
			}
			if i == 0 {
				all = append(all, fix)
			}
			for _, p := range u.rbCheckFixed(edits, false, false, a) {
				addf("%s: %s", where, p)
			}
		}
	}
	if len(all) < 2 && !recheck {
		return problems
	}
	// Every first fix together, merged as -fix merges them.
	merged := make(map[string][]rbEdit)
	for _, fix := range all {
		edits, err := u.rbFixEdits(fix)
		if err != nil {
			continue // reported above
		}
		for name, es := range edits {
			m, ok := rbMerge(merged[name], es)
			if !ok {
				addf("%s: fix %q conflicts with the other fixes of the file", name, fix.Message)
				continue
			}
			merged[name] = m
		}
	}
	if len(merged) > 0 {
		for _, p := range u.rbCheckFixed(merged, true, recheck, a) {
			addf("all fixes together: %s", p)
		}
	}
	return problems
}

// rbCheckFixed applies edits to the unit's files and checks the result: every file that
// parsed still parses and formats; if the unit was clean, the fixed unit type-checks cleanly;
// with recheck, analyzing it again yields no fixable diagnostic. With driver, the fixed files
// first lose the imports they no longer use, as `-fix` does (driverutil.FormatSourceRemoveImports);
// without it the edits are taken as they are, as an editor applies one fix.
func (u *rbUnit) rbCheckFixed(edits map[string][]rbEdit, driver, recheck bool, a *analysis.Analyzer) []string {
	var problems []string
	addf := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	fixed := make(map[string][]byte)
	for name, src := range u.srcs {
		fixed[name] = src
	}
	for name, es := range edits {
		out := rbApply(u.srcs[name], es)
		fixed[name] = out
		if u.unparsed[name] {
			continue // the input did not parse: nothing to keep
		}
		if _, err := parser.ParseFile(token.NewFileSet(), name, out, parser.SkipObjectResolution); err != nil {
			addf("fixed %s does not parse: %v\n%s", name, err, out)
			continue
		}
		if _, err := format.Source(out); err != nil {
			addf("fixed %s does not format: %v\n%s", name, err, out)
			continue
		}
		if driver {
			fixed[name] = u.rbRemoveUnusedImports(out)
		}
	}
	if len(problems) > 0 || !u.clean() {
		return problems
	}
	v := rbLoad(u.pkg.Path(), u.names, fixed)
	if v == nil {
		return problems
	}
	if !v.clean() {
		var msgs []string
		for _, err := range v.typeErrs {
			msgs = append(msgs, err.Error())
		}
		addf("the input type-checks but the fixed source does not: %s\n%s", strings.Join(msgs, "; "), rbJoin(fixed, edits))
		return problems
	}
	if recheck {
		diags, err := v.run(a)
		if err != nil {
			addf("re-run on fixed source: %v", err)
		}
		for _, d := range diags {
			if len(d.SuggestedFixes) > 0 {
				addf("re-run on fixed source still offers fix %q for %v: %s\n%s", d.SuggestedFixes[0].Message, v.fset.Position(d.Pos), d.Message, rbJoin(fixed, edits))
			}
		}
	}
	return problems
}

// rbRemoveUnusedImports deletes the imports that src does not use, the way the -fix driver
// does (driverutil.removeUnneededImports): a name is used if it is the X of a selector. An
// import without a name is known by the name of the package the unit imported.
func (u *rbUnit) rbRemoveUnusedImports(src []byte) []byte {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "fixed.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return src
	}
	names := make(map[string]string) // import path -> package name
	for _, imp := range u.pkg.Imports() {
		names[imp.Path()] = imp.Name()
	}
	used := make(map[string]bool)
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	removed := false
	for _, imp := range slices.Clone(f.Imports) {
		path, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			continue
		}
		name, local := names[path], ""
		if imp.Name != nil {
			name, local = imp.Name.Name, imp.Name.Name
		}
		if name == "" || name == "_" || name == "." || path == "C" || used[name] {
			continue
		}
		removed = astutil.DeleteNamedImport(fset, f, local, path) || removed
	}
	if !removed {
		return src
	}
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, f); err != nil {
		return src
	}
	return buf.Bytes()
}

// rbJoin shows the edited files.
func rbJoin(files map[string][]byte, edited map[string][]rbEdit) string {
	var names []string
	for name := range edited {
		names = append(names, name)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, name := range names {
		fmt.Fprintf(&b, "-- %s --\n%s\n", name, files[name])
	}
	return b.String()
}

// rbSeeds returns the seed corpus: every .go file under testdata/src and testdata/demo that
// mentions Cookie or imports a library (a stub under testdata/src/github.com), and the
// snippets of rbSnippets.
func rbSeeds(tb testing.TB) []string {
	seeds := slices.Clone(rbSnippets)
	for _, root := range []string{filepath.Join("..", "testdata", "src"), filepath.Join("..", "testdata", "demo")} {
		filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return nil
			}
			b, err := os.ReadFile(path)
			// Files about cookies, and the users of library stubs (sessions.Options{}, csrf.Protect).
			if err == nil && (bytes.Contains(b, []byte("Cookie")) || bytes.Contains(b, []byte(`"github.com/`))) && len(b) < 64<<10 {
				seeds = append(seeds, string(b))
			}
			return nil
		})
	}
	return seeds
}

// rbSnippets are hand-written seeds: shapes the testdata packages do not have, and layouts
// that stress the fix builders.
var rbSnippets = []string{
	`package p

import "net/http"

func f(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{})
	http.SetCookie(w, &http.Cookie{
	})
	http.SetCookie(w, &http.Cookie{ /* empty */ })
	http.SetCookie(w, &http.Cookie{Name: "sid",
		Value: "v"})
	http.SetCookie(w, &http.Cookie{
		Name: "sid", Value: "v",
		/* trailing */ })
	http.SetCookie(w, &http.Cookie{Name: "x", Value: "v", // comment
	})
}
`,
	`package p

import "net/http"

var base = http.Cookie{Name: "__Host-sid", Path: "/app", Domain: "example.com", SameSite: http.SameSiteNoneMode}
var cs = []http.Cookie{{Name: "a"}, {Name: "__Secure-b", Secure: false}}
var ms = map[string]*http.Cookie{"a": {Name: "session", MaxAge: 86400 * 400}}
`,
	// A single-line function body, a cookie in a closure, a label, a switch.
	`package p

import "net/http"

func f(w http.ResponseWriter, k int) { http.SetCookie(w, &http.Cookie{Name: "one"}) }

func g(w http.ResponseWriter, k int) {
	set := func() { http.SetCookie(w, &http.Cookie{Name: "closure", Secure: true}) }
	set()
L:
	switch k {
	case 1:
		http.SetCookie(w, &http.Cookie{Name: "case", HttpOnly: false})
		break L
	}
}
`,
	`package p

import (
	"net/http"
	"time"
)

func f(w http.ResponseWriter, r *http.Request) {
	c := http.Cookie{Name: "session", Expires: time.Now().Add(400 * 24 * time.Hour), SameSite: http.SameSiteDefaultMode}
	c.Secure = false
	c.HttpOnly = !true
	http.SetCookie(w, &c)
	var d http.Cookie
	d.Name = "token"
	d.MaxAge = 1 << 40
	http.SetCookie(w, &d)
	http.SetCookie(w, &http.Cookie{Name: "del", Expires: time.Unix(0, 0)})
	r.AddCookie(&http.Cookie{Name: "client"})
}
`,
	`package p

import web "net/http"

func f(w web.ResponseWriter) {
	web.SetCookie(w, &web.Cookie{Name: "a"})
}
`,
	`package p

import . "net/http"

func f(w ResponseWriter) {
	SetCookie(w, &Cookie{Name: "a", SameSite: SameSiteDefaultMode})
}
`,
	`package p

import (
	"net/http"
)

func mk() *http.Cookie { return &http.Cookie{Name: "h"} }

func f(w http.ResponseWriter) {
	c := mk()
	c.Secure = true
	http.SetCookie(w, c)
}
`,
	// Generic code, aliases, method values.
	`package p

import "net/http"

type A = http.Cookie

func F[T any]() *A { return &A{Name: "g", Partitioned: true} }

func G(r *http.Request) {
	add := r.AddCookie
	add(&http.Cookie{Name: "mv"})
}
`,
}

// rbWrapped seeds are not files but the tail of a cookie literal and the statements after it:
// rbWrap puts them in a function, so that most mutations of them still parse and type-check
// and the fuzzer spends its time in the judging and fix code rather than in the parser.
var rbWrapped = []string{
	"}",
	"Name: \"session\", MaxAge: 86400 * 30}",
	"\n\t\tName:   \"__Host-sid\",\n\t\tPath:   \"/x\",\n\t\tDomain: \"example.com\",\n\t}",
	"Name: \"a\", SameSite: http.SameSiteNoneMode}",
	"Name: \"a\"}\n\tc.SameSite = http.SameSiteDefaultMode\n\tc.Secure = false",
	"Name: \"csrf_token\", Expires: time.Now().AddDate(1, 0, 0)}",
	"Name: \"sid\", Partitioned: true, Secure: dev, HttpOnly: !true}",
	"}\n\td := http.Cookie{Name: \"x\", MaxAge: -1}\n\thttp.SetCookie(w, &d)\n\tr.AddCookie(&http.Cookie{})",
	"Name: \"__Secure-x\",\n\t\tSameSite: 0, // comment\n\t}\n\tc.HttpOnly = false",
}

// rbWrap makes a file of a wrapped seed (see rbWrapped).
func rbWrap(tail string) string {
	return "package p\n\nimport (\n\t\"net/http\"\n\t\"time\"\n)\n\nvar _ = time.Now\n\n" +
		"func f(w http.ResponseWriter, r *http.Request, dev bool) {\n\tc := &http.Cookie{" + tail +
		"\n\thttp.SetCookie(w, c)\n}\n"
}

// FuzzAnalyzer checks that the analyzer survives any Go source and that its fixes are safe.
// An input with a package clause is a file; any other input is wrapped by rbWrap.
func FuzzAnalyzer(f *testing.F) {
	for _, seed := range rbSeeds(f) {
		f.Add(seed)
	}
	for _, seed := range rbWrapped {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 64<<10 {
			t.Skip()
		}
		if !strings.HasPrefix(strings.TrimSpace(src), "package") {
			src = rbWrap(src)
		}
		u := rbLoad("example.com/fuzz", []string{"fuzz.go"}, map[string][]byte{"fuzz.go": []byte(src)})
		if u == nil || len(u.files) == 0 {
			t.Skip() // go/types panicked, or nothing parsed
		}
		for _, p := range u.rbCheck(true) {
			t.Errorf("%s\ninput:\n%s", p, src)
		}
	})
}

// TestFuzzHarness checks that the fuzz driver is not vacuous: net/http is imported, a known
// snippet is clean and gets the expected diagnostics and fixes, and the seed corpus is found.
func TestFuzzHarness(t *testing.T) {
	src := "package p\n\nimport \"net/http\"\n\nvar c = &http.Cookie{Name: \"sid\"}\n"
	u := rbLoad("p", []string{"p.go"}, map[string][]byte{"p.go": []byte(src)})
	if u == nil || !u.clean() {
		t.Fatalf("harness cannot type-check a net/http snippet: %v", u.typeErrs)
	}
	diags, err := u.run(analyzer.Analyzer)
	if err != nil {
		t.Fatal(err)
	}
	fixes := 0
	for _, d := range diags {
		fixes += len(d.SuggestedFixes)
	}
	if len(diags) != 3 || fixes != 3 {
		t.Errorf("got %d diagnostics with %d fixes, want 3 and 3: %v", len(diags), fixes, diags)
	}
	if p := u.rbCheck(true); len(p) > 0 {
		t.Errorf("problems: %v", p)
	}
	if n := len(rbSeeds(t)); n < len(rbSnippets)+10 {
		t.Errorf("only %d seeds: testdata/src not found?", n)
	}
}
