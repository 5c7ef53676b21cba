package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// checker holds the state of one pass: an index of the package built in one traversal, and
// the carriers found in it. Nothing outlives the pass.
type checker struct {
	pass         *analysis.Pass
	cfg          *Config
	sessionNames *regexp.Regexp
	rep          *reporter

	carriers []*instance
	// assigns lists, per variable, the assignments to its fields (c.Secure = ..., s.Options.X = ...).
	assigns map[types.Object][]*fieldAssign
	// unbound lists assignments to carrier fields whose root is not a variable (f().Secure = false).
	unbound []*fieldAssign
	// calls lists the calls of each same-package function that returns a carrier, with the
	// variable each result is bound to.
	calls map[*types.Func][]binding
	// returned maps a variable to the same-package function that returns it.
	returned map[types.Object]*types.Func
	// clientUses counts, per variable, its uses as a client-side cookie ((*Request).AddCookie,
	// or an element of a slice given to a CookieJar's SetCookies).
	clientUses map[types.Object]int
	// useCounts counts every use of a variable; built on demand.
	useCounts map[types.Object]int
}

// fieldAssign is an assignment to a field path rooted at a variable: root.path[0].path[1] = rhs.
type fieldAssign struct {
	root  types.Object
	path  []*types.Var // the selected fields, outermost first
	lhs   *ast.SelectorExpr
	rhs   ast.Expr
	file  *ast.File
	owned bool // judged as part of a carrier instance
}

// binding is a call or literal and the variable its value is bound to (nil when none).
type binding struct {
	node ast.Node
	obj  types.Object
}

// collect indexes the package in one traversal and records every carrier.
func (c *checker) collect(insp *inspector.Inspector) {
	c.assigns = make(map[types.Object][]*fieldAssign)
	c.calls = make(map[*types.Func][]binding)
	c.returned = make(map[types.Object]*types.Func)
	c.clientUses = make(map[types.Object]int)

	filter := []ast.Node{
		(*ast.AssignStmt)(nil),
		(*ast.CallExpr)(nil),
		(*ast.CompositeLit)(nil),
		(*ast.ReturnStmt)(nil),
		(*ast.ValueSpec)(nil),
	}
	for fileCur := range insp.Root().Children() {
		file, ok := fileCur.Node().(*ast.File)
		if !ok || c.skipFile(file) {
			continue
		}
		for cur := range fileCur.Preorder(filter...) {
			switch n := cur.Node().(type) {
			case *ast.AssignStmt:
				c.indexAssign(n, file)
			case *ast.CallExpr:
				c.indexCall(cur, n, file)
			case *ast.CompositeLit:
				c.literal(cur, n, file)
			case *ast.ReturnStmt:
				c.indexReturn(cur, n)
			case *ast.ValueSpec:
				c.varDecl(n, file)
			}
		}
	}
}

// skipFile reports whether file is a test file and tests are not included.
func (c *checker) skipFile(file *ast.File) bool {
	if c.cfg.IncludeTests {
		return false
	}
	name := c.pass.Fset.File(file.FileStart)
	return name != nil && strings.HasSuffix(name.Name(), "_test.go")
}

// indexAssign records assignments to fields of carriers.
func (c *checker) indexAssign(n *ast.AssignStmt, file *ast.File) {
	for i, lhs := range n.Lhs {
		sel, ok := unparen(lhs).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		root, path := c.fieldPath(sel)
		if len(path) == 0 {
			continue // not a field selection
		}
		fa := &fieldAssign{root: root, path: path, lhs: sel, file: file}
		if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
			fa.rhs = n.Rhs[i]
		}
		if root != nil {
			c.assigns[root] = append(c.assigns[root], fa)
		} else if modelOfType(c.pass.TypesInfo.TypeOf(sel.X)) != nil {
			c.unbound = append(c.unbound, fa)
		}
	}
}

// fieldPath resolves a selector chain v.f1.f2 to its root variable (nil if the chain does
// not start at a variable) and the selected fields.
func (c *checker) fieldPath(sel *ast.SelectorExpr) (types.Object, []*types.Var) {
	var path []*types.Var
	var e ast.Expr = sel
	for {
		s, ok := unparen(e).(*ast.SelectorExpr)
		if !ok {
			break
		}
		selection := c.pass.TypesInfo.Selections[s]
		if selection == nil || selection.Kind() != types.FieldVal {
			return nil, nil // a qualified identifier or a method
		}
		field, _ := selection.Obj().(*types.Var)
		path = append([]*types.Var{field}, path...)
		e = s.X
	}
	if star, ok := unparen(e).(*ast.StarExpr); ok {
		e = star.X
	}
	id, ok := unparen(e).(*ast.Ident)
	if !ok {
		return nil, path
	}
	obj, _ := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if obj == nil {
		return nil, path
	}
	return obj, path
}

// indexCall records new(T) carriers, client-side uses and calls of carrier-returning helpers.
func (c *checker) indexCall(cur inspector.Cursor, call *ast.CallExpr, file *ast.File) {
	info := c.pass.TypesInfo
	if id, ok := unparen(call.Fun).(*ast.Ident); ok && len(call.Args) == 1 {
		if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "new" {
			if m := modelOfType(info.TypeOf(call.Args[0])); m != nil {
				c.addStruct(m, cur, call.Args[0], nil, file)
			}
			return
		}
	}
	fn := calleeFunc(info, call)
	if fn == nil {
		return
	}
	if c.isClientCall(fn) {
		for _, arg := range call.Args {
			c.countClientUse(arg)
		}
	}
	if fn.Pkg() == c.pass.Pkg && returnsCarrier(fn) {
		c.calls[fn] = append(c.calls[fn], binding{node: call, obj: c.boundVar(cur)})
	}
}

// isClientCall reports whether fn sends cookies to a server rather than to a browser:
// (*http.Request).AddCookie, or SetCookies of a type implementing http.CookieJar.
func (c *checker) isClientCall(fn *types.Func) bool {
	if isMethod(fn, "net/http", "Request", "AddCookie") {
		return true
	}
	if fn.Name() != "SetCookies" {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil {
		return false
	}
	jar := lookupType(c.pass.Pkg, "net/http", "CookieJar")
	if jar == nil {
		return false
	}
	iface, _ := jar.Underlying().(*types.Interface)
	recv := sig.Recv().Type()
	return iface != nil && (types.Implements(recv, iface) || types.Implements(types.NewPointer(recv), iface))
}

// countClientUse counts a variable, or each variable in a slice literal, given to a
// client-side call.
func (c *checker) countClientUse(arg ast.Expr) {
	arg = unparen(arg)
	if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
		arg = unparen(u.X)
	}
	switch arg := arg.(type) {
	case *ast.Ident:
		if obj := c.pass.TypesInfo.Uses[arg]; obj != nil {
			c.clientUses[obj]++
		}
	case *ast.CompositeLit:
		for _, elt := range arg.Elts {
			c.countClientUse(elt)
		}
	}
}

// lookupType finds the named type path.name among pkg's imports (or pkg itself).
func lookupType(pkg *types.Package, path, name string) types.Type {
	if pkg.Path() == path {
		if obj, ok := pkg.Scope().Lookup(name).(*types.TypeName); ok {
			return obj.Type()
		}
	}
	for _, imp := range pkg.Imports() {
		if imp.Path() == path {
			if obj, ok := imp.Scope().Lookup(name).(*types.TypeName); ok {
				return obj.Type()
			}
		}
	}
	return nil
}

// returnsCarrier reports whether fn's first result is a carrier type.
func returnsCarrier(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.Results().Len() > 0 && modelOfType(sig.Results().At(0).Type()) != nil
}

// indexReturn records variables returned by same-package functions.
func (c *checker) indexReturn(cur inspector.Cursor, ret *ast.ReturnStmt) {
	fn := enclosingFuncDecl(c.pass.TypesInfo, cur)
	if fn == nil || len(ret.Results) == 0 {
		return
	}
	res := unparen(ret.Results[0])
	if u, ok := res.(*ast.UnaryExpr); ok && u.Op == token.AND {
		res = unparen(u.X)
	}
	if id, ok := res.(*ast.Ident); ok {
		if obj, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && modelOfType(obj.Type()) != nil {
			c.returned[obj] = fn
		}
	}
}

// enclosingFuncDecl returns the function declared by the innermost enclosing FuncDecl, or
// nil if the innermost function is a literal (function literals are their own function).
func enclosingFuncDecl(info *types.Info, cur inspector.Cursor) *types.Func {
	for enc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if decl, ok := enc.Node().(*ast.FuncDecl); ok {
			fn, _ := info.Defs[decl.Name].(*types.Func)
			return fn
		}
		return nil
	}
	return nil
}

// literal records a composite literal of a carrier type.
func (c *checker) literal(cur inspector.Cursor, lit *ast.CompositeLit, file *ast.File) {
	m := modelOfType(c.pass.TypesInfo.TypeOf(lit))
	if m == nil {
		return
	}
	var at ast.Node = lit.Type
	if lit.Type == nil {
		at = braceNode{lit.Lbrace} // an elided type in a slice or map literal
	}
	c.addStruct(m, cur, at, lit, file)
}

// varDecl records var x T declarations without a value.
func (c *checker) varDecl(spec *ast.ValueSpec, file *ast.File) {
	if spec.Type == nil || len(spec.Values) > 0 {
		return
	}
	m := modelOfType(c.pass.TypesInfo.TypeOf(spec.Type))
	if m == nil {
		return
	}
	if _, isPtr := types.Unalias(c.pass.TypesInfo.TypeOf(spec.Type)).(*types.Pointer); isPtr {
		return // var c *http.Cookie holds no cookie yet
	}
	for _, name := range spec.Names {
		inst := c.newInstance(m, spec.Type, nil, file)
		inst.obj = c.pass.TypesInfo.Defs[name]
		c.carriers = append(c.carriers, inst)
	}
}

// addStruct records a struct carrier at cur (a literal or a new call).
func (c *checker) addStruct(m *model, cur inspector.Cursor, at ast.Node, lit *ast.CompositeLit, file *ast.File) {
	inst := c.newInstance(m, at, lit, file)
	inst.obj = c.boundVar(cur)
	inst.client = c.isClientArg(cur)
	if inst.obj == nil {
		inst.helper = c.returnedBy(cur)
	}
	c.carriers = append(c.carriers, inst)
}

// boundVar returns the variable that the value at cur (possibly behind &) is assigned to.
func (c *checker) boundVar(cur inspector.Cursor) types.Object {
	cur = skipAddr(cur)
	k, i := cur.ParentEdge()
	var id *ast.Ident
	switch k {
	case edge.AssignStmt_Rhs:
		as := cur.Parent().Node().(*ast.AssignStmt)
		if len(as.Lhs) == len(as.Rhs) {
			id, _ = unparen(as.Lhs[i]).(*ast.Ident)
		}
	case edge.ValueSpec_Values:
		spec := cur.Parent().Node().(*ast.ValueSpec)
		if len(spec.Names) == len(spec.Values) {
			id = spec.Names[i]
		}
	}
	if id == nil || id.Name == "_" {
		return nil
	}
	return c.pass.TypesInfo.ObjectOf(id)
}

// skipAddr moves cur from x to &x, if x's address is taken.
func skipAddr(cur inspector.Cursor) inspector.Cursor {
	for {
		k, _ := cur.ParentEdge()
		if k == edge.UnaryExpr_X && cur.Parent().Node().(*ast.UnaryExpr).Op == token.AND || k == edge.ParenExpr_X {
			cur = cur.Parent()
			continue
		}
		return cur
	}
}

// isClientArg reports whether the value at cur is given directly to a client-side call,
// possibly as an element of a slice literal.
func (c *checker) isClientArg(cur inspector.Cursor) bool {
	cur = skipAddr(cur)
	for cur.ParentEdgeKind() == edge.CompositeLit_Elts {
		cur = skipAddr(cur.Parent())
	}
	if cur.ParentEdgeKind() != edge.CallExpr_Args {
		return false
	}
	fn := calleeFunc(c.pass.TypesInfo, cur.Parent().Node().(*ast.CallExpr))
	return fn != nil && c.isClientCall(fn)
}

// returnedBy returns the same-package function whose return statement yields the value at cur.
func (c *checker) returnedBy(cur inspector.Cursor) *types.Func {
	cur = skipAddr(cur)
	if k, i := cur.ParentEdge(); k != edge.ReturnStmt_Results || i != 0 {
		return nil
	}
	return enclosingFuncDecl(c.pass.TypesInfo, cur)
}

// braceNode is a one-character node at an opening brace, for literals without a type.
type braceNode struct{ pos token.Pos }

func (b braceNode) Pos() token.Pos { return b.pos }
func (b braceNode) End() token.Pos { return b.pos + 1 }
