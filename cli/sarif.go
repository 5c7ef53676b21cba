package cli

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"github.com/cookiecheck/cookiecheck/engine"
	"golang.org/x/tools/go/analysis"
)

// srcRoot is the uriBaseId of the relative URIs: the working directory, as GitHub code
// scanning expects when the tool runs at the repository root.
const srcRoot = "%SRCROOT%"

// sarifReport writes the SARIF 2.1.0 log of res to standard output, with the load and
// analysis errors as notifications of a failed invocation (and on standard error).
func (opts *options) sarifReport(res *engine.Result) int {
	log := newLog(opts.wd)
	run := &log.Runs[0]
	for _, d := range res.Diagnostics {
		run.Results = append(run.Results, log.result(opts.a, d))
	}
	run.Invocations[0].ExecutionSuccessful = len(res.Errors) == 0
	for _, e := range res.Errors {
		text := e.Error()
		if e.Kind == engine.AnalysisError {
			text = e.Package + ": " + text
		}
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications,
			sarifNotification{Level: "error", Message: sarifMessage{Text: text}})
	}
	out, err := json.MarshalIndent(log, "", "  ")
	if err == nil {
		_, err = opts.stdout.Write(append(out, '\n'))
	}
	opts.printErrors(res)
	if err != nil {
		fmt.Fprintf(opts.stderr, "cookiecheck: %v\n", err)
		return exitErrors
	}
	return exitStatus(res, len(res.Diagnostics))
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
	// SARIF viewers compare numeric versions: v1.2.3 is written 1.2.3, and a development
	// build (devel-1a2b3c4d5e6f, or (devel)) 0.0.0-devel-1a2b3c4d5e6f, 0.0.0-devel.
	version := Version()
	if v, ok := strings.CutPrefix(version, "v"); ok {
		driver.Version = v
	} else {
		driver.Version = "0.0.0-" + strings.Trim(version, "()")
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
func (w *logWriter) result(a *analysis.Analyzer, d engine.Diagnostic) sarifResult {
	idx, ok := w.ruleIdx[d.Category]
	if !ok { // not in analyzer.Categories: a rule of its own, documented by the diagnostic's URL
		idx = len(w.Runs[0].Tool.Driver.Rules)
		w.ruleIdx[d.Category] = idx
		rule := sarifRule{ID: cmp.Or(d.Category, a.Name), Name: cmp.Or(d.Category, a.Name),
			HelpURI: d.URL, DefaultConfiguration: sarifRuleConfig{Level: "warning"},
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
		Locations: []sarifLocation{{PhysicalLocation: w.physical(d.Pos, d.End, false)}},
	}
	for i, rel := range d.Related {
		id := i + 1
		res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
			ID:               &id,
			PhysicalLocation: w.physical(rel.Pos, rel.End, false),
			Message:          &sarifMessage{Text: rel.Message},
		})
	}
	for _, fix := range d.Fixes {
		res.Fixes = append(res.Fixes, w.fix(fix))
	}
	return res
}

// fix converts one suggested fix: one artifactChange per file, its edits in order.
func (w *logWriter) fix(fix engine.Fix) sarifFix {
	f := sarifFix{Description: sarifMessage{Text: fix.Message}}
	edits := slices.Clone(fix.Edits)
	slices.SortStableFunc(edits, func(x, y engine.Edit) int {
		return cmp.Or(strings.Compare(x.Filename, y.Filename), cmp.Compare(x.Start, y.Start))
	})
	for _, e := range edits {
		content := w.content(e.Filename)
		loc := w.physical(positionOf(e.Filename, content, e.Start), positionOf(e.Filename, content, e.End), true)
		r := sarifReplacement{DeletedRegion: loc.Region, InsertedContent: sarifMessage{Text: e.NewText}}
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

// positionOf returns the position of byte offset off in a file of the given content.
func positionOf(name string, content []byte, off int) engine.Position {
	off = min(off, len(content))
	lineStart := bytes.LastIndexByte(content[:off], '\n') + 1
	return engine.Position{Filename: name, Offset: off, Line: bytes.Count(content[:off], []byte("\n")) + 1, Column: off - lineStart + 1}
}

// physical returns the location of the range [start, end): with the byte range if withBytes
// (for replacements), else with the source text as snippet.
func (w *logWriter) physical(start, stop engine.Position, withBytes bool) sarifPhysical {
	if !stop.IsValid() {
		stop = start
	}
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
