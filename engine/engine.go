// Package engine is the load-and-analyze core shared by cookiecheck's standalone front ends:
// the command line (text, -json, -sarif, -fix) and the language server. It loads packages,
// type-checks the packages it analyzes from source (dependencies outside the main modules
// come from export data, never from source), runs an analyzer with its facts, and returns
// diagnostics with their fixes as plain data: byte offsets and file names, no token.Pos.
//
// go vet -vettool and go fix -fixtool do not use this package: they keep the unitchecker
// protocol.
//
// # What is loaded how
//
// The package graph comes from one `go list -deps` (through go/packages, with the overlay, so
// that unsaved files and imports count). Packages are then type-checked by this package, not
// by go/packages:
//
//   - from source: the root packages, every package of a main module (go.mod's, or go.work's
//     modules) they depend on, and any package that imports one of those (so that one import
//     path never has two sets of types); the analyzer runs on each of them, in dependency
//     order, so that facts flow from a dependency to its importers, and diagnostics are kept
//     for the roots only;
//   - from export data (a second `go list -export`, on those packages only): the standard
//     library and the packages of other modules; their facts are empty.
//
// go/packages' own type-checking is not used because its Config.Overlay marks every export
// data file invalid and type-checks every dependency from source, and because a Session reuses
// the dependencies' types across analyses.
//
// Positions are those of the Go files as they are (//line directives are not applied), so that
// a diagnostic's position and its fix's offsets name the same file. A cgo package is
// type-checked from its Go files with the "C" import faked.
package engine

import (
	"context"
	"errors"
	"go/token"
	"path/filepath"

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
	// Errors are the load, parse and type errors of the analyzed packages and of the
	// dependencies they needed, and the analyzer's own errors, each once, sorted.
	Errors []Error
	// Packages is the number of packages analyzed (roots, without dependencies; a package
	// and its test variants count once).
	Packages int
	// Broken holds the absolute names of the files of packages that failed to load, parse or
	// type-check. ApplyFixes leaves them alone: a fix computed from incomplete types may be
	// wrong.
	Broken map[string]bool

	// sums holds the SHA-256 of each analyzed file's content, so that ApplyFixes can refuse
	// a file that changed since.
	sums map[string][32]byte
}

// Position is a place in a file. Line and Column are 1-based; Column counts bytes.
type Position struct {
	Filename string // absolute
	Offset   int    // byte offset
	Line     int
	Column   int
}

// IsValid reports whether the position names a file.
func (p Position) IsValid() bool { return p.Filename != "" }

// String returns file:line:col, file:line, file, or "-".
func (p Position) String() string {
	return token.Position{Filename: p.Filename, Line: p.Line, Column: p.Column}.String()
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

// ErrorKind says where an error comes from.
type ErrorKind int

const (
	ListError     ErrorKind = iota // the go command could not list or build the package
	ParseError                     // a Go file does not parse
	TypeError                      // the package does not type-check
	AnalysisError                  // the analyzer failed (or panicked) on the package
)

// Error is a load, parse, type or analysis error of a package.
type Error struct {
	Package string   // import path
	Pos     Position // invalid (no file name) when the error has no position
	Msg     string
	Kind    ErrorKind
}

func (e Error) Error() string {
	if !e.Pos.IsValid() {
		return e.Msg
	}
	return e.Pos.String() + ": " + e.Msg
}

// Run loads the packages named by patterns and analyzes them.
func Run(ctx context.Context, cfg Config, patterns ...string) (*Result, error) {
	if cfg.Analyzer == nil {
		return nil, errors.New("engine.Run: no analyzer")
	}
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, err
	}
	g, err := loadGraph(ctx, cfg, cfg.Overlay, patterns)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	r := &run{
		ctx:         ctx,
		fset:        fset,
		graph:       g,
		univ:        newUniverse(fset),
		overlay:     cfg.Overlay,
		a:           cfg.Analyzer,
		dir:         dir,
		exportReady: make(chan struct{}),
	}
	need := g.needExport(g.sourceSet(g.roots))
	go func() {
		defer close(r.exportReady)
		r.exportErr = fetchExportData(ctx, cfg, need)
	}()
	res, err := r.analyze(g.roots)
	if r.exportErr != nil {
		return nil, r.exportErr
	}
	return res, err
}
