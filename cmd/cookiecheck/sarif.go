package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// srcRoot is the uriBaseId of the relative URIs: the working directory, as GitHub code
// scanning expects when the tool runs at the repository root.
const srcRoot = "%SRCROOT%"

// runSARIF runs the analyzer on the packages named by args and writes a SARIF 2.1.0 log
// to stdout. It returns the exit status: 2 for bad flags, 1 when a package could not be
// loaded or analyzed (the log is still written), 3 when there are findings, else 0.
func runSARIF(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("cookiecheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Bool("sarif", false, "write findings as a SARIF 2.1.0 log to standard output")
	tests := fs.Bool("test", true, "also analyze test packages (findings in _test.go files need -include-tests)")
	tags := fs.String("tags", "", "comma-separated list of build tags")
	a := analyzer.New(analyzer.DefaultConfig())
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: cookiecheck -sarif [flags] packages > cookiecheck.sarif\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2 // the flag package has printed the error and the usage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "cookiecheck: -sarif needs packages to analyze, e.g. ./...")
		fs.Usage()
		return 2
	}
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "cookiecheck: %v\n", err)
		return 1
	}

	// cookiecheck uses no facts, so dependencies need only export data, not syntax.
	cfg := &packages.Config{
		Mode:  packages.LoadSyntax | packages.NeedModule,
		Tests: *tests,
	}
	if *tags != "" {
		cfg.BuildFlags = []string{"-tags=" + *tags}
	}
	pkgs, err := packages.Load(cfg, fs.Args()...)
	if err != nil {
		fmt.Fprintf(stderr, "cookiecheck: %v\n", err)
		return 1
	}
	var errs []string // package and analysis errors, reported as notifications
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
	})
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "cookiecheck: %v\n", err)
		return 1
	}

	log := newLog(wd)
	seen := make(map[string]bool) // a file shared by p and p [p.test] reports twice
	for _, act := range graph.Roots {
		if act.Err != nil {
			errs = append(errs, fmt.Sprintf("%s: %v", act.Package.PkgPath, act.Err))
			continue
		}
		for _, d := range act.Diagnostics {
			res := log.result(a, act.Package.Fset, d)
			loc := res.Locations[0].PhysicalLocation
			key := fmt.Sprint(loc.ArtifactLocation.URI, loc.Region.StartLine, loc.Region.StartColumn,
				loc.Region.EndLine, loc.Region.EndColumn, res.RuleID, res.Message.Text)
			if !seen[key] {
				seen[key] = true
				log.Runs[0].Results = append(log.Runs[0].Results, res)
			}
		}
	}
	run := &log.Runs[0]
	slices.SortStableFunc(run.Results, func(x, y sarifResult) int {
		lx, ly := x.Locations[0].PhysicalLocation, y.Locations[0].PhysicalLocation
		return cmp.Or(
			cmp.Compare(lx.ArtifactLocation.URI, ly.ArtifactLocation.URI),
			cmp.Compare(lx.Region.StartLine, ly.Region.StartLine),
			cmp.Compare(lx.Region.StartColumn, ly.Region.StartColumn))
	})
	run.Invocations[0].ExecutionSuccessful = len(errs) == 0
	for _, e := range errs {
		fmt.Fprintln(stderr, e)
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications,
			sarifNotification{Level: "error", Message: sarifMessage{Text: e}})
	}

	out, err := json.MarshalIndent(log, "", "  ")
	if err == nil {
		_, err = stdout.Write(append(out, '\n'))
	}
	switch {
	case err != nil:
		fmt.Fprintf(stderr, "cookiecheck: %v\n", err)
		return 1
	case len(errs) > 0:
		return 1
	case len(run.Results) > 0:
		return 3
	}
	return 0
}

// The SARIF 2.1.0 subset that cookiecheck writes
// (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html).
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                   `json:"tool"`
		Invocations        []sarifInvocation           `json:"invocations"`
		OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
		ColumnKind         string                      `json:"columnKind"`
		Results            []sarifResult               `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string            `json:"id"`
		Name                 string            `json:"name"`
		ShortDescription     sarifMessage      `json:"shortDescription"`
		FullDescription      sarifMessage      `json:"fullDescription"`
		Help                 sarifMessage      `json:"help"`
		HelpURI              string            `json:"helpUri"`
		DefaultConfiguration sarifRuleConfig   `json:"defaultConfiguration"`
		Properties           sarifRuleProperty `json:"properties"`
	}
	sarifRuleConfig struct {
		Level string `json:"level"`
	}
	// sarifRuleProperty holds the properties GitHub code scanning reads: the "security"
	// tag marks the alerts as security alerts, ranked by security-severity.
	sarifRuleProperty struct {
		Tags             []string `json:"tags"`
		Precision        string   `json:"precision"`
		SecuritySeverity string   `json:"security-severity"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level   string       `json:"level"`
		Message sarifMessage `json:"message"`
	}
	sarifMessage struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifResult struct {
		RuleID           string          `json:"ruleId"`
		RuleIndex        int             `json:"ruleIndex"`
		Level            string          `json:"level"`
		Message          sarifMessage    `json:"message"`
		Locations        []sarifLocation `json:"locations"`
		RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
		Fixes            []sarifFix      `json:"fixes,omitempty"`
	}
	sarifLocation struct {
		ID               *int          `json:"id,omitempty"`
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifMessage `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
		Region           sarifRegion      `json:"region"`
	}
	sarifArtifactLoc struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	// sarifRegion is a text region (1-based lines, columns in UTF-16 code units, the end
	// column exclusive); replacements also give the byte range, exact for Go's byte offsets.
	sarifRegion struct {
		StartLine   int           `json:"startLine"`
		StartColumn int           `json:"startColumn"`
		EndLine     int           `json:"endLine"`
		EndColumn   int           `json:"endColumn"`
		ByteOffset  *int          `json:"byteOffset,omitempty"`
		ByteLength  *int          `json:"byteLength,omitempty"`
		Snippet     *sarifMessage `json:"snippet,omitempty"`
	}
	sarifFix struct {
		Description     sarifMessage          `json:"description"`
		ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	}
	sarifArtifactChange struct {
		ArtifactLocation sarifArtifactLoc   `json:"artifactLocation"`
		Replacements     []sarifReplacement `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifRegion  `json:"deletedRegion"`
		InsertedContent sarifMessage `json:"insertedContent"`
	}
)

// logWriter builds one run's log and caches the files its regions are computed from.
type logWriter struct {
	*sarifLog
	wd       string
	ruleIdx  map[string]int
	contents map[string][]byte
}

// newLog returns a log with one run whose driver lists one rule per category.
func newLog(wd string) *logWriter {
	driver := sarifDriver{Name: "cookiecheck", InformationURI: analyzer.URL}
	// SARIF viewers compare numeric versions: v1.2.3 is written 1.2.3, and a build from a
	// work tree (version "(devel)") 0.0.0-devel.
	driver.Version = "0.0.0-devel"
	if info, ok := debug.ReadBuildInfo(); ok && strings.HasPrefix(info.Main.Version, "v") {
		driver.Version = strings.TrimPrefix(info.Main.Version, "v") // go install ...@v1.2.3
	}
	w := &logWriter{wd: wd, ruleIdx: make(map[string]int), contents: make(map[string][]byte)}
	for _, cat := range analyzer.Categories {
		w.ruleIdx[cat] = len(driver.Rules)
		driver.Rules = append(driver.Rules, newRule(cat))
	}
	w.sarifLog = &sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool:        sarifTool{Driver: driver},
			Invocations: []sarifInvocation{{}},
			OriginalURIBaseIDs: map[string]sarifArtifactLoc{
				srcRoot: {URI: fileURI(wd) + "/"},
			},
			ColumnKind: "utf16CodeUnits",
			Results:    []sarifResult{},
		}},
	}
	return w
}

// newRule returns the rule of category cat.
func newRule(cat string) sarifRule {
	doc := categoryDocs[cat]
	full := analyzer.CategoryDoc(cat)
	helpURI := categoryURL(cat)
	return sarifRule{
		ID:                   cat,
		Name:                 doc.name,
		ShortDescription:     sarifMessage{Text: doc.short},
		FullDescription:      sarifMessage{Text: full},
		Help:                 sarifMessage{Text: full + "\n\nSee " + helpURI, Markdown: full + "\n\n[Documentation](" + helpURI + ")"},
		HelpURI:              helpURI,
		DefaultConfiguration: sarifRuleConfig{Level: doc.level},
		Properties: sarifRuleProperty{
			Tags:             append([]string{"security"}, doc.tags...),
			Precision:        "high",
			SecuritySeverity: doc.securitySeverity,
		},
	}
}

// categoryURL returns the documentation of category cat: the analyzer's URL with the
// anchor its diagnostics carry.
func categoryURL(cat string) string { return resolveURL(analyzer.URL, "#hdr-Category_"+cat) }

// resolveURL resolves ref (a diagnostic's URL, often just an anchor) against base.
func resolveURL(base, ref string) string {
	b, err1 := url.Parse(base)
	r, err2 := url.Parse(ref)
	if err1 != nil || err2 != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

// result converts one diagnostic of analyzer a.
func (w *logWriter) result(a *analysis.Analyzer, fset *token.FileSet, d analysis.Diagnostic) sarifResult {
	idx, ok := w.ruleIdx[d.Category]
	if !ok { // not in analyzer.Categories: a rule of its own, documented by the diagnostic's URL
		idx = len(w.Runs[0].Tool.Driver.Rules)
		w.ruleIdx[d.Category] = idx
		rule := sarifRule{ID: cmp.Or(d.Category, a.Name), Name: cmp.Or(d.Category, a.Name),
			HelpURI: resolveURL(a.URL, d.URL), DefaultConfiguration: sarifRuleConfig{Level: "warning"},
			Properties: sarifRuleProperty{Tags: []string{"security"}, Precision: "high"}}
		rule.ShortDescription.Text = rule.ID
		rule.FullDescription.Text = rule.ID
		rule.Help.Text = rule.HelpURI
		w.Runs[0].Tool.Driver.Rules = append(w.Runs[0].Tool.Driver.Rules, rule)
	}
	rule := w.Runs[0].Tool.Driver.Rules[idx]
	res := sarifResult{
		RuleID:    rule.ID,
		RuleIndex: idx,
		Level:     rule.DefaultConfiguration.Level,
		Message:   sarifMessage{Text: d.Message},
		Locations: []sarifLocation{{PhysicalLocation: w.physical(fset, d.Pos, d.End, false)}},
	}
	for i, rel := range d.Related {
		id := i + 1
		res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
			ID:               &id,
			PhysicalLocation: w.physical(fset, rel.Pos, rel.End, false),
			Message:          &sarifMessage{Text: rel.Message},
		})
	}
	for _, fix := range d.SuggestedFixes {
		res.Fixes = append(res.Fixes, w.fix(fset, fix))
	}
	return res
}

// fix converts one suggested fix: one artifactChange per file, its edits in order.
func (w *logWriter) fix(fset *token.FileSet, fix analysis.SuggestedFix) sarifFix {
	f := sarifFix{Description: sarifMessage{Text: fix.Message}}
	edits := slices.Clone(fix.TextEdits)
	slices.SortStableFunc(edits, func(x, y analysis.TextEdit) int { return cmp.Compare(x.Pos, y.Pos) })
	for _, e := range edits {
		loc := w.physical(fset, e.Pos, e.End, true)
		r := sarifReplacement{DeletedRegion: loc.Region, InsertedContent: sarifMessage{Text: string(e.NewText)}}
		if n := len(f.ArtifactChanges); n > 0 && f.ArtifactChanges[n-1].ArtifactLocation == loc.ArtifactLocation {
			f.ArtifactChanges[n-1].Replacements = append(f.ArtifactChanges[n-1].Replacements, r)
			continue
		}
		f.ArtifactChanges = append(f.ArtifactChanges, sarifArtifactChange{
			ArtifactLocation: loc.ArtifactLocation,
			Replacements:     []sarifReplacement{r},
		})
	}
	return f
}

// physical returns the location of the range [pos, end) (end may be invalid: the range is
// then empty): with the byte range if withBytes (for replacements), else with the source
// text as snippet.
func (w *logWriter) physical(fset *token.FileSet, pos, end token.Pos, withBytes bool) sarifPhysical {
	if !end.IsValid() {
		end = pos
	}
	start, stop := fset.PositionFor(pos, false), fset.PositionFor(end, false)
	content := w.content(start.Filename)
	region := sarifRegion{StartLine: start.Line, EndLine: stop.Line,
		StartColumn: utf16Column(content, start.Offset, start.Column),
		EndColumn:   utf16Column(content, stop.Offset, stop.Column)}
	if withBytes {
		length := stop.Offset - start.Offset
		region.ByteOffset, region.ByteLength = &start.Offset, &length
	} else if start.Offset < stop.Offset && stop.Offset <= len(content) {
		region.Snippet = &sarifMessage{Text: string(content[start.Offset:stop.Offset])}
	}
	return sarifPhysical{ArtifactLocation: w.artifact(start.Filename), Region: region}
}

// content returns the bytes of the named file, or nil if it cannot be read.
func (w *logWriter) content(name string) []byte {
	b, ok := w.contents[name]
	if !ok {
		b, _ = os.ReadFile(name)
		w.contents[name] = b
	}
	return b
}

// utf16Column converts the 1-based byte column of the byte offset off into a 1-based
// column in UTF-16 code units, the unit of SARIF's default columnKind.
func utf16Column(content []byte, off, byteColumn int) int {
	lineStart := off - (byteColumn - 1)
	if content == nil || lineStart < 0 || off > len(content) {
		return byteColumn // file unreadable: bytes equal code units for ASCII
	}
	col := 1
	for b := content[lineStart:off]; len(b) > 0; {
		r, size := utf8.DecodeRune(b)
		col += utf16.RuneLen(r)
		b = b[size:]
	}
	return col
}

// artifact returns the location of the named file: relative to the working directory
// when inside it, else an absolute file URI.
func (w *logWriter) artifact(name string) sarifArtifactLoc {
	if rel, err := filepath.Rel(w.wd, name); err == nil && filepath.IsLocal(rel) {
		return sarifArtifactLoc{URI: (&url.URL{Path: filepath.ToSlash(rel)}).String(), URIBaseID: srcRoot}
	}
	return sarifArtifactLoc{URI: fileURI(name)}
}

// fileURI returns the file URI of an absolute path.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x -> /C:/x
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
