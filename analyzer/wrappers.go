package analyzer

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file handles an app's own store wrapper (RULES.md "App-owned wrappers"): its
// constructor stores a default options literal in a field of the package's own struct
// (&Store{options: &sessions.Options{Path: "/", MaxAge: 86400 * 30}}), and a setter of the
// same package replaces that field (func (s *Store) Options(o sessions.Options) { s.options
// = &o }). When every place in the package that builds the store also replaces the field,
// the default never reaches a cookie, and the literal is not judged.

// holdsModelled reports whether f is a field of one of the package's own struct types
// whose type is a library's (*sessions.Options).
func (c *checker) holdsModelled(f *types.Var) bool {
	return f != nil && f.IsField() && f.Pkg() == c.pass.Pkg && modelledType(f.Type())
}

// returnsHolder reports whether fn's first result is one of the package's own struct types
// (or a pointer to one) with a field holding a library value.
func (c *checker) returnsHolder(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() == 0 {
		return false
	}
	n := namedOf(sig.Results().At(0).Type())
	if n == nil || n.Obj().Pkg() != c.pass.Pkg {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		if c.holdsModelled(f) {
			return true
		}
	}
	return false
}

// heldIn returns the field of the package's own struct type that the literal at cur is
// stored in, by a keyed literal of that struct (&Store{options: lit}) or an assignment
// (s.options = lit), or nil.
func (c *checker) heldIn(cur inspector.Cursor) *types.Var {
	cur = skipAddr(cur)
	switch cur.ParentEdgeKind() {
	case edge.KeyValueExpr_Value:
		key, ok := cur.Parent().Node().(*ast.KeyValueExpr).Key.(*ast.Ident)
		if f, isVar := c.pass.TypesInfo.Uses[key].(*types.Var); ok && isVar && c.holdsModelled(f) {
			return f
		}
	case edge.AssignStmt_Rhs:
		as := cur.Parent().Node().(*ast.AssignStmt)
		if i := cur.ParentEdgeIndex(); len(as.Lhs) == len(as.Rhs) {
			if sel, ok := unparen(as.Lhs[i]).(*ast.SelectorExpr); ok {
				if _, path := c.fieldPath(sel); len(path) == 1 && c.holdsModelled(path[0]) {
					return path[0]
				}
			}
		}
	}
	return nil
}

// defaultReplaced reports whether inst is a default stored in an own struct's field by a
// constructor whose every call in the package is followed, on the variable that receives
// the result, by a replacement of that field: an assignment to it, or a call of a method of
// the package that assigns it.
func (c *checker) defaultReplaced(inst *instance) bool {
	if inst.holder == nil || inst.cur.Inspector() == nil {
		return false
	}
	ctor := enclosingFuncDecl(c.pass.TypesInfo, inst.cur)
	if ctor == nil || len(c.calls[ctor]) == 0 {
		return false // built outside the package, or not by a function: judged as written
	}
	for _, b := range c.calls[ctor] {
		if b.obj == nil || !c.replacesHolder(b.obj, inst.holder) {
			return false
		}
	}
	return true
}

// replacesHolder reports whether field is assigned as a whole on obj, directly or by a
// method of the package called on obj.
func (c *checker) replacesHolder(obj types.Object, field *types.Var) bool {
	if slices.Contains(c.holderSets[obj], field) {
		return true
	}
	for _, m := range c.ownCalls[obj] {
		if recv := m.Type().(*types.Signature).Recv(); recv != nil && slices.Contains(c.holderSets[recv], field) {
			return true
		}
	}
	return false
}
