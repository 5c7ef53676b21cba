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
	candidates := make(map[types.Object][]*instance)
	for _, inst := range c.carriers {
		b := inst.bound
		switch {
		case inst.lit == nil || inst.model.shape != shapeStruct || inst.wrapper != nil || inst.given != nil:
		case b.obj == nil && b.anchor == nil:
			inst.unsent = inst.cur.Inspector() != nil && c.staysLocal(inst.cur)
		case len(b.path) == 0 && isAssigned(inst.cur) && c.isLocal(b.obj):
			candidates[b.obj] = append(candidates[b.obj], inst)
		}
	}
	if len(candidates) == 0 {
		return
	}
	uses := make(map[types.Object][]*ast.Ident)
	for id, obj := range c.pass.TypesInfo.Uses {
		if _, ok := candidates[obj]; ok {
			uses[obj] = append(uses[obj], id)
		}
	}
	root := c.insp.Root()
	for obj, insts := range candidates {
		local := len(uses[obj]) > 0
		for _, id := range uses[obj] {
			cur, ok := root.FindNode(id)
			if !ok || !c.staysLocal(cur) {
				local = false
				break
			}
		}
		for _, inst := range insts {
			inst.unsent = local
		}
	}
}

// isAssigned reports whether the literal at cur is the value of an assignment or a variable
// declaration (not, say, the configuration given to a constructor that keeps it).
func isAssigned(cur inspector.Cursor) bool {
	k := skipAddr(cur).ParentEdgeKind()
	return k == edge.AssignStmt_Rhs || k == edge.ValueSpec_Values
}

// isLocal reports whether obj is a variable declared in a function body: not a package-level
// variable (other packages may use it) nor a parameter or result (a bare return sends it).
func (c *checker) isLocal(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	if !ok || v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() || v.IsField() {
		return false
	}
	def, ok := c.insp.Root().FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	return ok && def.ParentEdgeKind() != edge.Field_Names
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
