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
	for _, elt := range lit.Elts {
		if _, ok := elt.(*ast.KeyValueExpr); !ok {
			return analysis.TextEdit{}, false // keys cannot be mixed into an unkeyed literal
		}
	}
	kv := field + ": " + value
	indent := strings.Repeat("\t", c.column(lit.Rbrace)) // the closing brace's, plus one
	prev := lit.Lbrace
	if len(lit.Elts) > 0 {
		last := lit.Elts[len(lit.Elts)-1]
		prev = last.End()
		indent = strings.Repeat("\t", max(c.column(last.Pos())-1, 0))
	}
	if c.line(prev) == c.line(lit.Rbrace) {
		if len(lit.Elts) == 0 {
			return insertAt(lit.Rbrace, kv+", "), true // gofmt drops the trailing ", "
		}
		return insertAt(prev, ", "+kv), true
	}
	// A multi-line literal: its last element ends with a comma. Add a line before the
	// closing brace's line, or, if a comment shares that line, just before the brace.
	lineStart := c.pass.Fset.File(lit.Rbrace).LineStart(c.line(lit.Rbrace))
	if c.commentBetween(lineStart, lit.Rbrace) {
		return insertAt(lit.Rbrace, kv+",\n"+strings.Repeat("\t", max(len(indent)-1, 0))), true
	}
	return insertAt(lineStart, indent+kv+",\n"), true
}

// commentBetween reports whether a comment overlaps [start, end).
func (c *checker) commentBetween(start, end token.Pos) bool {
	file := c.fileOf(start)
	if file == nil {
		return false
	}
	for _, group := range file.Comments {
		if group.Pos() < end && group.End() > start {
			return true
		}
	}
	return false
}

// line returns pos's line in its file, ignoring //line directives.
func (c *checker) line(pos token.Pos) int { return c.pass.Fset.PositionFor(pos, false).Line }

// column returns pos's column, ignoring //line directives.
func (c *checker) column(pos token.Pos) int { return c.pass.Fset.PositionFor(pos, false).Column }

func insertAt(pos token.Pos, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
}

// replaceFix returns a fix that replaces e with text, unless that would leave an import
// unused.
func (c *checker) replaceFix(e ast.Expr, message, text string) *analysis.SuggestedFix {
	if e == nil || c.dropsPackage(e, text) {
		return nil
	}
	return &analysis.SuggestedFix{
		Message:   message,
		TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}},
	}
}

// sameSiteInsertFix returns a fix that adds SameSite: Lax to the carrier's literal, or calls
// the receiver's SameSite method before a method row's call (c.SetSameSite before c.SetCookie).
func (c *checker) sameSiteInsertFix(inst *instance) *analysis.SuggestedFix {
	if inst.lit == nil {
		return c.methodInsertFix(inst, attrSameSite)
	}
	value, imports, ok := c.laxValue(inst, c.litFieldType(inst, inst.model.attrs[attrSameSite].field), inst.lit.Rbrace)
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
	value, imports, ok := c.laxValue(inst, c.pass.TypesInfo.TypeOf(s.expr), s.expr.Pos())
	if !ok {
		return nil
	}
	fix := c.replaceFix(s.expr, "Set "+c.sourceLabel(inst, attrSameSite, s)+" to "+value, value)
	if fix == nil {
		return nil
	}
	fix.TextEdits = append(fix.TextEdits, imports...)
	return fix
}

// dropsPackage reports whether replacing e by text removes the last reference to an
// imported package in the file (beego's samesite argument http.SameSiteLaxMode becoming
// "Lax"), which would leave the import unused and the file not compiling.
func (c *checker) dropsPackage(e ast.Expr, text string) bool {
	inExpr := make(map[*types.PkgName]int)
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if pkg, ok := c.pass.TypesInfo.Uses[id].(*types.PkgName); ok && !strings.Contains(text, pkg.Name()+".") {
				inExpr[pkg]++
			}
		}
		return true
	})
	if len(inExpr) == 0 {
		return false
	}
	if c.pkgNameUses == nil {
		// Each file has its own PkgName objects, so these are per-file counts.
		c.pkgNameUses = make(map[*types.PkgName]int)
		for _, obj := range c.pass.TypesInfo.Uses {
			if pkg, ok := obj.(*types.PkgName); ok {
				c.pkgNameUses[pkg]++
			}
		}
	}
	for pkg, n := range inExpr {
		if c.pkgNameUses[pkg] == n {
			return true
		}
	}
	return false
}

// laxValue returns the source text of the Lax SameSite value of type typ as written at pos,
// and the edits that import its package when pos's file lacks it. It fails when no name for
// the package can be used at pos (a local variable shadows it).
func (c *checker) laxValue(inst *instance, typ types.Type, pos token.Pos) (string, []analysis.TextEdit, bool) {
	switch inst.model.attrs[attrSameSite].kind {
	case kindSameSiteString, kindSameSiteLaxElse, kindSameSiteVerbatim:
		return strconv.Quote("Lax"), nil, true
	case kindSameSiteOffIfSet:
		return "", nil, false // the setting is not a SameSite value
	}
	named := namedOf(typ)
	file := c.fileOf(pos)
	if named == nil || named.Obj().Pkg() == nil || file == nil {
		return "", nil, false
	}
	pkg := named.Obj().Pkg()
	lax, ok := pkg.Scope().Lookup("SameSiteLaxMode").(*types.Const)
	if !ok {
		return "", nil, false
	}
	scope := c.pass.TypesInfo.Scopes[file]
	if inner := scope.Innermost(pos); inner != nil {
		scope = inner
	}
	// resolves reports whether name, used at pos, means obj.
	resolves := func(name string, obj types.Object) bool {
		_, found := scope.LookupParent(name, pos)
		return found == obj
	}
	if pkg == c.pass.Pkg {
		if resolves(lax.Name(), lax) {
			return lax.Name(), nil, true
		}
		return "", nil, false
	}
	for _, imp := range file.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		if err != nil || path != pkg.Path() {
			continue
		}
		if imp.Name != nil && imp.Name.Name == "." {
			if resolves(lax.Name(), lax) {
				return lax.Name(), nil, true
			}
			continue
		}
		pkgName := c.pass.TypesInfo.PkgNameOf(imp)
		if pkgName != nil && pkgName.Name() != "_" && resolves(pkgName.Name(), pkgName) {
			return pkgName.Name() + "." + lax.Name(), nil, true
		}
	}
	// The file does not import the package under a usable name: add the import, unless its
	// name means something else at pos or in the file.
	if _, obj := scope.LookupParent(pkg.Name(), pos); obj != nil {
		return "", nil, false
	}
	for _, imp := range file.Imports {
		if imp.Name != nil && imp.Name.Name == pkg.Name() {
			return "", nil, false
		}
	}
	return pkg.Name() + "." + lax.Name(), []analysis.TextEdit{addImport(file, pkg.Path())}, true
}

// fileOf returns the file of the package that contains pos.
func (c *checker) fileOf(pos token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
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

// methodInsertFix returns a fix that inserts recv.Method(Lax) before the statement of a
// method row's call, for an attribute set by a method on the receiver.
func (c *checker) methodInsertFix(inst *instance, a attr) *analysis.SuggestedFix {
	loc := inst.model.attrs[a]
	if loc.method == "" || inst.model.recv == "" || inst.stmt == nil || a != attrSameSite {
		return nil
	}
	sel, ok := unparen(inst.call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	recv, ok := unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	method, _, _ := types.LookupFieldOrMethod(c.pass.TypesInfo.TypeOf(recv), true, nil, loc.method)
	fn, ok := method.(*types.Func)
	if !ok || fn.Type().(*types.Signature).Params().Len() != 1 {
		return nil
	}
	value, imports, ok := c.laxValue(inst, fn.Type().(*types.Signature).Params().At(0).Type(), inst.stmt.Pos())
	if !ok {
		return nil
	}
	indent := strings.Repeat("\t", max(c.column(inst.stmt.Pos())-1, 0))
	text := fmt.Sprintf("%s.%s(%s)\n%s", recv.Name, loc.method, value, indent)
	return &analysis.SuggestedFix{
		Message:   fmt.Sprintf("Call %s.%s(%s) first", recv.Name, loc.method, value),
		TextEdits: append([]analysis.TextEdit{insertAt(inst.stmt.Pos(), text)}, imports...),
	}
}
