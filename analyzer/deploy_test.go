package analyzer_test

import (
	"testing"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestConfigCategory covers the config category (RULES.md, config row): settings declared in
// one package (facts) and read by cookies in another, settings and cookies in one package,
// and flags bound in main to a setting whose cookie is in a package main imports.
func TestConfigCategory(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "configcat/settings", "configcat/web",
		"configcat/local", "configcat/viperapp", "configcat/cobraapp", "configcat/server", "configcat/mid", "configcat/cmd")
}
