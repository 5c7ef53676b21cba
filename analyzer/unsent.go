package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file finds carriers that are never sent (RULES.md "Never reported"): a cookie built
// only to be inspected in its function, such as &http.Cookie{Name: name} checked with
// c.String() == "" or c.Valid(), cannot reach a response, so its attributes do not matter.

// findUnsent marks the carriers whose every use stays in their function without reaching a
// response: literals used in place, and local variables.
func (c *checker) findUnsent() {
	// A local variable is used only in its function: walk each function that binds a
	// candidate once, rather than looking up every use.
	candidates := make(map[types.Object][]*instance)
	var funcs []inspector.Cursor
	seenFunc := make(map[inspector.Cursor]bool)
	for _, inst := range c.carriers {
		b := inst.bound
		switch {
		case inst.lit == nil || inst.model.shape != shapeStruct || inst.wrapper != nil || inst.given != nil:
		case b.obj == nil && b.anchor == nil:
			inst.unsent = inst.cur.Inspector() != nil && c.staysLocal(inst.cur)
		case len(b.path) == 0 && isAssigned(inst.cur) && c.isLocalVar(b.obj):
			if _, seen := candidates[b.obj]; !seen {
				if fn, ok := outermostFunc(inst.cur); ok && !seenFunc[fn] {
					seenFunc[fn] = true
					funcs = append(funcs, fn)
				}
			}
			candidates[b.obj] = append(candidates[b.obj], inst)
		}
	}
	if len(candidates) == 0 {
		return
	}
	local := make(map[types.Object]bool) // used, and only in ways that send nothing
	for _, fn := range funcs {
		for cur := range fn.Preorder((*ast.Ident)(nil)) {
			id := cur.Node().(*ast.Ident)
			if obj := c.pass.TypesInfo.Defs[id]; obj != nil {
				if _, ok := candidates[obj]; ok && cur.ParentEdgeKind() == edge.Field_Names {
					local[obj] = false // a parameter or result: a bare return sends it
				}
				continue
			}
			obj := c.pass.TypesInfo.Uses[id]
			if _, ok := candidates[obj]; !ok {
				continue
			}
			if stays, seen := local[obj]; !seen || stays {
				local[obj] = c.staysLocal(cur)
			}
		}
	}
	for obj, insts := range candidates {
		for _, inst := range insts {
			inst.unsent = local[obj]
		}
	}
}

// outermostFunc returns the declaration or literal of the top-level function that contains
// cur: a local variable is used nowhere else.
func outermostFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	var fn inspector.Cursor
	found := false
	for enc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn, found = enc, true
	}
	return fn, found
}

// isAssigned reports whether the literal at cur is the value of an assignment or a variable
// declaration (not, say, the configuration given to a constructor that keeps it).
func isAssigned(cur inspector.Cursor) bool {
	k := skipAddr(cur).ParentEdgeKind()
	return k == edge.AssignStmt_Rhs || k == edge.ValueSpec_Values
}

// isLocalVar reports whether obj is a variable of a function, not a package-level variable
// (other packages may use it) nor a field.
func (c *checker) isLocalVar(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.Parent() != nil && v.Parent() != c.pass.Pkg.Scope() && !v.IsField()
}

// staysLocal reports whether the value at cur (a variable's use, or a literal) is used in a
// way that cannot send it: a field read or assignment, c.Valid(), or c.String() whose result
// is compared, measured with len or discarded.
func (c *checker) staysLocal(cur inspector.Cursor) bool {
	cur = skipAddr(cur)
	if cur.ParentEdgeKind() == edge.StarExpr_X {
		cur = cur.Parent()
	}
	switch cur.ParentEdgeKind() {
	case edge.AssignStmt_Lhs:
		return true // the variable is given another value
	case edge.SelectorExpr_X:
	default:
		return false
	}
	sel := cur.Parent()
	selection := c.pass.TypesInfo.Selections[sel.Node().(*ast.SelectorExpr)]
	if selection == nil {
		return false
	}
	if selection.Kind() == types.FieldVal {
		return true
	}
	name := selection.Obj().Name()
	if selection.Kind() != types.MethodVal || sel.ParentEdgeKind() != edge.CallExpr_Fun || name != "Valid" && name != "String" {
		return false
	}
	call := sel.Parent()
	if name == "Valid" {
		return true
	}
	for call.ParentEdgeKind() == edge.ParenExpr_X {
		call = call.Parent()
	}
	switch k, i := call.ParentEdge(); k {
	case edge.ExprStmt_X:
		return true // discarded
	case edge.BinaryExpr_X, edge.BinaryExpr_Y:
		switch call.Parent().Node().(*ast.BinaryExpr).Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return true
		}
	case edge.CallExpr_Args:
		id, ok := unparen(call.Parent().Node().(*ast.CallExpr).Fun).(*ast.Ident)
		if ok {
			b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin)
			return ok && b.Name() == "len"
		}
	case edge.AssignStmt_Rhs:
		as := call.Parent().Node().(*ast.AssignStmt)
		if len(as.Lhs) == len(as.Rhs) {
			id, ok := as.Lhs[i].(*ast.Ident)
			return ok && id.Name == "_"
		}
	}
	return false
}
