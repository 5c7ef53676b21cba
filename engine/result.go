package engine

import (
	"cmp"
	"fmt"
	"go/token"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// result collects the diagnostics of the roots and the errors of everything loaded, each once.
func (r *run) result(roots []*node) *Result {
	res := &Result{Broken: make(map[string]bool), sums: make(map[string][32]byte)}
	seenErr := make(map[string]bool)
	addErr := func(e Error) {
		key := fmt.Sprint(e.Kind, e.Pos, e.Msg)
		if !seenErr[key] {
			seenErr[key] = true
			res.Errors = append(res.Errors, e)
		}
	}

	// Source packages, in ID order so that a package comes before its test variant.
	var pkgs []*srcPkg
	for _, p := range r.pkgs {
		pkgs = append(pkgs, p)
	}
	slices.SortFunc(pkgs, func(x, y *srcPkg) int { return strings.Compare(x.node.id, y.node.id) })
	analyzed := make(map[string]bool) // the packages analyzed, by the path of the package under test
	seenDiag := make(map[string]bool)
	for _, p := range pkgs {
		for _, e := range p.errs {
			addErr(e)
		}
		if p.broken() {
			for _, name := range p.node.goFiles {
				res.Broken[name] = true
			}
		}
		act := p.actions[r.a]
		if act == nil {
			continue
		}
		if act.err != nil {
			addErr(Error{Package: p.node.path, Msg: act.err.Error(), Kind: AnalysisError})
		}
		if !p.root {
			continue
		}
		for name, sum := range p.sums {
			res.sums[name] = sum
		}
		analyzed[cmp.Or(p.node.forTest, p.node.path)] = true
		for _, d := range act.diags {
			diag := r.diagnostic(p.node.path, d)
			key := fmt.Sprint(diag.Pos.Filename, diag.Pos.Offset, diag.End.Offset, diag.Category, diag.Message)
			if !seenDiag[key] {
				seenDiag[key] = true
				res.Diagnostics = append(res.Diagnostics, diag)
			}
		}
	}
	res.Packages = len(analyzed)

	// go list's errors about the packages loaded from export data.
	seen := make(map[*node]bool)
	var visit func(n *node)
	visit = func(n *node) {
		if n == nil || seen[n] {
			return
		}
		seen[n] = true
		if r.pkgs[n] == nil {
			for _, e := range listErrors(n, r.dir) {
				addErr(e)
			}
		}
		for _, id := range n.imports {
			visit(r.graph.nodes[id])
		}
	}
	for _, n := range roots {
		visit(n)
	}

	slices.SortStableFunc(res.Diagnostics, func(x, y Diagnostic) int {
		return cmp.Or(
			strings.Compare(x.Pos.Filename, y.Pos.Filename),
			cmp.Compare(x.Pos.Offset, y.Pos.Offset),
			cmp.Compare(x.End.Offset, y.End.Offset),
			strings.Compare(x.Category, y.Category),
			strings.Compare(x.Message, y.Message))
	})
	// go list reports a missing import with the import's position, and again without.
	positioned := make(map[string]bool)
	for _, e := range res.Errors {
		positioned[e.Msg] = positioned[e.Msg] || e.Pos.IsValid()
	}
	res.Errors = slices.DeleteFunc(res.Errors, func(e Error) bool { return !e.Pos.IsValid() && positioned[e.Msg] })
	slices.SortStableFunc(res.Errors, func(x, y Error) int {
		return cmp.Or(
			strings.Compare(x.Pos.Filename, y.Pos.Filename),
			cmp.Compare(x.Pos.Line, y.Pos.Line),
			cmp.Compare(x.Pos.Column, y.Pos.Column),
			strings.Compare(x.Msg, y.Msg))
	})
	return res
}

// diagnostic converts d, reported on package pkg.
func (r *run) diagnostic(pkg string, d analysis.Diagnostic) Diagnostic {
	out := Diagnostic{
		Package:  pkg,
		Pos:      r.position(d.Pos),
		End:      r.position(cmp.Or(d.End, d.Pos)),
		Category: d.Category,
		Message:  d.Message,
		URL:      resolveURL(r.a, d),
	}
	for _, fix := range d.SuggestedFixes {
		if f, ok := r.fix(fix); ok {
			out.Fixes = append(out.Fixes, f)
		}
	}
	for _, rel := range d.Related {
		out.Related = append(out.Related, Related{
			Pos:     r.position(rel.Pos),
			End:     r.position(cmp.Or(rel.End, rel.Pos)),
			Message: rel.Message,
		})
	}
	return out
}

// fix converts a suggested fix; a fix with an edit outside any file, or spanning two files,
// or ending before it starts, is dropped.
func (r *run) fix(fix analysis.SuggestedFix) (Fix, bool) {
	out := Fix{Message: fix.Message}
	for _, e := range fix.TextEdits {
		end := cmp.Or(e.End, e.Pos)
		file := r.fset.File(e.Pos)
		if file == nil || r.fset.File(end) != file || end < e.Pos {
			return Fix{}, false
		}
		out.Edits = append(out.Edits, Edit{
			Filename: file.Name(),
			Start:    file.Offset(e.Pos),
			End:      file.Offset(end),
			NewText:  string(e.NewText),
		})
	}
	return out, true
}

// resolveURL returns the documentation URL of d as go/analysis drivers do: d.URL (by default
// "#" + its category) resolved against the analyzer's URL.
func resolveURL(a *analysis.Analyzer, d analysis.Diagnostic) string {
	if d.URL == "" && d.Category == "" && a.URL == "" {
		return ""
	}
	raw := d.URL
	if raw == "" && d.Category != "" {
		raw = "#" + d.Category
	}
	ref, err1 := url.Parse(raw)
	base, err2 := url.Parse(a.URL)
	if err1 != nil || err2 != nil {
		return raw
	}
	return base.ResolveReference(ref).String()
}

// files returns the token.Files the run parsed, for a Session to forget.
func (r *run) files() []*token.File {
	var files []*token.File
	for _, p := range r.pkgs {
		for _, f := range p.files {
			if tf := r.fset.File(f.FileStart); tf != nil {
				files = append(files, tf)
			}
		}
	}
	return files
}
