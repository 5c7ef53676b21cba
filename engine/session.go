package engine

import (
	"context"
	"fmt"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
)

// Session analyzes the packages of one module again and again, as an editor needs: it keeps
// the package graph (go list) and the types of dependencies between analyses, so that
// analyzing the package of an edited file costs parsing and type-checking that package
// (and the packages of the main modules it imports), not a go list or a type check of its
// dependencies. A Session is safe for concurrent use.
//
// The graph grows one directory at a time: the first analysis of a file in a directory runs
// go list -deps -test on that directory (with the overlay) and go list -export on the
// dependencies outside the main modules. The graph is loaded again when the file, or an
// unsaved Go file of its directory, is not in it, or when a package imports a path the graph
// does not know (an edit added an import); it is dropped when go.mod, go.sum or go.work
// change (their size or time), and by Invalidate.
type Session struct {
	cfg Config
	dir string // absolute

	loadMu sync.Mutex // serializes go list runs

	mu     sync.Mutex
	graph  *graph
	univ   *universe
	stamps map[string]stamp // go.mod, go.sum, go.work when the graph was loaded
}

// stamp identifies a version of a file: its size and time (zero if it does not exist).
type stamp struct {
	size    int64
	modTime time.Time
}

// NewSession returns a session for the module that contains cfg.Dir. cfg.Overlay and
// cfg.Analyzer are ignored: each AnalyzeFile gives its own. Test variants are loaded (so
// that a _test.go file can be analyzed), and analyzed when cfg.Tests is set or the file
// analyzed is a _test.go file.
func NewSession(cfg Config) *Session {
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		dir = cfg.Dir
	}
	cfg.Dir = dir
	return &Session{cfg: cfg, dir: dir}
}

// AnalyzeFile analyzes the package that contains file (an absolute file name), with the
// overlays replacing files on disk, using analyzer a. The result covers every file of that
// package. A file outside any package of the main modules gives an error.
func (s *Session) AnalyzeFile(ctx context.Context, file string, overlay map[string][]byte, a *analysis.Analyzer) (*Result, error) {
	if !filepath.IsAbs(file) {
		return nil, fmt.Errorf("engine: %s is not an absolute file name", file)
	}
	file = filepath.Clean(file)
	g, univ := s.snapshot()
	roots := s.roots(g, file)
	if len(roots) == 0 || unknownFiles(g, filepath.Dir(file), overlay) {
		var err error
		if g, univ, err = s.load(ctx, filepath.Dir(file), overlay); err != nil {
			return nil, err
		}
		roots = s.roots(g, file)
	}
	if len(roots) == 0 {
		return nil, fmt.Errorf("engine: %s is not in a package of the main module", file)
	}
	res, stale, err := s.analyze(ctx, g, univ, roots, overlay, a)
	if err == nil && stale {
		// The graph is out of date (a new import, a file gone): list the package again, once.
		if g, univ, err = s.load(ctx, filepath.Dir(file), overlay); err != nil {
			return nil, err
		}
		if roots = s.roots(g, file); len(roots) == 0 {
			return nil, fmt.Errorf("engine: %s is not in a package of the main module", file)
		}
		res, _, err = s.analyze(ctx, g, univ, roots, overlay, a)
	}
	return res, err
}

// analyze runs one analysis of roots and forgets its files afterwards, so that the file set
// shared with the dependencies' types does not grow with every edit.
func (s *Session) analyze(ctx context.Context, g *graph, univ *universe, roots []*node, overlay map[string][]byte, a *analysis.Analyzer) (*Result, bool, error) {
	r := &run{ctx: ctx, fset: univ.fset, graph: g, univ: univ, overlay: overlay, a: a, dir: s.dir, exportReady: exportListed}
	res, err := r.analyze(roots)
	for _, f := range r.files() {
		univ.fset.RemoveFile(f)
	}
	return res, r.stale.Load(), err
}

// exportListed is the exportReady of a session's runs: the export data is listed when the
// graph is loaded.
var exportListed = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

// Invalidate forgets the cached package graph and the dependencies' types, after go.mod,
// go.work or the set of files of a package changed.
func (s *Session) Invalidate() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.graph, s.univ, s.stamps = nil, nil, nil
}

// snapshot returns the current graph and universe, after dropping them if the module's files
// changed.
func (s *Session) snapshot() (*graph, *universe) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stamps != nil && !maps.Equal(s.stamps, s.moduleStamps()) {
		s.graph, s.univ, s.stamps = nil, nil, nil
	}
	if s.graph == nil {
		s.graph = &graph{nodes: make(map[string]*node), sizes: sizesFor(s.cfg.Env)}
		s.univ = newUniverse(token.NewFileSet())
		s.stamps = s.moduleStamps()
	}
	return s.graph, s.univ
}

// load lists the package in dir and its dependencies, adds them to the graph, and returns
// the new graph and the universe to use with it.
func (s *Session) load(ctx context.Context, dir string, overlay map[string][]byte) (*graph, *universe, error) {
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	cfg := s.cfg
	cfg.Tests = true
	loaded, err := loadGraph(ctx, cfg, overlay, []string{dir})
	if err != nil {
		return nil, nil, err
	}
	if err := fetchExportData(ctx, cfg, loaded.needExport(loaded.sourceSet(loaded.roots))); err != nil {
		return nil, nil, err
	}
	old, _ := s.snapshot()
	s.mu.Lock()
	defer s.mu.Unlock()
	merged := &graph{nodes: maps.Clone(old.nodes), sizes: old.sizes}
	for id, n := range loaded.nodes {
		// A dependency listed again without export data (no package of this load imports
		// it directly) keeps the export data it had.
		if prev := merged.nodes[id]; prev != nil && !n.main() && n.exportFile == "" && prev.exportFile != "" {
			continue
		}
		merged.nodes[id] = n
	}
	if s.univ == nil || !s.univ.consistent(merged) {
		s.univ = newUniverse(token.NewFileSet())
	}
	s.graph = merged
	return s.graph, s.univ, nil
}

// roots returns the packages of the main modules in g that contain file: its package, and
// the test variants that contain it when tests are analyzed or file is a test file.
func (s *Session) roots(g *graph, file string) []*node {
	test := s.cfg.Tests || strings.HasSuffix(file, "_test.go")
	var roots []*node
	for _, n := range g.packagesOf(file) {
		if n.main() && !n.testMain() && (n.forTest == "" || test) {
			roots = append(roots, n)
		}
	}
	return roots
}

// unknownFiles reports whether the overlay holds a Go file of dir that no package of g lists
// (a new, unsaved file).
func unknownFiles(g *graph, dir string, overlay map[string][]byte) bool {
	for name := range overlay {
		if filepath.Dir(name) == dir && strings.HasSuffix(name, ".go") && len(g.packagesOf(name)) == 0 && !g.isIgnored(name) {
			return true
		}
	}
	return false
}

// moduleStamps returns the stamps of the go.mod and go.sum of the module containing the
// session's directory, and of the go.work above it.
func (s *Session) moduleStamps() map[string]stamp {
	stamps := make(map[string]stamp)
	add := func(name string) {
		var st stamp
		if fi, err := os.Stat(name); err == nil {
			st = stamp{fi.Size(), fi.ModTime()}
		}
		stamps[name] = st
	}
	for _, base := range []string{"go.mod", "go.work"} {
		for dir := s.dir; ; dir = filepath.Dir(dir) {
			if _, err := os.Stat(filepath.Join(dir, base)); err == nil {
				add(filepath.Join(dir, base))
				add(filepath.Join(dir, strings.TrimSuffix(base, ".mod")+".sum"))
				break
			}
			if filepath.Dir(dir) == dir {
				break
			}
		}
	}
	return stamps
}
