package cli

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/cookiecheck/cookiecheck/engine"
)

// textReport prints the findings on standard output and the errors on standard error.
func (opts *options) textReport(res *engine.Result) int {
	for _, d := range res.Diagnostics {
		opts.printDiagnostic(opts.stdout, d)
	}
	opts.printErrors(res)
	if opts.interactive {
		fixable := 0
		for _, d := range res.Diagnostics {
			if len(d.Fixes) > 0 {
				fixable++
			}
		}
		fmt.Fprintf(opts.stderr, "%s (%d fixable) in %s\n",
			plural(len(res.Diagnostics), "finding", "findings"), fixable, plural(res.Packages, "package", "packages"))
	}
	return exitStatus(res, len(res.Diagnostics))
}

// printDiagnostic prints "file:line:col: message (category)", and its related positions
// indented below it.
func (opts *options) printDiagnostic(w io.Writer, d engine.Diagnostic) {
	fmt.Fprintf(w, "%s: %s (%s)\n", opts.pos(d.Pos), d.Message, d.Category)
	for _, rel := range d.Related {
		fmt.Fprintf(w, "\t%s: %s\n", opts.pos(rel.Pos), rel.Message)
	}
}

// printErrors prints each load, parse, type and analysis error on standard error.
func (opts *options) printErrors(res *engine.Result) {
	for _, e := range res.Errors {
		switch {
		case e.Pos.IsValid():
			fmt.Fprintf(opts.stderr, "%s: %s\n", opts.pos(e.Pos), e.Msg)
		case e.Kind == engine.AnalysisError:
			fmt.Fprintf(opts.stderr, "cookiecheck: %s: %s\n", e.Package, e.Msg)
		default:
			fmt.Fprintln(opts.stderr, e.Msg)
		}
	}
}

// pos returns file:line:col with the file name as the user wants it.
func (opts *options) pos(p engine.Position) string {
	p.Filename = opts.path(p.Filename)
	return p.String()
}

// path returns name relative to the current directory when it is inside it (unless
// -abs-paths), else name.
func (opts *options) path(name string) string {
	if opts.absPaths || opts.wd == "" {
		return name
	}
	if rel, err := filepath.Rel(opts.wd, name); err == nil && filepath.IsLocal(rel) {
		return rel
	}
	return name
}

// plural returns "1 finding", "2 findings".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
