// Package engine is the load-and-analyze core shared by cookiecheck's standalone front ends:
// the command line (text, -json, -sarif, -fix) and the language server. It loads packages,
// type-checks the packages it analyzes from source (dependencies outside the main modules
// come from export data, never from source), runs an analyzer with its facts, and returns
// diagnostics with their fixes as plain data: byte offsets and file names, no token.Pos.
//
// go vet -vettool and go fix -fixtool do not use this package: they keep the unitchecker
// protocol.
package engine

import (
	"context"
	"errors"

	"golang.org/x/tools/go/analysis"
)

// Config says what to load and how to analyze it.
type Config struct {
	// Dir is the directory the go command runs in; "" is the current directory.
	Dir string
	// Env is the go command's environment; nil is os.Environ().
	Env []string
	// BuildFlags go to the go command (-tags=integration).
	BuildFlags []string
	// Tests also loads and analyzes the test variants of the packages. Findings in
	// _test.go files are still subject to the analyzer's own include-tests setting.
	Tests bool
	// Overlay maps absolute file names to contents that replace the files on disk
	// (unsaved editor buffers).
	Overlay map[string][]byte
	// Analyzer is the analyzer to run (analyzer.New(cfg)).
	Analyzer *analysis.Analyzer
}

// Result is what one analysis found.
type Result struct {
	// Diagnostics are sorted by file, line and column, and each appears once even when a
	// file belongs to a package and to its test variant.
	Diagnostics []Diagnostic
	// Errors are the load, parse and type errors of the analyzed packages, each once.
	Errors []Error
	// Packages is the number of packages analyzed (roots, without dependencies).
	Packages int
}

// Position is a place in a file. Line and Column are 1-based; Column counts bytes.
type Position struct {
	Filename string // absolute
	Offset   int    // byte offset
	Line     int
	Column   int
}

// Diagnostic is one finding.
type Diagnostic struct {
	Package  string // import path of the package analyzed
	Pos, End Position
	Category string
	Message  string
	URL      string // the category's documentation
	Fixes    []Fix
	Related  []Related
}

// Related is a secondary position of a diagnostic.
type Related struct {
	Pos, End Position
	Message  string
}

// Fix is one suggested fix: edits that apply together.
type Fix struct {
	Message string
	Edits   []Edit
}

// Edit replaces the bytes [Start, End) of Filename with NewText. Offsets are those of the
// content analyzed (the overlay's when there is one).
type Edit struct {
	Filename   string
	Start, End int
	NewText    string
}

// Error is a load, parse or type error of an analyzed package.
type Error struct {
	Package string
	Pos     string // file:line:col, or "" when the error has no position
	Msg     string
}

func (e Error) Error() string {
	if e.Pos == "" {
		return e.Msg
	}
	return e.Pos + ": " + e.Msg
}

// Run loads the packages named by patterns and analyzes them.
func Run(ctx context.Context, cfg Config, patterns ...string) (*Result, error) {
	return nil, errors.New("engine.Run: not implemented yet")
}

// Session analyzes the packages of one module again and again, as an editor needs: it keeps
// the package graph (go list) and the types of dependencies between analyses, so that
// analyzing the package of an edited file costs parsing and type-checking that package
// (and the packages of the main modules it imports), not a go list or a type check of its
// dependencies. A Session is safe for concurrent use.
type Session struct {
	cfg Config
}

// NewSession returns a session for the module that contains cfg.Dir. cfg.Overlay is
// ignored: overlays are given to each AnalyzeFile.
func NewSession(cfg Config) *Session { return &Session{cfg: cfg} }

// AnalyzeFile analyzes the package that contains file (an absolute file name), with the
// overlays replacing files on disk, using analyzer a. The result covers every file of that
// package. A file outside any package of the module gives an error.
func (s *Session) AnalyzeFile(ctx context.Context, file string, overlay map[string][]byte, a *analysis.Analyzer) (*Result, error) {
	return nil, errors.New("engine.Session.AnalyzeFile: not implemented yet")
}

// Invalidate forgets the cached package graph, after go.mod, go.work or the set of files of a
// package changed.
func (s *Session) Invalidate() {}
