// Package cli is cookiecheck's standalone command line: text, -json and -sarif reports, and
// -fix, on the engine package. go vet -vettool and go fix -fixtool do not come here (see
// VetInvocation).
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"github.com/cookiecheck/cookiecheck/engine"
	"golang.org/x/tools/go/analysis"
)

// Exit statuses, the same in every output mode.
const (
	exitOK       = 0 // no findings (after -fix: all fixed)
	exitErrors   = 1 // a package failed to load, parse or type-check
	exitUsage    = 2 // bad flag, flag value or package pattern
	exitFindings = 3 // findings (after -fix: findings left unfixed)
)

// options are the command line's settings.
type options struct {
	a        *analysis.Analyzer // with the analyzer flags applied
	json     bool
	sarif    bool
	absPaths bool
	fix      bool
	diff     bool
	tags     string
	version  versionFlag
	patterns []string

	stdout, stderr io.Writer
	interactive    bool   // stderr is a terminal: print a summary there
	wd             string // the current directory, for relative paths
}

// Main runs the standalone command with args (without the program name) and returns its exit
// status.
func Main(args []string, stdout, stderr io.Writer) int {
	opts, code := parse(args, stdout, stderr)
	if opts == nil {
		return code
	}
	switch opts.version {
	case versionShort:
		fmt.Fprintf(stdout, "cookiecheck version %s\n", Version())
		return exitOK
	case versionFull:
		line, err := vetVersion()
		if err != nil {
			fmt.Fprintf(stderr, "cookiecheck: %v\n", err)
			return exitErrors
		}
		fmt.Fprintln(stdout, line)
		return exitOK
	}
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "cookiecheck: %v\n", err)
		return exitErrors
	}
	opts.wd = wd
	opts.interactive = isTerminal(stderr)
	res, code := opts.analyze()
	if res == nil {
		return code
	}
	switch {
	case opts.fix:
		return opts.fixReport(res)
	case opts.json:
		return opts.jsonReport(res)
	case opts.sarif:
		return opts.sarifReport(res)
	}
	return opts.textReport(res)
}

// usageError prints a one-line usage error and returns exit status 2.
func usageError(stderr io.Writer, format string, args ...any) int {
	fmt.Fprintf(stderr, "cookiecheck: "+format+"\n", args...)
	return exitUsage
}

// parse parses the command line. It returns nil options and the exit status when there is
// nothing to run (-help, a usage error).
func parse(args []string, stdout, stderr io.Writer) (*options, int) {
	opts := &options{a: analyzer.New(analyzer.DefaultConfig()), stdout: stdout, stderr: stderr}
	fs := opts.flagSet()
	var test oldTestFlag
	fs.Var(&test, "test", "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			opts.usage(stdout, fs)
			return nil, exitOK
		}
		return nil, usageError(stderr, "%v (see cookiecheck -help)", err)
	}
	opts.patterns = fs.Args()
	dashdash := slices.Index(args, "--")
	for i, p := range opts.patterns {
		if strings.HasPrefix(p, "-") && (dashdash < 0 || len(args)-len(opts.patterns)+i < dashdash) {
			return nil, usageError(stderr, "flags go before the packages: %s (see cookiecheck -help)", p)
		}
	}
	if test {
		return nil, usageError(stderr, "-test is gone: -include-tests loads test files and reports findings in them")
	}
	switch {
	case opts.sarif && opts.json:
		return nil, usageError(stderr, "-sarif and -json cannot be combined: choose one output format")
	case opts.sarif && (opts.fix || opts.diff):
		return nil, usageError(stderr, "-sarif and -fix cannot be combined: -sarif reports the suggested fixes, cookiecheck -fix applies them")
	case opts.json && (opts.fix || opts.diff):
		return nil, usageError(stderr, "-json and -fix cannot be combined: -json reports the suggested fixes, cookiecheck -fix applies them")
	case opts.absPaths && (opts.sarif || opts.json):
		return nil, usageError(stderr, "-abs-paths is for text output: -json reports absolute paths, -sarif paths relative to the current directory")
	}
	opts.fix = opts.fix || opts.diff
	if len(opts.patterns) == 0 {
		opts.patterns = []string{"."}
	}
	return opts, exitOK
}

// flagGroups lists the flags -help shows, by group; the analyzer's come first.
var flagGroups = []struct {
	title string
	names []string
}{
	{"Output", []string{"json", "sarif", "abs-paths"}},
	{"Fixes", []string{"fix", "diff"}},
	{"Packages", []string{"tags"}},
	{"Information", []string{"version"}},
}

// flagSet returns the command's flags, bound to opts.
func (opts *options) flagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("cookiecheck", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are printed on one line, -help by usage
	opts.a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.BoolVar(&opts.json, "json", false, "print the findings as JSON (the format of go vet -json), with their fixes")
	fs.BoolVar(&opts.sarif, "sarif", false, "print a SARIF 2.1.0 log, for code scanning")
	fs.BoolVar(&opts.absPaths, "abs-paths", false, "print absolute file names (default: relative to the current directory when inside it)")
	fs.BoolVar(&opts.fix, "fix", false, "apply the suggested fixes, then list what was fixed and the findings left")
	fs.BoolVar(&opts.diff, "diff", false, "print the fixes as a unified diff instead of writing them (implies -fix)")
	fs.StringVar(&opts.tags, "tags", "", "comma-separated build tags, as for go build (files behind other tags are not analyzed)")
	fs.Var(&opts.version, "version", "print the version and exit")
	fs.Var(&opts.version, "V", "") // go vet asks -V=full; -V alone is -version
	return fs
}

// oldTestFlag is the old driver's -test, which loaded test files without reporting findings
// in them: it is gone, -include-tests does both. -test=false asks for what is now the
// default, and is accepted so that old scripts keep working; -test is an error.
type oldTestFlag bool

func (f *oldTestFlag) IsBoolFlag() bool { return true }
func (f *oldTestFlag) String() string   { return "" }
func (f *oldTestFlag) Set(s string) error {
	on, err := strconv.ParseBool(s)
	*f = oldTestFlag(on)
	return err
}

// usage prints -help: the flags that work, grouped, and the exit statuses.
func (opts *options) usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, `cookiecheck reports insecure cookie and session configuration in Go code, and fixes it.

Usage:
  cookiecheck [flags] [packages]        report findings (packages: as for go build; default .)
  cookiecheck -fix [-diff] [packages]   apply the suggested fixes (-diff: print them instead)
  cookiecheck lsp                       run the language server on standard input and output
  go vet -vettool=$(which cookiecheck) [analyzer flags] [packages]
  go fix -fixtool=$(which cookiecheck) [-diff] [analyzer flags] [packages]

Analyzer flags (also for go vet, go fix, golangci-lint settings and nogo):
`)
	opts.a.Flags.VisitAll(func(f *flag.Flag) { printFlag(w, fs.Lookup(f.Name)) })
	for _, g := range flagGroups {
		fmt.Fprintf(w, "\n%s:\n", g.title)
		for _, name := range g.names {
			printFlag(w, fs.Lookup(name))
		}
	}
	fmt.Fprint(w, "  -help\n    \tprint this help\n")
	fmt.Fprint(w, "\n"+exitStatusHelp+`
Test files are loaded only with -include-tests. Text goes to standard output, sorted by file
and position; errors go to standard error. Documentation: `+analyzer.URL+"\n")
}

// exitStatusHelp is the exit status table, as -help and README.md show it.
const exitStatusHelp = `Exit status, the same with -json, -sarif and -fix:
  0  no findings (after -fix: every finding fixed)
  1  a package failed to load, parse or type-check (its findings are still reported)
  2  usage error: a bad flag, flag value or package pattern (one line on standard error)
  3  findings (after -fix: findings left unfixed)
`

// printFlag prints one flag as flag.PrintDefaults does.
func printFlag(w io.Writer, f *flag.Flag) {
	name, usage := flag.UnquoteUsage(f)
	line := "  -" + f.Name
	if name != "" {
		line += " " + name
	}
	fmt.Fprintf(w, "%s\n    \t%s", line, strings.ReplaceAll(usage, "\n", "\n    \t"))
	if d := f.DefValue; d != "" && d != "false" && d != "0" {
		fmt.Fprintf(w, " (default %s)", d)
	}
	fmt.Fprintln(w)
}

// analyze checks the patterns and runs the engine, concurrently (the check is one quick go
// list -find); nil and the exit status when it fails.
func (opts *options) analyze() (*engine.Result, int) {
	var buildFlags []string
	if opts.tags != "" {
		buildFlags = []string{"-tags=" + opts.tags}
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	badPattern := make(chan string, 1)
	go func() {
		msg := checkPatterns(ctx, opts.patterns, buildFlags)
		if msg != "" {
			cancel()
		}
		badPattern <- msg
	}()
	include, _ := opts.a.Flags.Lookup(analyzer.FlagIncludeTests).Value.(flag.Getter).Get().(bool)
	res, err := engine.Run(ctx, engine.Config{
		BuildFlags: buildFlags,
		Tests:      include,
		Analyzer:   opts.a,
	}, opts.patterns...)
	if msg := <-badPattern; msg != "" {
		return nil, usageError(opts.stderr, "%s", msg)
	}
	if err != nil {
		fmt.Fprintf(opts.stderr, "cookiecheck: %v\n", err)
		return nil, exitErrors
	}
	if res.Packages == 0 && len(res.Errors) == 0 {
		fmt.Fprintf(opts.stderr, "cookiecheck: warning: %s matched no packages\n", strings.Join(opts.patterns, " "))
	}
	return res, exitOK
}

// exitStatus returns the exit status of a result with findings left.
func exitStatus(res *engine.Result, findings int) int {
	switch {
	case len(res.Errors) > 0:
		return exitErrors
	case findings > 0:
		return exitFindings
	}
	return exitOK
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
