package analyzer_test

// Benchmarks of the analyzer alone (issue 5). Each benchmark generates a package of about
// 1k, 10k or 100k lines into b.TempDir() (GOPATH layout: src/bench/<kind><size>/), parses and
// type-checks it once outside the timed loop (std imports come from source), builds the
// inspector once, and times only the analyzer's Run on a fresh Pass. So the figures are the
// analyzer's own cost, not loading, and ns/line makes linear growth visible: ns/line should stay
// about flat from 1k to 100k lines.
//
//	go test -run='^$' -bench=. -benchtime=3x ./analyzer            # quick
//	go test -run='^$' -bench=Analyzer/cookies -count=6 ./analyzer   # for benchstat
//	go test -run='^$' -bench=Analyzer/cookies/100k -cpuprofile=cpu.out ./analyzer
//
// Kinds of generated code (1k, 10k, 100k lines):
//   - cookies: handlers full of http.Cookie literals, field assignments, helpers that return
//     cookies, var declarations, new(http.Cookie), SetCookie and AddCookie calls, and ignore
//     directives. Every unit has findings.
//   - libs: gin, fiber and echo handlers and sessions of one package-level gorilla store, on the
//     stubs of ../testdata/src: the library rows (calls, options, store constructors).
//   - plain: net/http handlers with structs, field assignments, literals, closures and returns
//     but no cookie. The package imports net/http, so the import fast path does not apply: this
//     is the cost of the traversal on code with nothing to report.
//
// Stress probes (1k, 2k, 4k lines: sizes double, so quadratic work shows as ns/line doubling at
// each step):
//   - reuse: every unit assigns a new cookie to one package-level variable and sets its fields:
//     one variable with as many literals and field assignments as the package has units.
//   - stores: a gorilla store made in every unit, and a session in every unit.
//
// If ns/line grew more than 4x from the first size to the previous one and the next size
// would take over 30s per op at quadratic growth, the next size is skipped with a message (set
// COOKIECHECK_BENCH_ALL=1 to run it anyway), so that `-bench=.` never runs for an hour.
//
// BenchmarkInspector times inspector.New on the same files: the work of inspect.Analyzer, which
// every inspector-based analyzer shares (and which the noop baseline of .ci/bench/compare.sh
// pays too).

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// benchSize is a target line count; a generated package has at least that many lines.
type benchSize struct {
	name  string
	lines int
}

// benchSizes are the sizes of the realistic kinds.
var benchSizes = []benchSize{{"1k", 1_000}, {"10k", 10_000}, {"100k", 100_000}}

// benchProbeSizes, for the stress probes, double, so that quadratic growth shows as ns/line
// doubling at each step, and stay small: on a quadratic analyzer 100k lines of such a shape
// run for minutes or exhaust memory.
var benchProbeSizes = []benchSize{{"1k", 1_000}, {"2k", 2_000}, {"4k", 4_000}}

// benchLinesPerFile splits a generated package into files of about this many lines.
const benchLinesPerFile = 500

// benchKind is a kind of generated code: the imports of each file and the source of unit i.
type benchKind struct {
	name    string
	imports []string
	header  string // package-level declarations of the first file
	unit    func(i int) string
	// wantDiags says whether the package must have findings (a guard against measuring a
	// fast path that skips everything).
	wantDiags bool
	sizes     []benchSize
	probe     bool // a stress probe
}

var benchKinds = []benchKind{
	{name: "cookies", imports: []string{"net/http", "time"}, unit: benchCookiesUnit, wantDiags: true, sizes: benchSizes},
	{name: "libs", imports: benchLibImports, header: "var store = sessions.NewCookieStore([]byte(\"key\"))\n",
		unit: benchLibsUnit, wantDiags: true, sizes: benchSizes},
	{name: "plain", imports: []string{"fmt", "net/http", "time"}, unit: benchPlainUnit, sizes: benchSizes},
	{name: "reuse", imports: []string{"net/http"}, header: "var shared *http.Cookie\n", unit: benchReuseUnit,
		wantDiags: true, sizes: benchProbeSizes, probe: true},
	{name: "stores", imports: []string{"net/http", "github.com/gorilla/sessions"}, unit: benchStoresUnit,
		wantDiags: true, sizes: benchProbeSizes, probe: true},
}

var benchLibImports = []string{"net/http", "time", "github.com/gin-gonic/gin", "github.com/gofiber/fiber/v2",
	"github.com/gorilla/sessions", "github.com/labstack/echo/v4"}

func benchCookiesUnit(i int) string {
	return fmt.Sprintf(`
// login%[1]d sets a long-lived session cookie without Secure or SameSite.
func login%[1]d(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:     "session_%[1]d",
		Value:    r.FormValue("v"),
		Path:     "/",
		HttpOnly: true,
		MaxAge:   86400 * 30,
	})
}

func prefs%[1]d(w http.ResponseWriter, r *http.Request) {
	c := http.Cookie{Name: "theme%[1]d", Value: "dark", SameSite: http.SameSiteDefaultMode}
	c.Secure = false
	c.HttpOnly = r.TLS != nil
	http.SetCookie(w, &c)
}

func newCookie%[1]d(name, value string) *http.Cookie {
	c := &http.Cookie{Name: name, Value: value, Path: "/"}
	return c
}

func useHelper%[1]d(w http.ResponseWriter) {
	c := newCookie%[1]d("auth_%[1]d", "x")
	c.Secure = true
	c.SameSite = http.SameSiteLaxMode
	http.SetCookie(w, c)
}

func declared%[1]d(w http.ResponseWriter) {
	var c http.Cookie
	c.Name = "__Host-token%[1]d"
	c.Expires = time.Now().Add(480 * time.Hour)
	//cookiecheck:ignore secure
	http.SetCookie(w, &c)
	p := new(http.Cookie)
	p.Name = "remember%[1]d"
	p.MaxAge = -1
	http.SetCookie(w, p)
}

func client%[1]d(r *http.Request) {
	c := &http.Cookie{Name: "sid", Value: "%[1]d"}
	r.AddCookie(c)
}
`, i)
}

func benchPlainUnit(i int) string {
	return fmt.Sprintf(`
type server%[1]d struct {
	name  string
	count int
	hdr   http.Header
}

// handle answers GET requests with a line of text.
func (s *server%[1]d) handle(w http.ResponseWriter, r *http.Request) {
	s.count++
	s.name = r.URL.Path
	w.Header().Set("Content-Type", "text/plain")
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	opts := options%[1]d{Timeout: 5 * time.Second, Retries: 3}
	opts.Retries = s.count %% 4
	fmt.Fprintf(w, "%%s %%d %%v\n", s.name, s.count, opts)
}

type options%[1]d struct {
	Timeout time.Duration
	Retries int
}

func newServer%[1]d(name string) *server%[1]d {
	s := &server%[1]d{name: name, hdr: http.Header{}}
	s.hdr.Set("X-Server", name)
	return s
}

func route%[1]d(mux *http.ServeMux) {
	s := newServer%[1]d("s%[1]d")
	mux.HandleFunc("/p%[1]d", s.handle)
	mux.Handle("/q%[1]d", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	}))
}
`, i)
}

// benchLibsUnit uses the web libraries' cookie APIs as an application does: gin, fiber and
// echo handlers, and sessions of one package-level gorilla store. The libraries come from the
// stubs in ../testdata/src (GOPATH layout), which the other tests keep faithful to the real
// modules.
func benchLibsUnit(i int) string {
	return fmt.Sprintf(`
func ginLogin%[1]d(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("session_%[1]d", c.Query("v"), 3600*24*30, "/", "", false, true)
}

func fiberLogin%[1]d(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "token%[1]d", Value: "v", Expires: time.Now().Add(time.Hour), HTTPOnly: true})
	return c.SendStatus(http.StatusNoContent)
}

func echoLogin%[1]d(c echo.Context) error {
	cookie := new(http.Cookie)
	cookie.Name = "sid"
	cookie.Value = "v%[1]d"
	cookie.Secure = true
	c.SetCookie(cookie)
	return nil
}

func save%[1]d(w http.ResponseWriter, r *http.Request) error {
	sess, err := store.Get(r, "auth%[1]d")
	if err != nil {
		return err
	}
	sess.Options = &sessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true}
	sess.Options.Secure = false
	return sess.Save(r, w)
}
`, i)
}

// benchStoresUnit (a stress probe) makes a gorilla store in every unit: every *sessions.Session
// of the package may belong to any store, so an analyzer that gives each store the settings
// of every session does stores x sessions work.
func benchStoresUnit(i int) string {
	return fmt.Sprintf(`
func newStore%[1]d() *sessions.CookieStore {
	s := sessions.NewCookieStore([]byte("key%[1]d"))
	s.Options.HttpOnly = true
	return s
}

func save%[1]d(w http.ResponseWriter, r *http.Request, store *sessions.CookieStore) error {
	sess, err := store.Get(r, "auth%[1]d")
	if err != nil {
		return err
	}
	sess.Options.Secure = false
	return sess.Save(r, w)
}
`, i)
}

func benchReuseUnit(i int) string {
	return fmt.Sprintf(`
func reuse%[1]d(w http.ResponseWriter) {
	shared = &http.Cookie{Name: "c%[1]d", Value: "v"}
	shared.HttpOnly = true
	shared.Secure = false
	http.SetCookie(w, shared)
}
`, i)
}

// benchPkg is a generated, type-checked package.
type benchPkg struct {
	files []*ast.File
	pkg   *types.Package
	info  *types.Info
	lines int
}

// benchFset and benchImp are shared by every generated package, so std is type-checked from source once.
var (
	benchMu      sync.Mutex
	benchFset    = token.NewFileSet()
	benchImp     types.Importer
	benchImpOnce sync.Once
	benchCache   = map[string]*benchPkg{} // by kind/size, for -count > 1
)

// benchStubs is the GOPATH of the web libraries' stubs.
const benchStubs = "../testdata/src"

// benchImporter imports std from source and other paths from the stubs in benchStubs.
type benchImporter struct {
	pkgs map[string]*types.Package
}

func (imp *benchImporter) Import(path string) (*types.Package, error) {
	if p := imp.pkgs[path]; p != nil {
		return p, nil
	}
	first, _, _ := strings.Cut(path, "/")
	if !strings.Contains(first, ".") {
		return benchImp.Import(path) // std
	}
	dir := filepath.Join(benchStubs, filepath.FromSlash(path))
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("no stub of %s in %s", path, dir)
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(benchFset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: imp}
	p, err := conf.Check(path, benchFset, files, nil)
	if err != nil {
		return nil, fmt.Errorf("stub of %s: %v", path, err)
	}
	imp.pkgs[path] = p
	return p, nil
}

var benchStubImp = &benchImporter{pkgs: map[string]*types.Package{}}

// benchGenerate writes the package of kind k with at least lines lines into dir (a GOPATH) and
// returns the file names and the number of lines written.
func benchGenerate(tb testing.TB, dir string, k benchKind, lines int) ([]string, int) {
	pkgDir := filepath.Join(dir, "src", "bench", fmt.Sprintf("%s%d", k.name, lines))
	if err := os.MkdirAll(pkgDir, 0o755); err != nil {
		tb.Fatal(err)
	}
	var names []string
	total, unit := 0, 0
	for total < lines {
		var sb strings.Builder
		fmt.Fprintf(&sb, "// Code generated by bench_test.go. DO NOT EDIT.\n\npackage bench\n\nimport (\n")
		for _, p := range k.imports {
			fmt.Fprintf(&sb, "\t%q\n", p)
		}
		sb.WriteString(")\n")
		if len(names) == 0 {
			sb.WriteString(k.header)
		}
		n := strings.Count(sb.String(), "\n")
		for units := 0; units == 0 || n < benchLinesPerFile && total+n < lines; units++ {
			u := k.unit(unit)
			unit++
			sb.WriteString(u)
			n += strings.Count(u, "\n")
		}
		name := filepath.Join(pkgDir, fmt.Sprintf("gen%03d.go", len(names)))
		if err := os.WriteFile(name, []byte(sb.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
		names = append(names, name)
		total += n
	}
	return names, total
}

// benchLoad returns the generated package of kind k and size lines, parsed and type-checked.
func benchLoad(b *testing.B, k benchKind, lines int) *benchPkg {
	benchMu.Lock()
	defer benchMu.Unlock()
	key := fmt.Sprintf("%s/%d", k.name, lines)
	if p := benchCache[key]; p != nil {
		return p
	}
	benchImpOnce.Do(func() { benchImp = importer.ForCompiler(benchFset, "source", nil) })
	names, n := benchGenerate(b, b.TempDir(), k, lines)
	p := &benchPkg{lines: n}
	for _, name := range names {
		f, err := parser.ParseFile(benchFset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			b.Fatal(err)
		}
		p.files = append(p.files, f)
	}
	p.info = &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
	conf := types.Config{Importer: benchStubImp, GoVersion: "go1.26"}
	pkg, err := conf.Check("bench", benchFset, p.files, p.info)
	if err != nil {
		b.Fatalf("type-checking the generated %s package: %v", k.name, err)
	}
	p.pkg = pkg
	benchCache[key] = p
	return p
}

// benchNewPass returns a pass of a over p whose Report counts diagnostics into *diags.
func benchNewPass(a *analysis.Analyzer, p *benchPkg, insp *inspector.Inspector, diags *int) *analysis.Pass {
	return &analysis.Pass{
		Analyzer:          a,
		Fset:              benchFset,
		Files:             p.files,
		Pkg:               p.pkg,
		TypesInfo:         p.info,
		TypesSizes:        types.SizesFor("gc", "amd64"),
		TypeErrors:        nil,
		Module:            nil,
		ResultOf:          map[*analysis.Analyzer]any{inspect.Analyzer: insp},
		Report:            func(analysis.Diagnostic) { *diags++ },
		ReadFile:          os.ReadFile,
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		ExportPackageFact: func(analysis.Fact) {},
		AllObjectFacts:    func() []analysis.ObjectFact { return nil },
		AllPackageFacts:   func() []analysis.PackageFact { return nil },
	}
}

// BenchmarkAnalyzer times the analyzer's Run, with the default configuration, on a generated
// package. Metrics: ns/op, B/op, allocs/op, ns/line and diags/op (findings per run).
func BenchmarkAnalyzer(b *testing.B) {
	for _, k := range benchKinds {
		b.Run(k.name, func(b *testing.B) {
			var first, prev struct {
				nsPerLine, nsPerOp float64
				lines              int
			}
			for _, size := range k.sizes {
				if prev.lines > 0 && prev.nsPerLine > 4*first.nsPerLine && os.Getenv("COOKIECHECK_BENCH_ALL") != "1" {
					scale := float64(size.lines) / float64(prev.lines)
					if predicted := prev.nsPerOp * scale * scale / 1e9; predicted > 30 {
						b.Run(size.name, func(b *testing.B) {
							b.Skipf("ns/line grew %.1fx from %d to %d lines (superlinear): %d lines would take about %.0fs per op; COOKIECHECK_BENCH_ALL=1 runs it",
								prev.nsPerLine/first.nsPerLine, first.lines, prev.lines, size.lines, predicted)
						})
						continue
					}
				}
				b.Run(size.name, func(b *testing.B) {
					p := benchLoad(b, k, size.lines)
					insp := inspector.New(p.files)
					a := analyzer.New(analyzer.DefaultConfig())

					// One untimed run: checks the workload and warms lazy state.
					diags := 0
					if _, err := a.Run(benchNewPass(a, p, insp, &diags)); err != nil {
						b.Fatal(err)
					}
					if k.wantDiags && diags == 0 {
						b.Fatalf("the %s package has no findings: the benchmark would measure a fast path", k.name)
					}
					perRun := diags

					b.ReportAllocs()
					for b.Loop() {
						diags = 0
						if _, err := a.Run(benchNewPass(a, p, insp, &diags)); err != nil {
							b.Fatal(err)
						}
					}
					nsPerOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
					b.ReportMetric(nsPerOp/float64(p.lines), "ns/line")
					b.ReportMetric(float64(perRun), "diags/op")
					prev.nsPerLine, prev.nsPerOp, prev.lines = nsPerOp/float64(p.lines), nsPerOp, p.lines
					if first.lines == 0 {
						first = prev
					}
				})
			}
		})
	}
}

// BenchmarkInspector times inspector.New, the work of inspect.Analyzer, on the same packages.
func BenchmarkInspector(b *testing.B) {
	for _, k := range benchKinds {
		if k.probe {
			continue
		}
		b.Run(k.name, func(b *testing.B) {
			for _, size := range benchSizes {
				b.Run(size.name, func(b *testing.B) {
					p := benchLoad(b, k, size.lines)
					b.ReportAllocs()
					for b.Loop() {
						inspector.New(p.files)
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(p.lines), "ns/line")
				})
			}
		})
	}
}
