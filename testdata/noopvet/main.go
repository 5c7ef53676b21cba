// Command noopvet is the baseline of cookiecheck's performance comparison (.ci/bench/compare.sh):
// a vet tool whose only analyzer requires inspect.Analyzer, like cookiecheck, and does nothing.
// It is built with the same driver as cookiecheck (singlechecker), so the difference between
// `go vet -vettool=noopvet` and `go vet -vettool=cookiecheck` is the cost of cookiecheck's own
// analysis.
//
//	go build -o /tmp/noopvet ./testdata/noopvet
//	go vet -vettool=/tmp/noopvet ./...
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/singlechecker"
	"golang.org/x/tools/go/ast/inspector"
)

var analyzer = &analysis.Analyzer{
	Name:             "noop",
	Doc:              "noop requires the inspector and reports nothing (a benchmark baseline)",
	Requires:         []*analysis.Analyzer{inspect.Analyzer},
	RunDespiteErrors: true,
	Run: func(pass *analysis.Pass) (any, error) {
		_ = pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		return nil, nil
	},
}

func main() { singlechecker.Main(analyzer) }
