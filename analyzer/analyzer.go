package analyzer

import (
	_ "embed"
	"fmt"
	"go/parser"
	"go/token"
	"regexp"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var docFile string

// URL is the base of the category anchors in diagnostics.
const URL = "https://pkg.go.dev/github.com/cookiecheck/cookiecheck/analyzer"

// Analyzer reports insecure cookie and session configuration with the default configuration.
var Analyzer = New(DefaultConfig())

// New returns a fresh analyzer for cfg. Its flags update its own copy of cfg, so analyzers
// built by separate calls never share state.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:             "cookiecheck",
		Doc:              analyzerDoc(),
		URL:              URL,
		RunDespiteErrors: true,
		// settingFact and settingUsesFact: the config category (settings.go).
		FactTypes: []analysis.Fact{new(setsFact), new(defaultsFact), new(settingFact), new(settingUsesFact)},
		Run:       func(pass *analysis.Pass) (any, error) { return run(pass, c) },
	}
	c.bindFlags(&a.Flags)
	return a
}

// analyzerDoc returns the "# Analyzer cookiecheck" section of doc.go's package comment
// without its "cookiecheck: " prefix, so that drivers do not print the name twice. It is
// computed once: go vet starts the tool once per package.
var analyzerDoc = sync.OnceValue(func() string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", docFile, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic("doc.go has no package comment")
	}
	_, section, ok := strings.Cut(f.Doc.Text(), "# Analyzer cookiecheck\n")
	if !ok {
		panic("doc.go has no Analyzer section")
	}
	section, _, _ = strings.Cut(section, "\n# ")
	return strings.TrimPrefix(strings.TrimSpace(section), "cookiecheck: ")
})

// CategoryDoc returns the first paragraph of category cat's section of the documentation,
// for drivers that describe each category (SARIF rules).
func CategoryDoc(cat string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", docFile, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		return ""
	}
	_, section, ok := strings.Cut(f.Doc.Text(), "# Category "+cat+"\n")
	if !ok {
		return ""
	}
	para, _, _ := strings.Cut(strings.TrimSpace(section), "\n\n")
	return strings.Join(strings.Fields(para), " ")
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	settings := newSettings(pass) // config category: settings' defaults, before the fast path
	defer settings.exportUses()
	if !importsModel(pass) || !ownModule(pass) {
		settings.reportAlone(cfg) // findings at flag defaults of a package without cookies
		return nil, nil           // no cookie carrier of the program's own can appear
	}
	sessionNames, err := regexp.Compile(cfg.SessionNames)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", FlagSessionNames, err)
	}
	// The inspector is built here rather than required from the inspect pass: with facts,
	// go vet runs the analyzer on every dependency of the build, and most of them stop at the
	// checks above; requiring inspect would index the syntax of all of them.
	insp := inspector.New(pass.Files)
	settings.insp = insp
	c := &checker{
		pass:         pass,
		cfg:          cfg,
		sessionNames: sessionNames,
		rep:          newReporter(pass, cfg, insp),
		appSettings:  settings,
	}
	c.collect(insp)
	c.exportFacts()
	c.check()
	settings.reportTo(c.rep)
	c.rep.flush()
	return nil, nil
}

// ownModule reports whether the package belongs to a main module of the build (or to the
// standard library, or to a GOPATH tree), not to a required module: a dependency's cookies
// are not the program's configuration, and go vet, which runs the analyzer on every
// dependency for its facts, should not pay for analyzing them.
func ownModule(pass *analysis.Pass) bool {
	return pass.Module == nil || pass.Module.Version == ""
}

// importsModel reports whether the package imports a package of the library table. A
// modelled library itself is skipped: its own cookies are parsed or defaults, not an
// application's configuration. Carriers reached only through another package's exported
// aliases are not seen.
func importsModel(pass *analysis.Pass) bool {
	if modelPaths[pass.Pkg.Path()] {
		return false
	}
	for _, imp := range pass.Pkg.Imports() {
		if modelPaths[imp.Path()] {
			return true
		}
	}
	return false
}
