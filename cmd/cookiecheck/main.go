// Command cookiecheck reports insecure cookie and session configuration.
//
// Standalone:      cookiecheck [-fix] [-diff] [-json] [flags] packages
// As a vet tool:   go vet -vettool=$(which cookiecheck) [flags] packages
package main

import (
	"github.com/cookiecheck/cookiecheck/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
