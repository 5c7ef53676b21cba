package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// insertFix returns a fix that adds field: value for attribute a to the carrier's literal, or
// nil when the carrier is not a keyed (or empty) literal.
func (c *checker) insertFix(inst *instance, a attr, value string) *analysis.SuggestedFix {
	field := inst.model.attrs[a].field
	edit, ok := c.insertField(inst.lit, field, value)
	if !ok {
		return nil
	}
	return &analysis.SuggestedFix{
		Message:   fmt.Sprintf("Set %s to %s", field, value),
		TextEdits: []analysis.TextEdit{edit},
	}
}

// insertField returns an edit adding "field: value" to lit, in the literal's own layout:
// {} gets "{field: value}", a one-line literal gets ", field: value" after its last element,
// and a multi-line literal gets a new line before its closing brace. Several such edits of one
// literal apply together without conflict.
func (c *checker) insertField(lit *ast.CompositeLit, field, value string) (analysis.TextEdit, bool) {
	if lit == nil || !lit.Rbrace.IsValid() {
		return analysis.TextEdit{}, false
	}
	kv := field + ": " + value
	if len(lit.Elts) == 0 {
		if c.line(lit.Lbrace) == c.line(lit.Rbrace) {
			return insertAt(lit.Rbrace, kv+", "), true // gofmt drops the trailing ", "
		}
		tokFile := c.pass.Fset.File(lit.Rbrace)
		indent := strings.Repeat("\t", c.pass.Fset.Position(lit.Rbrace).Column)
		return insertAt(tokFile.LineStart(c.line(lit.Rbrace)), indent+kv+",\n"), true
	}
	for _, elt := range lit.Elts {
		if _, ok := elt.(*ast.KeyValueExpr); !ok {
			return analysis.TextEdit{}, false // keys cannot be mixed into an unkeyed literal
		}
	}
	last := lit.Elts[len(lit.Elts)-1]
	if c.line(last.End()) == c.line(lit.Rbrace) {
		return insertAt(last.End(), ", "+kv), true
	}
	tokFile := c.pass.Fset.File(lit.Rbrace)
	indent := strings.Repeat("\t", c.pass.Fset.Position(last.Pos()).Column-1)
	return insertAt(tokFile.LineStart(c.line(lit.Rbrace)), indent+kv+",\n"), true
}

func (c *checker) line(pos token.Pos) int { return c.pass.Fset.Position(pos).Line }

func insertAt(pos token.Pos, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
}

// replaceFix returns a fix that replaces e with text.
func replaceFix(e ast.Expr, message, text string) *analysis.SuggestedFix {
	if e == nil {
		return nil
	}
	return &analysis.SuggestedFix{
		Message:   message,
		TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}},
	}
}

// sameSiteInsertFix returns a fix that adds SameSite: Lax to the carrier's literal.
func (c *checker) sameSiteInsertFix(inst *instance) *analysis.SuggestedFix {
	if inst.lit == nil {
		return nil
	}
	value, imports, ok := c.laxValue(inst, c.litFieldType(inst, inst.model.attrs[attrSameSite].field))
	if !ok {
		return nil
	}
	fix := c.insertFix(inst, attrSameSite, value)
	if fix == nil {
		return nil
	}
	fix.TextEdits = append(fix.TextEdits, imports...)
	return fix
}

// sameSiteReplaceFix returns a fix that replaces a SameSite value with Lax.
func (c *checker) sameSiteReplaceFix(inst *instance, s source) *analysis.SuggestedFix {
	if s.expr == nil {
		return nil
	}
	value, imports, ok := c.laxValue(inst, c.pass.TypesInfo.TypeOf(s.expr))
	if !ok {
		return nil
	}
	fix := replaceFix(s.expr, "Set "+inst.model.attrs[attrSameSite].field+" to "+value, value)
	fix.TextEdits = append(fix.TextEdits, imports...)
	return fix
}

// laxValue returns the source text of the carrier's Lax SameSite value in inst's file, and the
// edits that import its package when the file lacks it. typ is the SameSite field's type.
func (c *checker) laxValue(inst *instance, typ types.Type) (string, []analysis.TextEdit, bool) {
	if inst.model.attrs[attrSameSite].kind == kindSameSiteString {
		return strconv.Quote("Lax"), nil, true
	}
	named := namedOf(typ)
	if named == nil || named.Obj().Pkg() == nil {
		return "", nil, false
	}
	pkg := named.Obj().Pkg()
	if pkg == c.pass.Pkg {
		return "SameSiteLaxMode", nil, true
	}
	for _, imp := range inst.file.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		if err != nil || path != pkg.Path() {
			continue
		}
		switch {
		case imp.Name == nil:
			return pkg.Name() + ".SameSiteLaxMode", nil, true
		case imp.Name.Name == ".":
			return "SameSiteLaxMode", nil, true
		case imp.Name.Name != "_":
			return imp.Name.Name + ".SameSiteLaxMode", nil, true
		}
	}
	// The file does not import the package under a usable name: add the import, unless its
	// name is taken in the package or the file.
	if c.pass.Pkg.Scope().Lookup(pkg.Name()) != nil {
		return "", nil, false
	}
	for _, imp := range inst.file.Imports {
		if imp.Name != nil && imp.Name.Name == pkg.Name() {
			return "", nil, false
		}
	}
	return pkg.Name() + ".SameSiteLaxMode", []analysis.TextEdit{addImport(inst.file, pkg.Path())}, true
}

// litFieldType returns the type of the carrier literal's field, or nil.
func (c *checker) litFieldType(inst *instance, field string) types.Type {
	named := namedOf(c.pass.TypesInfo.TypeOf(inst.lit))
	if named == nil {
		return nil
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for i := range st.NumFields() {
		if st.Field(i).Name() == field {
			return st.Field(i).Type()
		}
	}
	return nil
}

// addImport returns an edit that imports path in file.
func addImport(file *ast.File, path string) analysis.TextEdit {
	spec := strconv.Quote(path)
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			continue
		}
		if gen.Lparen.IsValid() {
			return insertAt(gen.Lparen+1, "\n\t"+spec)
		}
		return insertAt(gen.End(), "\nimport "+spec)
	}
	return insertAt(file.Name.End(), "\n\nimport "+spec)
}
