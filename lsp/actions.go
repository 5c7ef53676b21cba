package lsp

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"github.com/cookiecheck/cookiecheck/engine"
)

// codeActionWait bounds how long a code action request waits for the analysis of the
// document's current version.
const codeActionWait = 10 * time.Second

// ignoreReason is the placeholder reason of the directive the ignore action inserts.
const ignoreReason = "TODO: say why this is safe"

// codeActions answers textDocument/codeAction: for the diagnostics in the range, a quick fix
// per suggested fix and one that adds an ignore directive; for the file, the fix-all action.
// Edits are computed from the analysis of the document's current version, waiting for it if
// an edit is being analyzed, never from a stale one.
func (s *server) codeActions(ctx context.Context, p *codeActionParams) ([]codeAction, error) {
	actions := []codeAction{}
	path, err := uriToPath(p.TextDocument.URI)
	if err != nil {
		return actions, nil
	}
	fr, err := s.freshResult(ctx, path)
	if fr == nil || err != nil {
		return actions, err
	}
	want := func(kind string) bool {
		if len(p.Context.Only) == 0 {
			return true
		}
		for _, only := range p.Context.Only {
			if kind == only || strings.HasPrefix(kind, only+".") {
				return true
			}
		}
		return false
	}

	if want(kindQuickFix) {
		var ignores []codeAction
		for i, d := range fr.diags {
			ld := fr.lsp[i]
			if !touches(ld.Range, p.Range) && !mentioned(ld, p.Context.Diagnostics) {
				continue
			}
			for _, fix := range d.Fixes {
				edit, err := s.fixEdit(fr, fix)
				if err != nil {
					s.log.Printf("fix %q of %s: %v", fix.Message, path, err)
					continue
				}
				actions = append(actions, codeAction{
					Title:       fix.Message,
					Kind:        kindQuickFix,
					Diagnostics: []diagnostic{ld},
					IsPreferred: len(d.Fixes) == 1,
					Edit:        edit,
				})
			}
			if !slices.Contains(analyzer.Categories, d.Category) {
				continue // a directive's own problem (category directive) is fixed, not ignored
			}
			ignores = append(ignores, codeAction{
				Title:       fmt.Sprintf("Ignore this %s finding (//cookiecheck:ignore)", d.Category),
				Kind:        kindQuickFix,
				Diagnostics: []diagnostic{ld},
				Edit:        s.workspaceEdit(map[string][]textEdit{fr.uri: {ignoreEdit(fr, ld.Range.Start.Line, d.Category)}}, map[string]*int32{fr.uri: fr.version}),
			})
		}
		actions = append(actions, ignores...)
	}

	if want(kindFixAllOwn) {
		fr.fixAllOnce.Do(func() { fr.fixAll = s.fixAll(fr, path) })
		if fr.fixAll != nil {
			actions = append(actions, *fr.fixAll)
		}
	}
	return actions, nil
}

// freshResult returns the analysis of the open document path at its current version,
// waiting for it while one is scheduled or running, or nil if none will come.
func (s *server) freshResult(ctx context.Context, path string) (*fileResult, error) {
	timeout := time.NewTimer(codeActionWait)
	defer timeout.Stop()
	for {
		s.mu.Lock()
		doc := s.docs[path]
		if doc == nil {
			s.mu.Unlock()
			return nil, nil
		}
		p := s.pkgs[keyOf(doc)]
		if p == nil {
			s.mu.Unlock()
			return nil, nil
		}
		if fr := p.files[path]; fr != nil && fr.version != nil && *fr.version == doc.version {
			s.mu.Unlock()
			return fr, nil
		}
		if !p.pending {
			s.mu.Unlock()
			return nil, nil // the analysis failed: nothing to offer
		}
		changed := p.changed
		s.mu.Unlock()
		select {
		case <-changed:
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-timeout.C:
			return nil, nil
		}
	}
}

// fixEdit returns the workspace edit of one suggested fix, on the content analyzed. It
// gofmt's each file it edits if that file was gofmt'd already, so that the result is what -fix
// would write there, but never reformats code the user keeps unformatted. Unlike -fix and
// the fix-all action it is offered in a package that does not type-check: the user sees it
// before applying it, and half-typed code is the normal state of an edited package.
func (s *server) fixEdit(fr *fileResult, fix engine.Fix) (*workspaceEdit, error) {
	byFile := make(map[string][]byteEdit)
	for _, e := range fix.Edits {
		be := byteEdit{e.Start, e.End, e.NewText}
		if !slices.Contains(byFile[e.Filename], be) {
			byFile[e.Filename] = append(byFile[e.Filename], be)
		}
	}
	changes := make(map[string][]textEdit)
	versions := make(map[string]*int32)
	for name, edits := range byFile {
		uri, version, m, err := s.contentOf(fr, name)
		if err != nil {
			return nil, err
		}
		raw, err := applyEdits(m.content, edits)
		if err != nil {
			return nil, err
		}
		if m.isGofmtd() {
			raw = formatted(raw)
		}
		// Whole lines, not the fix's own column-precise edits: clients that count columns
		// in code points rather than UTF-16 units (lsp-mode 8.0) would otherwise misplace an
		// insertion that follows an astral character (a 🍪) on its line.
		changes[uri] = lineEdits(m, raw)
		versions[uri] = version
	}
	return s.workspaceEdit(changes, versions), nil
}

// fixAll returns the source.fixAll.cookiecheck action of the file of fr: the first fix of
// each of its diagnostics applied by engine.Result.ApplyFixes, exactly as cookiecheck -fix
// applies them (conflicting fixes skipped, gofmt'd, nothing in a package with errors or in a
// generated file), or nil if that fixes nothing.
func (s *server) fixAll(fr *fileResult, path string) *codeAction {
	if fr.result == nil {
		return nil
	}
	sub := *fr.result
	sub.Diagnostics = fr.diags
	fixes := sub.ApplyFixes(func(name string) ([]byte, error) {
		_, _, m, err := s.contentOf(fr, name)
		if err != nil {
			return nil, err
		}
		return m.content, nil
	})
	if len(fixes.Applied) == 0 {
		for _, u := range fixes.Unfixed {
			if u.Reason != engine.NoFix {
				s.logOnce(messageTypeInfo, fmt.Sprintf("cookiecheck: no fix-all action for %s: %s", path, u.Reason))
				break
			}
		}
		return nil
	}
	changes := make(map[string][]textEdit)
	versions := make(map[string]*int32)
	for _, fc := range fixes.Files {
		uri, version, m, err := s.contentOf(fr, fc.Filename)
		if err != nil {
			return nil
		}
		changes[uri] = lineEdits(m, fc.New)
		versions[uri] = version
	}
	var fixed []diagnostic
	for i, d := range fr.diags {
		for _, a := range fixes.Applied {
			if a.Pos == d.Pos && a.Category == d.Category && a.Message == d.Message {
				fixed = append(fixed, fr.lsp[i])
				break
			}
		}
	}
	return &codeAction{
		Title:       fmt.Sprintf("Fix all cookiecheck findings in %s", filepath.Base(path)),
		Kind:        kindFixAllOwn,
		Diagnostics: fixed,
		Edit:        s.workspaceEdit(changes, versions),
	}
}

// lineEdits returns the text edits, whole lines, that turn the content of m into final.
func lineEdits(m *mapper, final []byte) []textEdit {
	var tes []textEdit
	for _, le := range lineDiff(m.content, final) {
		tes = append(tes, textEdit{Range: m.lspRange(m.lineOffset(le.from), m.lineOffset(le.to)), NewText: le.text})
	}
	return tes
}

// contentOf returns the URI, editor version and content analyzed of a file a fix of fr
// edits: fr's own, or another file of the package (as analyzed), or the file on disk.
func (s *server) contentOf(fr *fileResult, name string) (uri string, version *int32, m *mapper, err error) {
	if u, err := uriToPath(fr.uri); err == nil && u == name {
		return fr.uri, fr.version, fr.mapper, nil
	}
	s.mu.Lock()
	for _, p := range s.pkgs {
		if other := p.files[name]; other != nil {
			s.mu.Unlock()
			return other.uri, other.version, other.mapper, nil
		}
	}
	encoding := s.encoding
	s.mu.Unlock()
	content, err := os.ReadFile(name)
	if err != nil {
		return "", nil, nil, err
	}
	return pathToURI(name), nil, newMapper(content, encoding), nil
}

// workspaceEdit builds the edit in the form the client takes: documentChanges (which
// carry the version the edits apply to) or changes.
func (s *server) workspaceEdit(changes map[string][]textEdit, versions map[string]*int32) *workspaceEdit {
	s.mu.Lock()
	docChanges := s.docChanges
	s.mu.Unlock()
	if !docChanges {
		return &workspaceEdit{Changes: changes}
	}
	we := &workspaceEdit{}
	for uri, edits := range changes {
		we.DocumentChanges = append(we.DocumentChanges, textDocumentEdit{
			TextDocument: versionedTextDocumentIdentifier{URI: uri, Version: versions[uri]},
			Edits:        edits,
		})
	}
	return we
}

// ignoreEdit inserts an ignore directive for category cat above line (0-based) of fr, with
// the line's indentation, or adds cat to the directive already there.
func ignoreEdit(fr *fileResult, line int, cat string) textEdit {
	m := fr.mapper
	start := m.lineOffset(line)
	if line > 0 {
		prevStart := m.lineOffset(line - 1)
		prev := string(m.content[prevStart:start])
		trimmed := strings.TrimLeft(prev, " \t")
		if rest, ok := strings.CutPrefix(trimmed, ignoreDirective+" "); ok && namesCategory(rest) {
			at := prevStart + len(prev) - len(rest)
			return textEdit{Range: m.lspRange(at, at), NewText: cat + ","}
		}
	}
	text := string(m.content[start:m.lineOffset(line+1)])
	indent := text[:len(text)-len(strings.TrimLeft(text, " \t"))]
	return textEdit{Range: m.lspRange(start, start), NewText: indent + ignoreDirective + " " + cat + " " + ignoreReason + "\n"}
}

// ignoreDirective is the analyzer's suppression comment (analyzer/report.go).
const ignoreDirective = "//cookiecheck:ignore"

// namesCategory reports whether the text after an ignore directive starts with categories,
// so that adding one keeps its meaning (a directive without any covers every category).
func namesCategory(rest string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	first, _, _ = strings.Cut(first, ",")
	return slices.Contains(analyzer.Categories, first)
}

// touches reports whether two ranges overlap or touch.
func touches(a, b lspRange) bool {
	return !less(a.End, b.Start) && !less(b.End, a.Start)
}

func less(a, b position) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Character < b.Character
}

// mentioned reports whether the client named d in the request's context (Neovim sends the
// diagnostics of the cursor's line).
func mentioned(d diagnostic, ds []diagnostic) bool {
	for _, c := range ds {
		if c.Range == d.Range && c.Message == d.Message && c.Source == d.Source {
			return true
		}
	}
	return false
}

// lineOffset returns the byte offset of the start of line (0-based), or the end of the
// content for a line past it.
func (m *mapper) lineOffset(line int) int {
	if line < len(m.lineStarts) {
		return m.lineStarts[line]
	}
	return len(m.content)
}
