package cli

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/cookiecheck/cookiecheck/analyzer"
)

// copyModule copies the module testdata/webapp into a temporary directory and returns it.
func copyModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "webapp"))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// sarifOf runs cookiecheck -sarif with args in a copy of testdata/webapp and returns the
// exit status, the decoded log, the raw log and standard error.
func sarifOf(t *testing.T, args ...string) (int, *sarifLog, []byte, string) {
	t.Helper()
	dir := copyModule(t)
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	code := Main(append([]string{"-sarif"}, args...), &stdout, &stderr)
	if stdout.Len() == 0 {
		return code, nil, nil, stderr.String()
	}
	var log sarifLog
	if err := json.Unmarshal(stdout.Bytes(), &log); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, stdout.Bytes())
	}
	return code, &log, stdout.Bytes(), stderr.String()
}

// TestSARIF checks the structure of the log written for testdata/webapp.
func TestSARIF(t *testing.T) {
	code, log, raw, stderr := sarifOf(t, "./...")
	if code != 3 {
		t.Fatalf("exit status %d, want 3 (findings); stderr:\n%s", code, stderr)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif-2.1.0") || len(log.Runs) != 1 {
		t.Fatalf("version %q, schema %q, %d runs; want one 2.1.0 run", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	wd, _ := os.Getwd()
	if got, want := run.OriginalURIBaseIDs[srcRoot].URI, fileURI(wd)+"/"; got != want {
		t.Errorf("%s = %q, want %q", srcRoot, got, want)
	}
	if inv := run.Invocations; len(inv) != 1 || !inv[0].ExecutionSuccessful {
		t.Errorf("invocations = %+v, want one successful", inv)
	}

	// One rule per category, documented at the category's anchor.
	driver := run.Tool.Driver
	if driver.Name != "cookiecheck" || driver.InformationURI != analyzer.URL || driver.Version == "" {
		t.Errorf("driver = %q %q %q", driver.Name, driver.InformationURI, driver.Version)
	}
	var ids []string
	for _, rule := range driver.Rules {
		ids = append(ids, rule.ID)
		if want := analyzer.URL + "#hdr-Category_" + rule.ID; rule.HelpURI != want {
			t.Errorf("rule %s: helpUri %q, want %q", rule.ID, rule.HelpURI, want)
		}
		if rule.Name == "" || rule.ShortDescription.Text == "" || !strings.Contains(rule.Help.Text, rule.HelpURI) ||
			!slices.Contains([]string{"error", "warning", "note"}, rule.DefaultConfiguration.Level) {
			t.Errorf("rule %s is incomplete: %+v", rule.ID, rule)
		}
	}
	if !slices.Equal(ids, analyzer.Categories) {
		t.Errorf("rules %v, want %v", ids, analyzer.Categories)
	}

	// The results: sorted, each once (cookies.go is in both webapp and webapp [webapp.test]),
	// none from cookies_test.go (no -include-tests).
	type finding struct{ rule, uri, snippet string }
	var got []finding
	for _, res := range run.Results {
		if driver.Rules[res.RuleIndex].ID != res.RuleID || res.Level != driver.Rules[res.RuleIndex].DefaultConfiguration.Level {
			t.Errorf("result %q: rule index %d and level %q do not match its rule", res.RuleID, res.RuleIndex, res.Level)
		}
		loc := res.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URIBaseID != srcRoot || loc.Region.Snippet == nil {
			t.Errorf("result %q: location %+v, want a %s-relative URI and a snippet", res.RuleID, loc, srcRoot)
			continue
		}
		got = append(got, finding{res.RuleID, loc.ArtifactLocation.URI, loc.Region.Snippet.Text})
	}
	want := []finding{
		{"httponly", "cookies.go", "http.Cookie"},
		{"samesite", "cookies.go", "http.Cookie"},
		{"secure", "cookies.go", "http.Cookie"},
		{"secure", "cookies.go", "Secure: false"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("results:\n%v\nwant:\n%v", got, want)
	}

	// Regions count UTF-16 code units: the 🍪 before "Secure: false" is 4 bytes but 2 units.
	src, err := os.ReadFile("cookies.go")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	last := run.Results[len(run.Results)-1]
	region := last.Locations[0].PhysicalLocation.Region
	line := lines[region.StartLine-1]
	wantCol := len(utf16.Encode([]rune(line[:strings.Index(line, "Secure: false")]))) + 1
	if region.StartColumn != wantCol || region.EndColumn != wantCol+len("Secure: false") {
		t.Errorf("region %+v, want columns %d-%d", region, wantCol, wantCol+len("Secure: false"))
	}

	// Every replacement's line/column range and byte range denote the same text, and applying
	// the fixes of a result gives the fixed source.
	for _, res := range run.Results {
		if len(res.Fixes) != 1 || len(res.Fixes[0].ArtifactChanges) != 1 {
			t.Errorf("result %q at %+v: fixes %+v, want one", res.RuleID, res.Locations[0], res.Fixes)
			continue
		}
		change := res.Fixes[0].ArtifactChanges[0]
		if change.ArtifactLocation.URI != "cookies.go" {
			t.Errorf("fix of %q changes %q", res.RuleID, change.ArtifactLocation.URI)
		}
		fixed := string(src)
		for _, r := range slices.Backward(change.Replacements) {
			d := r.DeletedRegion
			start, end := offsetOf(lines, d.StartLine, d.StartColumn), offsetOf(lines, d.EndLine, d.EndColumn)
			if d.ByteOffset == nil || d.ByteLength == nil || *d.ByteOffset != start || *d.ByteLength != end-start {
				t.Errorf("fix of %q: region %+v is bytes %d-%d", res.RuleID, d, start, end)
				continue
			}
			fixed = fixed[:start] + r.InsertedContent.Text + fixed[end:]
		}
		if _, err := parser.ParseFile(token.NewFileSet(), "cookies.go", fixed, 0); err != nil {
			t.Errorf("fix %q gives invalid Go: %v", res.Fixes[0].Description.Text, err)
		}
	}
	if msg := last.Fixes[0].Description.Text; msg != "Set Secure to true" {
		t.Errorf("fix message %q, want %q", msg, "Set Secure to true")
	}
	if testing.Verbose() {
		t.Logf("%s", raw)
	}
}

// offsetOf converts a 1-based line and UTF-16 column into a byte offset.
func offsetOf(lines []string, line, col int) int {
	off := 0
	for _, l := range lines[:line-1] {
		off += len(l) + 1
	}
	units := 0
	for i, r := range lines[line-1] {
		if units >= col-1 {
			return off + i
		}
		units += utf16.RuneLen(r)
	}
	return off + len(lines[line-1])
}

// TestSARIFFlags checks that the analyzer's flags work in SARIF mode and that bad flags
// exit 2 with a message.
func TestSARIFFlags(t *testing.T) {
	rules := func(log *sarifLog) (ids []string) {
		for _, res := range log.Runs[0].Results {
			ids = append(ids, res.RuleID+" "+res.Locations[0].PhysicalLocation.ArtifactLocation.URI)
		}
		return ids
	}
	for _, test := range []struct {
		args []string
		want []string
	}{
		{[]string{"-disable=secure,samesite", "./..."}, []string{"httponly cookies.go"}},
		{[]string{"-disable", "secure,samesite,httponly", "-max-age=1h", "./..."}, []string{"expiry cookies.go"}},
		{[]string{"-include-tests", "-disable=httponly,samesite", "."}, []string{
			"secure cookies.go", "secure cookies.go", "secure cookies_test.go"}},
		// -test=false, the old driver's flag, asks for the default: accepted, no effect.
		{[]string{"-test=false", "-disable=httponly,samesite", "."}, []string{
			"secure cookies.go", "secure cookies.go"}},
	} {
		t.Run(strings.Join(test.args, " "), func(t *testing.T) {
			code, log, _, stderr := sarifOf(t, test.args...)
			if code != 3 || log == nil {
				t.Fatalf("exit status %d, want 3; stderr:\n%s", code, stderr)
			}
			if got := rules(log); !slices.Equal(got, test.want) {
				t.Errorf("results %v, want %v", got, test.want)
			}
		})
	}

	for _, test := range []struct {
		args    []string
		wantErr string
	}{
		{[]string{"-max-age=forever", "./..."}, `invalid value "forever" for flag -max-age`},
		{[]string{"-disable=cookies", "./..."}, `unknown category "cookies"`},
		{[]string{"-session-names=(", "./..."}, `invalid value "(" for flag -session-names`},
		{[]string{"-fix", "./..."}, `-sarif and -fix cannot be combined`},
		{[]string{"-json", "./..."}, `-sarif and -json cannot be combined`},
		{[]string{"-sarif=maybe", "./..."}, `invalid boolean value "maybe" for -sarif`},
		{[]string{"./nosuchdir"}, `nosuchdir`},
	} {
		t.Run(strings.Join(test.args, " "), func(t *testing.T) {
			code, log, _, stderr := sarifOf(t, test.args...)
			if code != 2 || log != nil || !strings.Contains(stderr, test.wantErr) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("exit status %d, log %v, stderr:\n%s\nwant 2, no log, one line with %q", code, log != nil, stderr, test.wantErr)
			}
		})
	}
}

// TestSARIFPackageErrors checks that a package that does not type-check still gives a log,
// with the error as a notification, and exit status 1.
func TestSARIFPackageErrors(t *testing.T) {
	dir := copyModule(t)
	if err := os.WriteFile(filepath.Join(dir, "broken.go"), []byte("package webapp\n\nvar x int = \"s\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	if code := Main([]string{"-sarif", "."}, &stdout, &stderr); code != 1 {
		t.Fatalf("exit status %d, want 1", code)
	}
	var log sarifLog
	if err := json.Unmarshal(stdout.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) == 0 ||
		!strings.Contains(inv.ToolExecutionNotifications[0].Message.Text, "broken.go:3") {
		t.Errorf("invocation %+v, want a failed one naming broken.go:3", inv)
	}
	if len(log.Runs[0].Results) == 0 {
		t.Error("no results: the analyzer runs despite type errors")
	}
}

// TestRuleDocs checks that every category has a rule whose full description is the first
// paragraph of the category's section of analyzer/doc.go, the source of the user docs.
func TestRuleDocs(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join("..", "analyzer", "doc.go"), nil, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		t.Fatal(err)
	}
	sections := docSections(f.Doc)
	for _, cat := range analyzer.Categories {
		if _, ok := categoryDocs[cat]; !ok {
			t.Errorf("category %s has no entry in categoryDocs", cat)
		}
		want, _, _ := strings.Cut(sections["Category "+cat], "\n\n")
		want = strings.Join(strings.Fields(want), " ")
		if got := newRule(cat).FullDescription.Text; want == "" || got != want {
			t.Errorf("rule %s: full description %q\nwant the first paragraph of its section in analyzer/doc.go:\n%q", cat, got, want)
		}
	}
	if len(categoryDocs) != len(analyzer.Categories) {
		t.Errorf("categoryDocs has %d entries, want one per category %v", len(categoryDocs), analyzer.Categories)
	}
}

// docSections splits a doc comment into its "# Heading" sections.
func docSections(doc *ast.CommentGroup) map[string]string {
	sections := make(map[string]string)
	var heading string
	var body strings.Builder
	for line := range strings.SplitSeq(doc.Text()+"# end\n", "\n") {
		if h, ok := strings.CutPrefix(line, "# "); ok {
			sections[heading] = strings.TrimSpace(body.String())
			heading = h
			body.Reset()
			continue
		}
		body.WriteString(line + "\n")
	}
	return sections
}
