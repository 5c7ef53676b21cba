package lsp

import (
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"github.com/cookiecheck/cookiecheck/engine"
	"golang.org/x/tools/go/analysis"
)

// module is one Go module of the workspace: each file is analyzed in the module of the
// nearest go.mod above it, so nested modules and several workspace folders each get theirs.
type module struct {
	root      string
	sessions  map[bool]*engine.Session // by engine.Config.Tests
	project   *projectConfig
	listings  map[string]string // directory -> its .go files as last seen
	analyzers map[string]*analysis.Analyzer
}

// moduleRoot returns the directory of the nearest go.mod at or above dir, or "".
// The caller holds s.mu.
func (s *server) moduleRoot(dir string) string {
	if root, ok := s.rootOf[dir]; ok {
		return root
	}
	root := ""
	for d := dir; ; {
		if fi, err := os.Stat(filepath.Join(d, "go.mod")); err == nil && fi.Mode().IsRegular() {
			root = d
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	s.rootOf[dir] = root
	return root
}

// module returns the module rooted at root, creating it. The caller holds s.mu.
func (s *server) module(root string) *module {
	m := s.modules[root]
	if m == nil {
		m = &module{
			root:      root,
			sessions:  make(map[bool]*engine.Session),
			listings:  make(map[string]string),
			analyzers: make(map[string]*analysis.Analyzer),
		}
		s.modules[root] = m
	}
	return m
}

// prepare returns the session and analyzer for a file of package directory dir in module m,
// after forgetting the session's package graph if a Go file of dir appeared or disappeared on
// disk since the last analysis (the session itself notices changes of go.mod, go.sum and
// go.work, and unsaved files it does not know). It reads the project configuration. The
// caller does not hold s.mu: this touches the file system.
func (s *server) prepare(m *module, dir string) (*engine.Session, *analysis.Analyzer) {
	listing := goFiles(dir)
	var pc *projectConfig
	if cfgPath := findGolangciConfig(m.root); cfgPath != "" {
		s.mu.Lock()
		cached := m.project
		s.mu.Unlock()
		pc = readProjectConfig(cfgPath, cached)
	}

	var notes []func() // messages to send once s.mu is released
	defer func() {
		for _, note := range notes {
			note()
		}
	}()
	s.mu.Lock()
	defer s.mu.Unlock()
	if prev, ok := m.listings[dir]; ok && prev != listing {
		for _, sess := range m.sessions {
			sess.Invalidate()
		}
	}
	m.listings[dir] = listing

	cfg := s.editorCfg
	if pc != nil {
		if pc != m.project { // new or changed: say what it means once
			switch {
			case pc.err != nil:
				msg := fmt.Sprintf("cookiecheck: %s: %v; using the default settings", pc.path, pc.err)
				notes = append(notes, func() { s.showMessageOnce(messageTypeError, msg) })
			case pc.found:
				msg := fmt.Sprintf("cookiecheck: settings for %s from %s, which win over the editor's: %s", m.root, pc.path, configJSON(pc.cfg))
				notes = append(notes, func() { s.logMessage(messageTypeInfo, msg) })
			case strings.HasSuffix(pc.path, ".toml"):
				msg := fmt.Sprintf("cookiecheck: %s not read (TOML is not supported); using the editor's settings", pc.path)
				notes = append(notes, func() { s.logMessage(messageTypeInfo, msg) })
			}
		}
		m.project = pc
		switch {
		case pc.err != nil:
			cfg = analyzer.DefaultConfig()
		case pc.found:
			cfg = pc.cfg
		}
	}

	key := configJSON(cfg)
	a := m.analyzers[key]
	if a == nil {
		a = analyzer.New(cfg)
		m.analyzers[key] = a
	}
	sess := m.sessions[cfg.IncludeTests]
	if sess == nil {
		sess = engine.NewSession(engine.Config{Dir: m.root, Tests: cfg.IncludeTests})
		m.sessions[cfg.IncludeTests] = sess
	}
	return sess, a
}

// goFiles lists the .go files of dir: a file added, removed or renamed changes the package
// graph.
func goFiles(dir string) string {
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".go") && !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	slices.Sort(names)
	return strings.Join(names, "\n")
}

// packageName returns the name in the package clause of src, or "" if it has none.
func packageName(src []byte) string {
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.PackageClauseOnly)
	if err != nil || f.Name == nil {
		return ""
	}
	return f.Name.Name
}
