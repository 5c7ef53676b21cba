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
	"os"
	"strconv"
	"strings"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	if sarif, rest := sarifFlag(os.Args[1:]); sarif {
		os.Exit(runSARIF(os.Args[1:], os.Stdout, os.Stderr))
	} else if len(rest) != len(os.Args)-1 {
		os.Args = append(os.Args[:1], rest...) // -sarif=false: the usual driver
	}
	singlechecker.Main(analyzer.Analyzer)
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
