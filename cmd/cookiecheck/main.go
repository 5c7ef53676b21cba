// Command cookiecheck reports insecure cookie and session configuration, and fixes it.
//
//	Standalone:      cookiecheck [-fix [-diff]] [-json | -sarif] [flags] [packages]
//	As a vet tool:   go vet -vettool=$(which cookiecheck) [flags] packages
//	As a fix tool:   go fix -fixtool=$(which cookiecheck) [flags] packages
//
// Run cookiecheck -help for the flags and the exit statuses.
package main

import (
	"os"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"github.com/cookiecheck/cookiecheck/cli"
	"github.com/cookiecheck/cookiecheck/lsp"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	args := os.Args[1:]
	switch {
	case len(args) > 0 && args[0] == "lsp":
		os.Exit(lsp.Main(args[1:], os.Stdin, os.Stdout, os.Stderr)) // the language server

	case cli.VetInvocation(args):
		// go vet -vettool and go fix -fixtool: one *.cfg file per package, and the -flags
		// query. singlechecker.Main hands a *.cfg file to unitchecker.Run with the analyzer's
		// flags unprefixed (unitchecker.Main would name them -cookiecheck.max-age, which go
		// vet's users do not pass).
		if code, ok := cli.CheckVetFlags(args, os.Stderr); !ok {
			os.Exit(code)
		}
		a := analyzer.Analyzer
		if cli.FixRequested(args) {
			a.RunDespiteErrors = false // go fix rewrites only packages without errors
		}
		singlechecker.Main(a)
	}
	os.Exit(cli.Main(args, os.Stdout, os.Stderr))
}
