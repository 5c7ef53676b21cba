package cli

import (
	"encoding/json"
	"fmt"

	"github.com/cookiecheck/cookiecheck/engine"
)

// The JSON of go vet -json (golang.org/x/tools/go/analysis/internal/analysisflags): a tree
// {package: {analyzer: [diagnostic...]}}, or {"error": message} for an analysis that failed.
// Unlike go vet's, each diagnostic appears once: under the package, not again under its test
// variant, and packages are keyed by import path.
type (
	jsonDiagnostic struct {
		Category       string        `json:"category,omitempty"`
		Posn           string        `json:"posn"`
		End            string        `json:"end"`
		Message        string        `json:"message"`
		SuggestedFixes []jsonFix     `json:"suggested_fixes,omitempty"`
		Related        []jsonRelated `json:"related,omitempty"`
	}
	jsonFix struct {
		Message string     `json:"message"`
		Edits   []jsonEdit `json:"edits"`
	}
	jsonEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	jsonRelated struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}
	jsonError struct {
		Err string `json:"error"`
	}
)

// jsonReport prints the findings as go vet -json does, and the load errors on standard error.
func (opts *options) jsonReport(res *engine.Result) int {
	tree := make(map[string]map[string]any)
	add := func(pkg string, v any) {
		if tree[pkg] == nil {
			tree[pkg] = make(map[string]any)
		}
		tree[pkg][opts.a.Name] = v
	}
	byPkg := make(map[string][]jsonDiagnostic)
	for _, d := range res.Diagnostics {
		byPkg[d.Package] = append(byPkg[d.Package], toJSON(d))
	}
	for pkg, diags := range byPkg {
		add(pkg, diags)
	}
	for _, e := range res.Errors {
		if e.Kind == engine.AnalysisError {
			add(e.Package, jsonError{e.Msg})
		}
	}
	out, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		panic(err) // plain data
	}
	fmt.Fprintf(opts.stdout, "%s\n", out)
	opts.printErrors(res)
	return exitStatus(res, len(res.Diagnostics))
}

func toJSON(d engine.Diagnostic) jsonDiagnostic {
	out := jsonDiagnostic{Category: d.Category, Posn: d.Pos.String(), End: d.End.String(), Message: d.Message}
	for _, fix := range d.Fixes {
		f := jsonFix{Message: fix.Message, Edits: []jsonEdit{}}
		for _, e := range fix.Edits {
			f.Edits = append(f.Edits, jsonEdit{Filename: e.Filename, Start: e.Start, End: e.End, New: e.NewText})
		}
		out.SuggestedFixes = append(out.SuggestedFixes, f)
	}
	for _, rel := range d.Related {
		out.Related = append(out.Related, jsonRelated{Posn: rel.Pos.String(), End: rel.End.String(), Message: rel.Message})
	}
	return out
}
