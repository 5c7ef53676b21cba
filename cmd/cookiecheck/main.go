// Command cookiecheck reports insecure cookie and session configuration.
//
//	Standalone:      cookiecheck [-fix] [-diff] [-json] [flags] packages
//	SARIF 2.1.0:     cookiecheck -sarif [-test=false] [-tags=...] [flags] packages > cookiecheck.sarif
//	As a vet tool:   go vet -vettool=$(which cookiecheck) [flags] packages
//	As a fix tool:   go fix -fixtool=$(which cookiecheck) [flags] packages
//
// The flags are the analyzer's (-disable, -max-age, -session-names, -include-tests); run
// cookiecheck -help for the list. Standalone, cookiecheck exits 3 when it reports findings;
// -sarif does the same once the report is written.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"github.com/cookiecheck/cookiecheck/lsp"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "lsp" {
		os.Exit(lsp.Main(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
	}
	if sarif, rest := sarifFlag(os.Args[1:]); sarif {
		os.Exit(runSARIF(os.Args[1:], os.Stdout, os.Stderr))
	} else if len(rest) != len(os.Args)-1 {
		os.Args = append(os.Args[:1], rest...) // -sarif=false: the usual driver
	}
	checkAnalyzerFlags(os.Args[1:])
	checkPatterns(os.Args[1:])
	a := analyzer.Analyzer
	if fixRequested(os.Args[1:]) {
		// -fix rewrites files: only in packages that load and type-check without errors.
		a.RunDespiteErrors = false
	}
	singlechecker.Main(a)
}

// sarifFlag reports whether args ask for SARIF output, and returns args without any
// -sarif=false. Everything else, including go vet's single *.cfg argument and its -flags
// and -V=full queries, goes to the singlechecker driver untouched.
func sarifFlag(args []string) (sarif bool, rest []string) {
	for i, arg := range args {
		if arg == "--" {
			return sarif, append(rest, args[i:]...) // patterns follow
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(arg, "-"), "=")
		if name == "-sarif" || name == "sarif" {
			on, err := strconv.ParseBool(value)
			if !hasValue || on || err != nil {
				return true, nil // runSARIF parses the flags again and rejects a bad value
			}
			continue
		}
		rest = append(rest, arg)
	}
	return sarif, rest
}

// fixRequested reports whether args ask the driver to apply fixes (-fix, -fix=true).
func fixRequested(args []string) bool {
	for _, arg := range args {
		if arg == "--" {
			return false // patterns follow
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if strings.HasPrefix(arg, "-") && name == "fix" {
			on, err := strconv.ParseBool(value)
			return !hasValue || on || err != nil
		}
	}
	return false
}

// driverFlags are the flags of the singlechecker driver (go/analysis/internal/analysisflags,
// go/analysis/internal/checker), plus -help.
var driverFlags = map[string]bool{
	"V": true, "all": true, "c": true, "cpuprofile": true, "debug": true, "diff": true, "fix": true,
	"flags": true, "json": true, "memprofile": true, "source": true, "tags": true, "test": true,
	"trace": true, "v": true, "help": true, "h": true,
}

// checkAnalyzerFlags rejects an unknown flag, or a bad value of one of the analyzer's own
// flags, with one line and exit status 2, before the driver prints its whole usage (under go
// vet and go fix, once per package of the build).
func checkAnalyzerFlags(args []string) {
	fresh := analyzer.New(analyzer.DefaultConfig())
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			return
		}
		if !strings.HasPrefix(arg, "-") {
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		f := fresh.Flags.Lookup(name)
		if f == nil {
			if !driverFlags[name] {
				fmt.Fprintf(os.Stderr, "cookiecheck: flag provided but not defined: -%s (see cookiecheck -help)\n", name)
				os.Exit(2)
			}
			continue // the driver's
		}
		if !hasValue {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				continue
			}
			if i+1 == len(args) {
				continue
			}
			i++
			value = args[i]
		}
		if err := f.Value.Set(value); err != nil {
			fmt.Fprintf(os.Stderr, "cookiecheck: invalid value %q for flag -%s: %v (see cookiecheck -help)\n", value, name, err)
			os.Exit(2)
		}
	}
}
