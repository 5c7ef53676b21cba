package cli

import (
	"fmt"
	"io"
	"os"

	"github.com/cookiecheck/cookiecheck/engine"
)

// leftHeadings introduces the findings -fix leaves, by reason.
var leftHeadings = map[engine.Reason]string{
	engine.NoFix:         "no safe automatic fix exists; change the code as each message says",
	engine.PackageErrors: "in packages with errors, which -fix does not change; fix the errors and run -fix again",
	engine.Conflict:      "their fixes overlap fixes applied before them; run -fix again",
	engine.Generated:     "in generated files; change the generator",
	engine.FileChanged:   "the file changed while cookiecheck ran; run -fix again",
	engine.Unreadable:    "the file cannot be read",
	engine.Invalid:       "their fixes would break the file's syntax (please report this)",
}

// fixReport applies the fixes (or, with -diff, prints them), then says what it fixed and
// lists the findings left, grouped by why they were not fixed. With -diff the diff alone goes
// to standard output, so that it can be piped to patch, and the report to standard error.
func (opts *options) fixReport(res *engine.Result) int {
	fixes := res.ApplyFixes(os.ReadFile)
	report := opts.stdout
	verb := "fixed"
	if opts.diff {
		report = opts.stderr
		verb = "the diff fixes"
		for _, f := range fixes.Files {
			name := opts.path(f.Filename)
			io.WriteString(opts.stdout, unified(name+" (old)", name+" (new)", string(f.Old), string(f.New)))
		}
	} else {
		for _, f := range fixes.Files {
			if err := writeFile(f.Filename, f.New); err != nil {
				fmt.Fprintf(opts.stderr, "cookiecheck: %v\n", err)
				return exitErrors
			}
		}
	}
	if len(fixes.Applied) > 0 {
		fmt.Fprintf(report, "%s %s in %s\n", verb, plural(len(fixes.Applied), "finding", "findings"), plural(len(fixes.Files), "file", "files"))
	}
	byReason := make(map[engine.Reason][]engine.Diagnostic)
	for _, u := range fixes.Unfixed {
		byReason[u.Reason] = append(byReason[u.Reason], u.Diagnostic)
	}
	for reason := engine.NoFix; reason <= engine.Invalid; reason++ {
		diags := byReason[reason]
		if len(diags) == 0 {
			continue
		}
		fmt.Fprintf(report, "%s left: %s:\n", plural(len(diags), "finding", "findings"), leftHeadings[reason])
		for _, d := range diags {
			opts.printDiagnostic(report, d)
		}
	}
	opts.printErrors(res)
	return exitStatus(res, len(fixes.Unfixed))
}

// writeFile replaces the content of a file, keeping its mode.
func writeFile(name string, content []byte) error {
	fi, err := os.Stat(name)
	if err != nil {
		return err
	}
	return os.WriteFile(name, content, fi.Mode().Perm())
}
