package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// An ignore directive silences findings of the categories it names, comma-separated, before
// an optional reason:
//
//	//cookiecheck:ignore secure,httponly served only on the internal network
//
// It covers its own line, or, on a line of its own, the line below its comment block; and
// where that line is the first line of a statement (or the last line of a statement without
// a body), every finding of the statement. Without categories (nothing, or only a reason
// after //) it silences every category.
const (
	directiveTool = "cookiecheck"
	directiveName = "ignore"
)

// finding is one diagnostic before it is sent.
type finding struct {
	cat     string
	at      ast.Node
	subject string // the carrier as the message names it first (http.Cookie "sid")
	msg     string // the rest of the message
	fix     *analysis.SuggestedFix
	related []analysis.RelatedInformation
}

// reporter sends diagnostics, dropping ignored findings and disabled categories, then reports
// the directives themselves, and merges the findings of a line in -group-by-line mode.
type reporter struct {
	pass     *analysis.Pass
	cfg      *Config
	files    map[*token.File]*fileDirectives // analyzed files that have directives
	pending  []pending
	reported map[reportKey]bool
}

// pending is a diagnostic waiting for flush, with the subject its message starts with.
type pending struct {
	analysis.Diagnostic
	subject string
}

// reportKey identifies a diagnostic: one per category per node.
type reportKey struct {
	pos, end token.Pos
	cat      string
}

// fileDirectives are the directives of one file.
type fileDirectives struct {
	file   inspector.Cursor
	tok    *token.File
	all    []*directive
	onLine map[int][]*directive // by the line the directive is on
	below  map[int][]*directive // directives on lines of their own, by the line below their comment block
}

// directive is one //cookiecheck:ignore comment.
type directive struct {
	pos, end token.Pos
	subject  string   // the directive as messages name it: its name and categories
	cats     []string // nil: every category
	// problem, when set, says why the directive is malformed; it then silences nothing.
	problem                string
	problemPos, problemEnd token.Pos
	used                   map[string]bool // categories that silenced a finding
}

// silences reports whether d silences findings of category cat.
func (d *directive) silences(cat string) bool {
	return d.problem == "" && (d.cats == nil || slices.Contains(d.cats, cat))
}

func newReporter(pass *analysis.Pass, cfg *Config, insp *inspector.Inspector) *reporter {
	r := &reporter{pass: pass, cfg: cfg, files: make(map[*token.File]*fileDirectives), reported: make(map[reportKey]bool)}
	for cur := range insp.Root().Children() {
		if file, ok := cur.Node().(*ast.File); ok && r.analyzes(file) {
			r.parseDirectives(cur)
		}
	}
	return r
}

// analyzes reports whether file is analyzed: test files only with -include-tests.
func (r *reporter) analyzes(file *ast.File) bool {
	if r.cfg.IncludeTests {
		return true
	}
	tokFile := r.pass.Fset.File(file.FileStart)
	return tokFile == nil || !strings.HasSuffix(tokFile.Name(), "_test.go")
}

// report sends one finding unless a directive silences it or its category is disabled, and
// says whether it was sent.
func (r *reporter) report(f finding) bool {
	// Directives are matched first, also for disabled categories: a directive that covers a
	// finding of a disabled category is not unused.
	if r.ignored(f.cat, f.at) || !r.cfg.enabled(f.cat) {
		return false
	}
	key := reportKey{f.at.Pos(), f.at.End(), f.cat}
	if r.reported[key] {
		return true // a statement shared by several carriers (one SetSameSite, two SetCookies)
	}
	r.reported[key] = true
	d := analysis.Diagnostic{
		Pos:      f.at.Pos(),
		End:      f.at.End(),
		Category: f.cat,
		Message:  f.subject + " " + f.msg,
		URL:      "#hdr-Category_" + f.cat,
		Related:  f.related,
	}
	if f.fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*f.fix}
	}
	r.pending = append(r.pending, pending{d, f.subject})
	return true
}

// done reports whether a diagnostic of category cat was already sent at node.
func (r *reporter) done(node ast.Node, cat string) bool {
	return r.reported[reportKey{node.Pos(), node.End(), cat}]
}

// flush reports the directives' problems, then sends everything in source order.
// Diagnostics at one position go in the order of their fix messages: drivers differ (report
// order, message order) in how they stack insertions at one point, and this makes every
// driver write the fields in the same order.
func (r *reporter) flush() {
	r.reportDirectives()
	slices.SortStableFunc(r.pending, func(a, b pending) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(fixMessage(a.Diagnostic), fixMessage(b.Diagnostic)))
	})
	if r.cfg.GroupByLine {
		r.pending = r.groupByLine(r.pending)
	}
	for _, p := range r.pending {
		r.pass.Report(p.Diagnostic)
	}
}

// parseDirectives records the directives of the file at cur.
func (r *reporter) parseDirectives(cur inspector.Cursor) {
	file := cur.Node().(*ast.File)
	var fd *fileDirectives
	for _, group := range file.Comments {
		for _, comment := range group.List {
			dir, ok := ast.ParseDirective(comment.Slash, comment.Text)
			if !ok || dir.Tool != directiveTool {
				continue
			}
			if fd == nil {
				fd = &fileDirectives{file: cur, tok: r.pass.Fset.File(file.FileStart), onLine: make(map[int][]*directive), below: make(map[int][]*directive)}
				r.files[fd.tok] = fd
			}
			d := &directive{pos: comment.Slash, end: comment.End(), subject: "//" + directiveTool + ":" + dir.Name}
			if dir.Name != directiveName {
				d.problem = fmt.Sprintf("is not a cookiecheck directive, so it silences nothing: write //%s:%s", directiveTool, directiveName)
				d.problemPos, d.problemEnd = d.pos, d.end
			} else {
				d.parseCategories(dir.Args, dir.ArgsPos)
			}
			fd.all = append(fd.all, d)
			line := fd.line(d.pos)
			fd.onLine[line] = append(fd.onLine[line], d)
			if fd.standsAlone(comment) {
				next := fd.line(group.End()) + 1
				fd.below[next] = append(fd.below[next], d)
			}
		}
	}
}

// parseCategories reads the categories at the start of a directive's arguments: the first
// word, continued by the next while it ends with a comma ("secure, httponly"). Anything after
// them is the reason.
func (d *directive) parseCategories(args string, argsPos token.Pos) {
	if args == "" || strings.HasPrefix(args, "//") {
		return // every category, perhaps with a reason: //cookiecheck:ignore // reason
	}
	end := 0
	for {
		word := strings.IndexFunc(args[end:], unicode.IsSpace)
		if word < 0 {
			end = len(args)
			break
		}
		end += word
		if args[end-1] != ',' {
			break
		}
		for end < len(args) && unicode.IsSpace(rune(args[end])) {
			end++
		}
	}
	d.cats = []string{}
	start := 0
	for i := 0; i <= end; i++ {
		if i < end && args[i] != ',' {
			continue
		}
		name := strings.TrimSpace(args[start:i])
		if name != "" && !slices.Contains(Categories, name) {
			d.problem = unknownCategory(name)
			d.problemPos = argsPos + token.Pos(start+strings.Index(args[start:i], name))
			d.problemEnd = d.problemPos + token.Pos(len(name))
			return
		}
		if name != "" {
			d.cats = append(d.cats, name)
		}
		start = i + 1
	}
	d.subject += " " + args[:end]
}

// unknownCategory explains an unknown category name in a directive.
func unknownCategory(name string) string {
	hint := ""
	if near := nearestCategory(name); near != "" {
		hint = fmt.Sprintf(" (did you mean %s?)", near)
	}
	return fmt.Sprintf("names unknown category %q%s, so it silences nothing: write categories of %s, separated by commas, before the reason",
		name, hint, strings.Join(Categories, ", "))
}

// nearestCategory returns the category within two edits of name, if exactly one is.
func nearestCategory(name string) string {
	var near []string
	for _, cat := range Categories {
		if editDistance(strings.ToLower(name), cat) <= 2 {
			near = append(near, cat)
		}
	}
	if len(near) == 1 {
		return near[0]
	}
	return ""
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// standsAlone reports whether no code precedes comment on its line: no child of the
// innermost node around it ends on that line before it.
func (fd *fileDirectives) standsAlone(comment *ast.Comment) bool {
	cur, ok := fd.file.FindByPos(comment.Pos(), comment.Pos())
	if !ok {
		return true
	}
	for isComment(cur.Node()) {
		cur = cur.Parent() // a doc or line comment of a declaration
	}
	line := fd.line(comment.Pos())
	for child := range cur.Children() {
		if n := child.Node(); !isComment(n) && n.End() <= comment.Pos() && fd.line(n.End()) == line {
			return false
		}
	}
	return true
}

// isComment reports whether n is a comment or a comment group.
func isComment(n ast.Node) bool {
	switch n.(type) {
	case *ast.Comment, *ast.CommentGroup:
		return true
	}
	return false
}

// line returns pos's line, ignoring //line directives: directives and code are matched by
// their place in the file.
func (fd *fileDirectives) line(pos token.Pos) int { return fd.tok.PositionFor(pos, false).Line }

// ignored reports whether a directive silences category cat at node, and marks every
// directive that does as used.
func (r *reporter) ignored(cat string, node ast.Node) bool {
	fd := r.files[r.pass.Fset.File(node.Pos())]
	if fd == nil || !slices.ContainsFunc(fd.all, func(d *directive) bool { return d.silences(cat) }) {
		return false // no directive of the file silences cat
	}
	line := fd.line(node.Pos())
	candidates := [][]*directive{fd.onLine[line], fd.below[line]}
	if first, last, ok := fd.statementLines(node); ok {
		candidates = append(candidates, fd.onLine[first], fd.below[first])
		if last != first {
			candidates = append(candidates, fd.onLine[last])
		}
	}
	silenced := false
	for _, dirs := range candidates {
		for _, d := range dirs {
			if d.silences(cat) {
				if d.used == nil {
					d.used = make(map[string]bool)
				}
				d.used[cat] = true
				silenced = true
			}
		}
	}
	return silenced
}

// statementLines returns the first line of the innermost statement (or value specification)
// that encloses node, and its last line if it has no body of statements: the lines where a
// directive covers the whole statement.
func (fd *fileDirectives) statementLines(node ast.Node) (first, last int, ok bool) {
	cur, ok := fd.file.FindByPos(node.Pos(), max(node.Pos(), node.End())) // (End may precede Pos in broken code)
	if !ok {
		return 0, 0, false
	}
	for ; ; cur = cur.Parent() { // (a loop rather than cur.Enclosing, which allocates)
		switch n := cur.Node().(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause, *ast.LabeledStmt,
			*ast.IfStmt, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			first := fd.line(n.Pos())
			return first, first, true // a finding in the header: not the whole body
		case ast.Stmt, *ast.ValueSpec:
			return fd.line(n.Pos()), fd.line(n.End()), true
		case *ast.FuncDecl, *ast.FuncLit, *ast.File:
			return 0, 0, false
		}
	}
}

// reportDirectives reports malformed directives and, unless -unused-directives=false, the
// categories of directives that silenced nothing. A category disabled by -disable is never
// reported unused (the directive may serve runs that enable it), nor is a directive in a
// test file that is not analyzed (its file is not read at all).
func (r *reporter) reportDirectives() {
	for _, fd := range r.files {
		for _, d := range fd.all {
			subject := d.subject
			var msg string
			pos, end := d.pos, d.end
			switch {
			case d.problem != "":
				msg, pos, end = d.problem, d.problemPos, d.problemEnd
			case !r.cfg.UnusedDirectives:
				continue
			case d.cats == nil:
				if len(d.used) > 0 {
					continue
				}
				msg = fmt.Sprintf("silences no finding: remove it (or set -%s=false)", FlagUnusedDirectives)
			default:
				var unused []string
				for _, cat := range d.cats {
					if !d.used[cat] && r.cfg.enabled(cat) && !slices.Contains(unused, cat) {
						unused = append(unused, cat)
					}
				}
				switch {
				case len(unused) == 0:
					continue
				case len(d.used) == 0 && len(unused) == len(d.cats):
					msg = fmt.Sprintf("silences no finding: remove it (or set -%s=false)", FlagUnusedDirectives)
				default:
					msg = fmt.Sprintf("silences no %s finding: remove %s from it (or set -%s=false)",
						strings.Join(unused, " or "), strings.Join(unused, " and "), FlagUnusedDirectives)
				}
			}
			r.pending = append(r.pending, pending{analysis.Diagnostic{
				Pos:      pos,
				End:      end,
				Category: CategoryDirective,
				Message:  subject + " " + msg,
				URL:      "#hdr-Category_" + CategoryDirective,
			}, subject})
		}
	}
}

// groupByLine merges the diagnostics of each line (they are sorted) into one, for drivers
// that show one issue per line: its message lists theirs, naming a subject once for
// consecutive diagnostics about it; its one fix applies all their edits (the fixes of a line
// never overlap: each inserts or replaces a different attribute, and an identical edit, such
// as one import added by two fixes, is kept once); related positions go into the message,
// because golangci-lint turns each into an issue of its own.
func (r *reporter) groupByLine(diags []pending) []pending {
	var out []pending
	for i := 0; i < len(diags); {
		j := i + 1
		for j < len(diags) && r.sameLine(diags[i].Pos, diags[j].Pos) {
			j++
		}
		out = append(out, r.merge(diags[i:j]))
		i = j
	}
	return out
}

// sameLine reports whether a and b are on the same line of the same file.
func (r *reporter) sameLine(a, b token.Pos) bool {
	pa, pb := r.pass.Fset.PositionFor(a, false), r.pass.Fset.PositionFor(b, false)
	return pa.Filename == pb.Filename && pa.Line == pb.Line
}

// merge makes one diagnostic of the diagnostics of one line.
func (r *reporter) merge(group []pending) pending {
	m := group[0]
	var msg strings.Builder
	var fixMsgs []string
	var edits []analysis.TextEdit
	for i, p := range group {
		switch {
		case i == 0:
			msg.WriteString(p.Message)
		case p.subject != "" && p.subject == group[i-1].subject:
			msg.WriteString("; " + strings.TrimPrefix(p.Message, p.subject+" "))
		default:
			msg.WriteString("; " + p.Message)
		}
		for _, rel := range p.Related { // "insecure is declared here" becomes "(insecure is declared at consts.go:7)"
			posn := r.pass.Fset.Position(rel.Pos)
			fmt.Fprintf(&msg, " (%s at %s:%d)", strings.TrimSuffix(rel.Message, " here"), filepath.Base(posn.Filename), posn.Line)
		}
		m.End = max(m.End, p.End)
		for _, fix := range p.SuggestedFixes {
			fixMsgs = append(fixMsgs, fix.Message)
			for _, e := range fix.TextEdits {
				if !slices.ContainsFunc(edits, func(x analysis.TextEdit) bool {
					return x.Pos == e.Pos && x.End == e.End && string(x.NewText) == string(e.NewText)
				}) {
					edits = append(edits, e)
				}
			}
		}
	}
	m.Message = msg.String()
	m.Related = nil
	m.SuggestedFixes = nil
	if len(edits) > 0 {
		m.SuggestedFixes = []analysis.SuggestedFix{{Message: strings.Join(fixMsgs, "; "), TextEdits: edits}}
	}
	return m
}

// fixMessage returns the message of d's fix; diagnostics without one sort last.
func fixMessage(d analysis.Diagnostic) string {
	if len(d.SuggestedFixes) == 0 {
		return "\xff"
	}
	return d.SuggestedFixes[0].Message
}
