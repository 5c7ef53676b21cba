package engine

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
)

// run is one analysis: the source packages of a set of roots, type-checked and analyzed.
type run struct {
	ctx     context.Context
	fset    *token.FileSet
	graph   *graph
	univ    *universe
	overlay map[string][]byte
	a       *analysis.Analyzer
	dir     string // absolute directory relative go list positions are relative to

	pkgs map[*node]*srcPkg // the source packages of this run
	// exportReady is closed once the export data of the dependencies is listed, with
	// exportErr; packages are parsed meanwhile.
	exportReady chan struct{}
	exportErr   error
	sem         chan struct{} // limits concurrent type-checking and analysis to GOMAXPROCS
	stale       atomic.Bool   // the graph is out of date: an import or a file it does not know

	mu      sync.Mutex
	byTypes map[*types.Package]*srcPkg // for facts: the source package of an object
}

// srcPkg is a package type-checked from source in a run.
type srcPkg struct {
	node    *node
	root    bool
	analyze bool      // run the analyzer (a root, or a dependency when the analyzer has facts)
	deps    []*srcPkg // source packages it imports
	done    chan struct{}

	files   []*ast.File
	types   *types.Package
	info    *types.Info
	typeErr []types.Error
	errs    []Error // its own list, parse and type errors (not those of dependencies)
	hidden  bool    // it has errors not shown: imports that failed for a reason shown elsewhere
	sums    map[string][32]byte

	actions map[*analysis.Analyzer]*action
	deepMu  sync.Mutex
	deep    []*srcPkg // it and its transitive source dependencies (facts come from them)
	deepSet map[*srcPkg]bool
}

// broken reports whether p failed to load, parse or type-check.
func (p *srcPkg) broken() bool { return len(p.errs) > 0 || p.hidden }

// analyze type-checks and analyzes the source packages of roots and returns the result.
func (r *run) analyze(roots []*node) (*Result, error) {
	if err := analysis.Validate([]*analysis.Analyzer{r.a}); err != nil {
		return nil, err
	}
	source := r.graph.sourceSet(roots)
	facts := hasFacts(r.a)
	r.pkgs = make(map[*node]*srcPkg, len(source))
	r.byTypes = make(map[*types.Package]*srcPkg, len(source))
	r.sem = make(chan struct{}, runtime.GOMAXPROCS(0))
	for n := range source {
		r.pkgs[n] = &srcPkg{node: n, analyze: facts, done: make(chan struct{})}
	}
	for _, n := range roots {
		r.pkgs[n].root = true
		r.pkgs[n].analyze = true
	}
	for n, p := range r.pkgs {
		for _, id := range n.imports {
			if dep := r.pkgs[r.graph.nodes[id]]; dep != nil {
				p.deps = append(p.deps, dep)
			}
		}
	}
	var wg sync.WaitGroup
	for _, p := range r.pkgs {
		wg.Go(func() { r.do(p) })
	}
	wg.Wait()
	if err := r.ctx.Err(); err != nil {
		return nil, err
	}
	return r.result(roots), nil
}

// hasFacts reports whether a or one of the analyzers it requires uses facts.
func hasFacts(a *analysis.Analyzer) bool {
	if len(a.FactTypes) > 0 {
		return true
	}
	for _, req := range a.Requires {
		if hasFacts(req) {
			return true
		}
	}
	return false
}

// do parses p, then type-checks and analyzes it once its source dependencies are done and
// the export data is there.
func (r *run) do(p *srcPkg) {
	defer close(p.done)
	r.parse(p)
	for _, dep := range p.deps {
		<-dep.done
	}
	<-r.exportReady
	if r.ctx.Err() != nil || r.exportErr != nil {
		return
	}
	r.sem <- struct{}{}
	defer func() { <-r.sem }()
	if r.ctx.Err() != nil {
		return
	}
	r.check(p)
	if p.analyze && len(p.files) > 0 {
		r.runAnalyzers(p)
	}
}

// readFile returns the content of a file: the overlay's, or the file's on disk.
func (r *run) readFile(name string) ([]byte, error) {
	if b, ok := r.overlay[name]; ok {
		return b, nil
	}
	return os.ReadFile(name)
}

// parse parses the files of p.
func (r *run) parse(p *srcPkg) {
	n := p.node
	p.errs = listErrors(n, r.dir)
	if p.root {
		p.sums = make(map[string][32]byte, len(n.goFiles))
	}
	for _, name := range n.goFiles {
		src, err := r.readFile(name)
		if errors.Is(err, fs.ErrNotExist) {
			r.stale.Store(true) // an unsaved file that is gone
		}
		if err != nil {
			p.errs = append(p.errs, Error{Package: n.path, Pos: Position{Filename: name}, Msg: err.Error(), Kind: ListError})
			continue
		}
		if p.sums != nil {
			p.sums[name] = sha256.Sum256(src)
		}
		f, err := parser.ParseFile(r.fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
		if f != nil {
			p.files = append(p.files, f)
		}
		var list scanner.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				p.errs = append(p.errs, Error{Package: n.path, Pos: position(e.Pos), Msg: e.Msg, Kind: ParseError})
			}
		} else if err != nil {
			p.errs = append(p.errs, Error{Package: n.path, Pos: Position{Filename: name}, Msg: err.Error(), Kind: ParseError})
		}
	}
	dropListParseErrors(p)
}

// check type-checks p.
func (r *run) check(p *srcPkg) {
	n := p.node
	syntaxErrors := slices.ContainsFunc(p.errs, func(e Error) bool { return e.Kind == ParseError })
	cgo := slices.ContainsFunc(p.files, func(f *ast.File) bool {
		return slices.ContainsFunc(f.Imports, func(spec *ast.ImportSpec) bool { return spec.Path.Value == `"C"` })
	})

	// Imports that failed for a reason reported with the imported package.
	failed := make(map[string]bool)
	conf := types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			pkg, err := r.importPath(n, path, !syntaxErrors)
			if err != nil {
				if dep := r.graph.nodes[n.imports[path]]; dep != nil && len(dep.errors) > 0 {
					failed[path] = true
				}
			}
			return pkg, err
		}),
		Sizes:       r.graph.sizes,
		GoVersion:   n.goVersion(),
		FakeImportC: true,
		Error: func(err error) {
			te, ok := err.(types.Error)
			if !ok || cgo && strings.Contains(te.Msg, "invalid type") {
				return // with "C" faked, its types are invalid: not the package's error
			}
			p.typeErr = append(p.typeErr, te)
			// After a syntax error, type errors are mostly its echoes (as go build, report
			// the syntax errors alone); a failed import is reported with the import.
			hide := syntaxErrors
			for path := range failed {
				hide = hide || strings.HasPrefix(te.Msg, "could not import "+path+" (")
			}
			if hide {
				p.hidden = true
				return
			}
			p.errs = append(p.errs, Error{Package: n.path, Pos: r.position(te.Pos), Msg: te.Msg, Kind: TypeError})
		},
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
	p.types, _ = conf.Check(n.path, r.fset, p.files, p.info)
	r.mu.Lock()
	r.byTypes[p.types] = p
	r.mu.Unlock()
}

// dropListParseErrors drops go list's report of a syntax error that the parser reports too
// (go list reads the imports of every file and reports the first error it meets there).
func dropListParseErrors(p *srcPkg) {
	parsed := make(map[string]bool) // file:line of the parse errors
	for _, e := range p.errs {
		if e.Kind == ParseError {
			parsed[fmt.Sprint(e.Pos.Filename, ":", e.Pos.Line)] = true
		}
	}
	errs := p.errs[:0]
	for _, e := range p.errs {
		if e.Kind == ListError && e.Pos.IsValid() && parsed[fmt.Sprint(e.Pos.Filename, ":", e.Pos.Line)] {
			continue
		}
		errs = append(errs, e)
	}
	p.errs = errs
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// importPath returns the types of the package that n imports as path. An import the graph
// does not know makes the graph stale, unless the package has syntax errors (go list could
// not read its imports: listing it again would not help).
func (r *run) importPath(n *node, path string, parsed bool) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	dep := r.graph.nodes[n.imports[path]]
	if dep == nil {
		if parsed {
			r.stale.Store(true)
		}
		return nil, fmt.Errorf("package %s is not in the package graph (a new import: run go list again)", path)
	}
	if p := r.pkgs[dep]; p != nil {
		if p.types == nil {
			return nil, fmt.Errorf("package %s was not type-checked", path)
		}
		return p.types, nil
	}
	return r.univ.importNode(dep)
}

// position converts pos to a Position in the file as it is (no //line directives).
func (r *run) position(pos token.Pos) Position {
	if !pos.IsValid() {
		return Position{}
	}
	return position(r.fset.PositionFor(pos, false))
}

func position(p token.Position) Position {
	return Position{Filename: p.Filename, Offset: p.Offset, Line: p.Line, Column: p.Column}
}
