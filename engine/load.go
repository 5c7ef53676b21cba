package engine

import (
	"context"
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/packages"
)

// node is one package of the go list graph: what go list says about it, no types.
type node struct {
	id, path, name string
	forTest        string // for a test variant, the package under test
	goFiles        []string
	otherFiles     []string // non-Go files, for Pass.OtherFiles and Pass.ReadFile
	ignoredFiles   []string
	imports        map[string]string // import path as written -> ID
	module         *packages.Module
	exportFile     string
	errors         []packages.Error
}

// main reports whether n belongs to a main module (go.mod's, or one of go.work's).
func (n *node) main() bool { return n.module != nil && n.module.Main }

// testMain reports whether n is the generated main package of a test binary ("p.test"),
// which has nothing to analyze.
func (n *node) testMain() bool {
	_, testdeps := n.imports["testing/internal/testdeps"]
	return n.name == "main" && strings.HasSuffix(n.id, ".test") && testdeps
}

// goVersion returns the language version of n's module ("go1.22"), or "" (the latest).
func (n *node) goVersion() string {
	if n.module == nil || n.module.GoVersion == "" {
		return ""
	}
	return "go" + n.module.GoVersion
}

// graph is a package graph: the packages of one or more go list runs, by ID.
type graph struct {
	nodes map[string]*node
	roots []*node // the packages the patterns named, sorted by ID, without test mains
	sizes types.Sizes

	indexOnce sync.Once
	byFile    map[string][]*node // the packages of each Go file, sorted by ID
	ignored   map[string]bool    // files left out by build constraints
}

// packagesOf returns the packages whose Go files include file.
func (g *graph) packagesOf(file string) []*node {
	g.indexOnce.Do(g.index)
	return g.byFile[file]
}

// isIgnored reports whether a package of g leaves file out (build constraints).
func (g *graph) isIgnored(file string) bool {
	g.indexOnce.Do(g.index)
	return g.ignored[file]
}

func (g *graph) index() {
	g.byFile = make(map[string][]*node)
	g.ignored = make(map[string]bool)
	for _, n := range g.nodes {
		for _, name := range n.goFiles {
			g.byFile[name] = append(g.byFile[name], n)
		}
		for _, name := range n.ignoredFiles {
			g.ignored[name] = true
		}
	}
	for _, nodes := range g.byFile {
		slices.SortFunc(nodes, func(x, y *node) int { return strings.Compare(x.id, y.id) })
	}
}

// graphMode is what go list is asked for: names, files and imports of every package and
// its module, no types and no export data.
const graphMode = packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps |
	packages.NeedModule | packages.NeedForTest

// loadGraph runs go list on patterns, with the overlay (so that unsaved files and their
// imports count; go list does not read export data here, so the overlay costs nothing).
func loadGraph(ctx context.Context, cfg Config, overlay map[string][]byte, patterns []string) (*graph, error) {
	pkgs, err := packages.Load(&packages.Config{
		Mode:       graphMode,
		Context:    ctx,
		Dir:        cfg.Dir,
		Env:        cfg.Env,
		BuildFlags: cfg.BuildFlags,
		Tests:      cfg.Tests,
		Overlay:    overlay,
	}, patterns...)
	if err != nil {
		return nil, err
	}
	g := &graph{nodes: make(map[string]*node), sizes: sizesFor(cfg.Env)}
	g.add(pkgs)
	for _, p := range pkgs {
		if n := g.nodes[p.ID]; !n.testMain() {
			g.roots = append(g.roots, n)
		}
	}
	slices.SortFunc(g.roots, func(x, y *node) int { return strings.Compare(x.id, y.id) })
	return g, nil
}

// add adds pkgs and their dependencies to g, replacing nodes of the same ID.
func (g *graph) add(pkgs []*packages.Package) {
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		n := &node{
			id:           p.ID,
			path:         p.PkgPath,
			name:         p.Name,
			forTest:      p.ForTest,
			goFiles:      p.GoFiles,
			otherFiles:   p.OtherFiles,
			ignoredFiles: p.IgnoredFiles,
			imports:      make(map[string]string, len(p.Imports)),
			module:       p.Module,
			errors:       p.Errors,
		}
		for path, imp := range p.Imports {
			n.imports[path] = imp.ID
		}
		g.nodes[p.ID] = n
	})
}

// sizesFor returns the gc compiler's sizes for the GOARCH of env (or of this process).
// unsafe.Sizeof is the only use; cookiecheck does not depend on it.
func sizesFor(env []string) types.Sizes {
	arch := os.Getenv("GOARCH")
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "GOARCH="); ok {
			arch = v
		}
	}
	if arch == "" {
		arch = runtime.GOARCH
	}
	if s := types.SizesFor("gc", arch); s != nil {
		return s
	}
	return types.SizesFor("gc", runtime.GOARCH)
}

// sourceSet returns the packages reachable from roots that are type-checked from source:
// the roots, the packages of main modules, and every package importing one of those (so that
// an import path never has types from both source and export data).
func (g *graph) sourceSet(roots []*node) map[*node]bool {
	source := make(map[*node]bool)
	visited := make(map[*node]bool)
	var visit func(n *node) bool
	visit = func(n *node) bool {
		if visited[n] {
			return source[n]
		}
		visited[n] = true
		src := n.main()
		for _, id := range n.imports {
			if dep := g.nodes[id]; dep != nil && visit(dep) {
				src = true
			}
		}
		if src {
			source[n] = true
		}
		return src
	}
	for _, n := range roots {
		visit(n)
		source[n] = true
	}
	return source
}

// needExport returns the packages whose export data the packages of source import directly
// and that have none yet.
func (g *graph) needExport(source map[*node]bool) []*node {
	seen := make(map[*node]bool)
	var need []*node
	for n := range source {
		for _, id := range n.imports {
			dep := g.nodes[id]
			if dep == nil || source[dep] || seen[dep] || dep.path == "unsafe" || dep.exportFile != "" {
				continue
			}
			seen[dep] = true
			need = append(need, dep)
		}
	}
	slices.SortFunc(need, func(x, y *node) int { return strings.Compare(x.id, y.id) })
	return need
}

// fetchExportData asks go list -export for the export data of nodes (none of them a test
// variant, none in a main module: the go command compiles them, from its build cache when it
// can, and the main modules' packages are not compiled at all). Compile errors become errors
// of those nodes.
func fetchExportData(ctx context.Context, cfg Config, nodes []*node) error {
	if len(nodes) == 0 {
		return nil
	}
	byPath := make(map[string]*node, len(nodes))
	paths := make([]string, 0, len(nodes))
	for _, n := range nodes {
		byPath[n.path] = n
		paths = append(paths, n.path)
	}
	pkgs, err := packages.Load(&packages.Config{
		Mode:       packages.NeedName | packages.NeedExportFile,
		Context:    ctx,
		Dir:        cfg.Dir,
		Env:        cfg.Env,
		BuildFlags: cfg.BuildFlags,
	}, paths...)
	if err != nil {
		return fmt.Errorf("go list -export: %w", err)
	}
	for _, p := range pkgs {
		n := byPath[p.PkgPath]
		if n == nil {
			continue
		}
		n.exportFile = p.ExportFile
		for _, e := range p.Errors {
			if !slices.Contains(n.errors, e) {
				n.errors = append(n.errors, e)
			}
		}
	}
	return nil
}

// listErrors converts the go list errors of n; relative positions are relative to dir.
func listErrors(n *node, dir string) []Error {
	var errs []Error
	for _, e := range n.errors {
		msg := strings.TrimSpace(e.Msg)
		pos := parsePos(e.Pos, dir)
		if pos.IsValid() {
			// go list repeats the position at the start of some messages.
			msg = strings.TrimPrefix(msg, e.Pos+": ")
		}
		kind := ListError
		if e.Kind == packages.ParseError {
			kind = ParseError
		}
		errs = append(errs, Error{Package: n.path, Pos: pos, Msg: msg, Kind: kind})
	}
	return errs
}

// parsePos parses a go list position: file:line:col, file:line or file.
func parsePos(s, dir string) Position {
	if s == "" || s == "-" {
		return Position{}
	}
	var p Position
	rest := s
	// Peel off up to two numeric fields from the end.
	var nums []int
	for range 2 {
		i := strings.LastIndexByte(rest, ':')
		if i < 0 {
			break
		}
		v, err := strconv.Atoi(rest[i+1:])
		if err != nil {
			break
		}
		nums = append([]int{v}, nums...)
		rest = rest[:i]
	}
	p.Filename = rest
	if !filepath.IsAbs(p.Filename) && dir != "" {
		p.Filename = filepath.Join(dir, p.Filename)
	}
	if len(nums) > 0 {
		p.Line = nums[0]
	}
	if len(nums) > 1 {
		p.Column = nums[1]
	}
	return p
}
