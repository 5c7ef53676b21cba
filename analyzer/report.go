package analyzer

import (
	"cmp"
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ignoreDirective silences a diagnostic on its line or the line below:
//
//	//cookiecheck:ignore secure,httponly reason
//
// Categories may be separated by commas or spaces; without any, every category is silenced.
const ignoreDirective = "//cookiecheck:ignore"

// reporter sends diagnostics, dropping disabled categories and ignored lines.
type reporter struct {
	pass     *analysis.Pass
	cfg      *Config
	ignores  map[*token.File]map[int][]string // per file: line -> ignored categories (nil = all)
	diags    []analysis.Diagnostic
	reported map[reportKey]bool
}

// reportKey identifies a diagnostic: one per category per node.
type reportKey struct {
	pos, end token.Pos
	cat      string
}

func newReporter(pass *analysis.Pass, cfg *Config) *reporter {
	return &reporter{pass: pass, cfg: cfg, ignores: make(map[*token.File]map[int][]string), reported: make(map[reportKey]bool)}
}

// report sends one diagnostic of category cat at node and says whether it was sent.
func (r *reporter) report(cat string, node ast.Node, msg string, fix *analysis.SuggestedFix) bool {
	if !r.cfg.enabled(cat) || r.ignored(cat, node.Pos()) {
		return false
	}
	key := reportKey{node.Pos(), node.End(), cat}
	if r.reported[key] {
		return true // a statement shared by several carriers (one SetSameSite, two SetCookies)
	}
	r.reported[key] = true
	d := analysis.Diagnostic{
		Pos:      node.Pos(),
		End:      node.End(),
		Category: cat,
		Message:  msg,
		URL:      "#hdr-Category_" + cat,
	}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	r.diags = append(r.diags, d)
	return true
}

// done reports whether a diagnostic of category cat was already sent at node.
func (r *reporter) done(node ast.Node, cat string) bool {
	return r.reported[reportKey{node.Pos(), node.End(), cat}]
}

// flush sends the diagnostics in source order. Diagnostics at one position go in the order of
// their fix messages: drivers differ (report order, message order) in how they stack
// insertions at one point, and this makes every driver write the fields in the same order.
func (r *reporter) flush() {
	slices.SortStableFunc(r.diags, func(a, b analysis.Diagnostic) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(fixMessage(a), fixMessage(b)))
	})
	for _, d := range r.diags {
		r.pass.Report(d)
	}
}

// ignored reports whether an ignore directive on pos's line or the line above covers cat.
func (r *reporter) ignored(cat string, pos token.Pos) bool {
	tokFile := r.pass.Fset.File(pos)
	if tokFile == nil {
		return false
	}
	lines, ok := r.ignores[tokFile]
	if !ok {
		lines = r.parseIgnores(tokFile)
		r.ignores[tokFile] = lines
	}
	line := tokFile.Line(pos)
	for _, l := range []int{line, line - 1} {
		if cats, ok := lines[l]; ok && (cats == nil || slices.Contains(cats, cat)) {
			return true
		}
	}
	return false
}

// parseIgnores reads the ignore directives of the file tokFile.
func (r *reporter) parseIgnores(tokFile *token.File) map[int][]string {
	lines := make(map[int][]string)
	for _, file := range r.pass.Files {
		if r.pass.Fset.File(file.FileStart) != tokFile {
			continue
		}
		for _, group := range file.Comments {
			for _, comment := range group.List {
				rest, ok := strings.CutPrefix(comment.Text, ignoreDirective)
				if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
					continue
				}
				lines[tokFile.Line(comment.Pos())] = directiveCategories(rest)
			}
		}
	}
	return lines
}

// directiveCategories returns the categories named at the start of a directive's text, or nil
// (every category) when it names none.
func directiveCategories(text string) []string {
	var cats []string
	for word := range strings.FieldsSeq(strings.ReplaceAll(text, ",", " ")) {
		if !slices.Contains(Categories, word) {
			break // the reason starts here
		}
		cats = append(cats, word)
	}
	return cats
}

// fixMessage returns the message of d's fix; diagnostics without one sort last.
func fixMessage(d analysis.Diagnostic) string {
	if len(d.SuggestedFixes) == 0 {
		return "\xff"
	}
	return d.SuggestedFixes[0].Message
}
