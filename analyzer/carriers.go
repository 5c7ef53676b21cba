package analyzer

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// checker holds the state of one pass: an index of the package built in one traversal, and
// the carriers found in it. Nothing outlives the pass.
type checker struct {
	pass         *analysis.Pass
	insp         *inspector.Inspector
	cfg          *Config
	sessionNames *regexp.Regexp
	rep          *reporter

	carriers []*instance
	// assigns lists, per variable, the assignments to its fields (c.Secure = ..., s.Options.X = ...).
	assigns map[types.Object][]*fieldAssign
	// unbound lists assignments to carrier fields whose root is not a variable (f().Secure = false).
	unbound []*fieldAssign
	// byField lists, per field of the package's own struct types, the assignments through it.
	byField map[*types.Var][]*fieldAssign
	// passes lists, per variable, the calls it (or a field of it) is given to as an argument
	// of a modelled type (harden(c), hardenOptions(store.Options)): the settings the callee
	// makes on its parameter complete the carrier.
	passes map[types.Object][]passing
	// setsFacts memoizes the setsFacts of other packages' functions (nil: none).
	setsFacts map[*types.Func]*setsFact
	// methodCalls lists, per variable, the calls of modelled libraries' methods on it
	// (store.MaxAge(n), c.SetSameSite(m), h.SetBaseCookie(c)). Like assigns, in source order.
	methodCalls map[types.Object][]*ast.CallExpr
	// options lists the calls of option functions (csrf.Secure(false)), to judge those that
	// are not an argument of their carrier's call.
	options []*ast.CallExpr
	// ownedOptions are the option calls judged as part of a carrier.
	ownedOptions map[*ast.CallExpr]bool
	// calls lists the calls of each same-package function that returns a carrier, or a
	// value of the package's own struct type holding one, with the variable each result is
	// bound to.
	calls map[*types.Func][]binding
	// holderSets lists, per variable, the fields of the program's struct types holding a
	// library value that are assigned as a whole on it (s.options = &o).
	holderSets map[types.Object][]*types.Var
	// calledOn lists, per variable, the methods called on it.
	calledOn map[types.Object][]*types.Func
	// deferred are the defaultsFacts of the package's constructors; defaultsFacts memoizes
	// those of other packages' functions (nil: none).
	deferred      map[*types.Func]*defaultsFact
	defaultsFacts map[*types.Func]*defaultsFact
	// callersOf lists the functions of the package that call each function of the package;
	// built on demand.
	callersOf map[*types.Func][]*types.Func
	// defaultCalls are the calls of other packages' store constructors whose default
	// options their callers must replace (a defaultsFact).
	defaultCalls []defaultCall
	// returned maps a variable to the same-package function that returns it.
	returned map[types.Object]*types.Func
	// clientUses counts, per variable, its uses as a client-side cookie ((*Request).AddCookie,
	// or an element of a slice given to a CookieJar's SetCookies).
	clientUses map[types.Object]int
	// useCounts counts every use of a variable; built on demand.
	useCounts map[types.Object]int
	// csrfVars are variables given to a CSRF library as its cookie.
	csrfVars map[types.Object]bool
	// timeVars holds the value of each time.Time variable assigned once (nil: unknown).
	timeVars map[types.Object]ast.Expr
	// pkgNameUses counts the uses of each file's imports; built on demand for fixes.
	pkgNameUses map[*types.PkgName]int
	// anyValues and overrideCache memoize the settings made on every value of a type.
	anyValues     map[typeRef][]binding
	overrideCache map[overrideKey][]source
	// versions holds, per versioned row, the row of the release the package builds against.
	versions map[*model]*model
	// appSettings are the app settings the package sees, for the config category (settings.go).
	appSettings *settings
}

// fieldAssign is an assignment to a field path rooted at a variable: root.path[0].path[1] = rhs.
type fieldAssign struct {
	root  types.Object
	path  []*types.Var // the selected fields, outermost first
	lhs   *ast.SelectorExpr
	rhs   ast.Expr // nil for op-assignments and tuple assignments
	owned bool     // judged as part of a carrier instance
	// conditional: made under a condition decided at run time, so a constant value is a
	// run-time opt-in (RULES.md: constant false under a run-time condition).
	conditional bool
}

// binding is a value and where it is stored: a variable, or a field path of a variable
// (store.Options = &sessions.Options{...}). When a variable holds several carriers in turn,
// each owns the settings made from its own binding [from] to the next one [to).
type binding struct {
	obj      types.Object
	path     []string
	from, to token.Pos
	// sub, instead of path, says that obj holds a part of the carrier: the value at the
	// carrier's fields sub (a *sessions.Options parameter given store.Options).
	sub []string
	// anchor, instead of obj, is a field of one of the package's own struct types that holds
	// the value (s.store = sessions.NewCookieStore(k)): settings made through that field on
	// any value of the struct count (s.store.Options.HttpOnly = true in another method).
	// path is then relative to the field.
	anchor *types.Var
}

// splitRebound gives each carrier stored in the same variable in turn
// (c = &http.Cookie{...}; ...; c = &http.Cookie{...}) the settings made after it and before
// the next: the first also owns those made before it.
func (c *checker) splitRebound() {
	byVar := make(map[types.Object][]*instance)
	for _, inst := range c.carriers {
		if b := inst.bound; b.obj != nil && len(b.path) == 0 && inst.model.recv == "" {
			byVar[b.obj] = append(byVar[b.obj], inst)
		}
	}
	for _, insts := range byVar {
		if len(insts) < 2 {
			continue
		}
		slices.SortFunc(insts, func(a, b *instance) int { return cmp.Compare(a.at.Pos(), b.at.Pos()) })
		for i, inst := range insts {
			if i > 0 {
				inst.bound.from = inst.at.Pos()
			}
			if i+1 < len(insts) {
				inst.bound.to = insts[i+1].at.Pos()
			}
		}
	}
}

// collect indexes the package in one traversal and records every carrier.
func (c *checker) collect(insp *inspector.Inspector) {
	c.insp = insp
	c.assigns = make(map[types.Object][]*fieldAssign)
	c.byField = make(map[*types.Var][]*fieldAssign)
	c.passes = make(map[types.Object][]passing)
	c.setsFacts = make(map[*types.Func]*setsFact)
	c.methodCalls = make(map[types.Object][]*ast.CallExpr)
	c.ownedOptions = make(map[*ast.CallExpr]bool)
	c.calls = make(map[*types.Func][]binding)
	c.holderSets = make(map[types.Object][]*types.Var)
	c.calledOn = make(map[types.Object][]*types.Func)
	c.deferred = make(map[*types.Func]*defaultsFact)
	c.defaultsFacts = make(map[*types.Func]*defaultsFact)
	c.returned = make(map[types.Object]*types.Func)
	c.clientUses = make(map[types.Object]int)
	c.csrfVars = make(map[types.Object]bool)
	c.timeVars = make(map[types.Object]ast.Expr)
	c.anyValues = make(map[typeRef][]binding)
	c.overrideCache = make(map[overrideKey][]source)

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
				c.indexAssign(cur, n)
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
	c.globalCarriers()
}

// skipFile reports whether file is a test file and tests are not included.
func (c *checker) skipFile(file *ast.File) bool { return !c.rep.analyzes(file) }

// indexAssign records assignments to fields.
func (c *checker) indexAssign(cur inspector.Cursor, n *ast.AssignStmt) {
	for i, lhs := range n.Lhs {
		if id, ok := lhs.(*ast.Ident); ok {
			var rhs ast.Expr
			if len(n.Lhs) == len(n.Rhs) {
				rhs = n.Rhs[i]
			}
			c.indexTimeVar(id, rhs, n.Tok == token.DEFINE)
			continue
		}
		sel, ok := unparen(lhs).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		root, path := c.fieldPath(sel)
		if root != nil && len(path) > 0 && holdsLibraryValue(path[len(path)-1]) {
			c.holderSets[root] = append(c.holderSets[root], path[len(path)-1])
		}
		if !modelledPath(path) {
			continue // not a field of a modelled library's type
		}
		fa := &fieldAssign{root: root, path: path, lhs: sel, conditional: c.underCondition(cur)}
		if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
			fa.rhs = n.Rhs[i]
		}
		if root != nil {
			c.assigns[root] = append(c.assigns[root], fa)
		} else if structModelOf(c.pass.TypesInfo.TypeOf(sel.X)) != nil {
			c.unbound = append(c.unbound, fa)
		}
		for _, f := range path {
			if f != nil && f.Pkg() == c.pass.Pkg {
				c.byField[f] = append(c.byField[f], fa)
			}
		}
	}
}

// underCondition reports whether the statement at cur runs only when a condition decided at
// run time holds: it is in the body of an if, a switch case or a select case, within its
// function, whose condition is not a constant (if cfg.Insecure { c.Secure = false }).
func (c *checker) underCondition(cur inspector.Cursor) bool {
	for ; ; cur = cur.Parent() {
		switch cur.ParentEdgeKind() {
		case edge.IfStmt_Body, edge.IfStmt_Else:
			if constValue(c.pass.TypesInfo, cur.Parent().Node().(*ast.IfStmt).Cond) == nil {
				return true
			}
		case edge.CaseClause_Body:
			if !c.constantCase(cur.Parent()) {
				return true
			}
		case edge.CommClause_Body:
			return true
		case edge.FuncDecl_Body, edge.FuncLit_Body, edge.Invalid:
			return false
		}
	}
}

// constantCase reports whether the switch case clause at cur is chosen by constants only:
// a constant tag and constant case values (or a tagless switch with constant conditions).
func (c *checker) constantCase(clause inspector.Cursor) bool {
	sw, ok := clause.Parent().Parent().Node().(*ast.SwitchStmt) // clause, block, switch
	if !ok {
		return false // a type switch
	}
	if sw.Tag != nil && constValue(c.pass.TypesInfo, sw.Tag) == nil {
		return false
	}
	for _, cc := range sw.Body.List {
		for _, e := range cc.(*ast.CaseClause).List {
			if constValue(c.pass.TypesInfo, e) == nil {
				return false
			}
		}
	}
	return true
}

// indexTimeVar records the value of a local time.Time variable set once
// (expiration := time.Now().Add(30 * 24 * time.Hour)), so that Expires: expiration is judged
// like the expression itself; a second assignment makes the value unknown.
func (c *checker) indexTimeVar(id *ast.Ident, value ast.Expr, define bool) {
	obj, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || !isNamed(obj.Type(), "time", "Time") {
		return
	}
	if _, seen := c.timeVars[obj]; seen || !define || c.pass.TypesInfo.Defs[id] == nil {
		c.timeVars[obj] = nil
		return
	}
	c.timeVars[obj] = value
}

// modelledPath reports whether a field path goes through a field declared by a library of
// the table (c.Secure, store.Options.HttpOnly, sm.Cookie.Secure).
func modelledPath(path []*types.Var) bool {
	for _, f := range path {
		if f != nil && f.Pkg() != nil && modelPaths[f.Pkg().Path()] {
			return true
		}
	}
	return false
}

// fieldPath resolves a selector chain v.f1.f2 to its root variable (nil if the chain does
// not start at a variable) and the selected fields. The root may be a package-level variable
// of another package (middleware.DefaultCSRFConfig.CookieSecure).
func (c *checker) fieldPath(sel *ast.SelectorExpr) (types.Object, []*types.Var) {
	info := c.pass.TypesInfo
	var path []*types.Var
	var e ast.Expr = sel
	for {
		s, ok := unparen(e).(*ast.SelectorExpr)
		if !ok {
			break
		}
		selection := info.Selections[s]
		if selection == nil {
			// A qualified identifier: the root is the other package's variable.
			if v, ok := info.Uses[s.Sel].(*types.Var); ok && len(path) > 0 {
				return v, path
			}
			return nil, nil
		}
		if selection.Kind() != types.FieldVal {
			return nil, nil // a method value
		}
		field, _ := selection.Obj().(*types.Var)
		path = append([]*types.Var{field}, path...)
		e = s.X
	}
	if star, ok := unparen(e).(*ast.StarExpr); ok {
		e = star.X
	}
	if id, ok := unparen(e).(*ast.Ident); ok {
		if obj, ok := info.ObjectOf(id).(*types.Var); ok {
			return obj, path
		}
	}
	return nil, path
}

// indexCall records call carriers, new(T) carriers, method calls on variables, option calls,
// client-side uses and calls of carrier-returning helpers.
func (c *checker) indexCall(cur inspector.Cursor, call *ast.CallExpr, file *ast.File) {
	info := c.pass.TypesInfo
	if id, ok := unparen(call.Fun).(*ast.Ident); ok && len(call.Args) == 1 {
		if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "new" {
			// new(T) makes an empty carrier; new(expr) (Go 1.26) copies a value judged itself.
			if tv, ok := info.Types[call.Args[0]]; !ok || !tv.IsType() {
				return
			}
			if m := structModelOf(info.TypeOf(call.Args[0])); m != nil {
				c.addCarrier(&instance{model: m, at: call.Args[0], file: file}, cur)
			}
			return
		}
	}
	callee := typeutil.Callee(info, call)
	if callee == nil || callee.Pkg() == nil {
		return
	}
	if _, ok := optionRows[callee.Pkg().Path()+"."+callee.Name()]; ok {
		c.options = append(c.options, call)
	}
	fn, _ := callee.(*types.Func)
	if fn == nil {
		return
	}
	if m := callModelOf(fn); m != nil && m.shape == shapeCall && !(m.configured && len(call.Args) > 0) {
		c.addCarrier(&instance{model: m, at: call.Fun, call: call, file: file}, cur)
	}
	if modelPaths[fn.Pkg().Path()] {
		if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok && fn.Type().(*types.Signature).Recv() != nil {
			if id, ok := unparen(sel.X).(*ast.Ident); ok {
				if obj, ok := info.Uses[id].(*types.Var); ok {
					c.methodCalls[obj] = append(c.methodCalls[obj], call)
				}
			}
		}
	}
	if c.isClientCall(fn) {
		for _, arg := range call.Args {
			c.countClientUse(arg)
		}
	}
	if isCSRFSink(fn) {
		for _, arg := range call.Args {
			if id, ok := unparen(arg).(*ast.Ident); ok && info.Uses[id] != nil {
				c.csrfVars[info.Uses[id]] = true
			}
		}
	}
	if fn.Pkg() == c.pass.Pkg && (returnsCarrier(fn) || c.returnsHolder(fn)) {
		c.calls[fn] = append(c.calls[fn], c.boundTo(cur))
	}
	if recv := receiverVar(info, call); recv != nil && fn.Type().(*types.Signature).Recv() != nil {
		c.calledOn[recv] = append(c.calledOn[recv], fn)
	}
	if fn.Pkg() != c.pass.Pkg && !modelPaths[fn.Pkg().Path()] {
		if f := c.defaultsOf(fn); f != nil {
			c.defaultCalls = append(c.defaultCalls, defaultCall{call: call, fact: f, bound: c.boundTo(cur)})
		}
	}
	if !modelPaths[fn.Pkg().Path()] {
		for i, arg := range call.Args {
			if paramAt(fn, i, call) == nil {
				continue
			}
			if root, path := c.argPath(arg); root != nil {
				c.passes[root] = append(c.passes[root], passing{path: path, fn: fn, index: i, call: call})
			}
		}
	}
}

// argPath resolves an argument c, &c, store.Options or &s.cfg.Cookie to its variable and
// the fields selected from it.
func (c *checker) argPath(arg ast.Expr) (types.Object, []string) {
	switch e := unparen(stripAddr(arg)).(type) {
	case *ast.Ident:
		if obj, ok := c.pass.TypesInfo.Uses[e].(*types.Var); ok {
			return obj, nil
		}
	case *ast.SelectorExpr:
		if root, path := c.fieldPath(e); root != nil && len(path) > 0 && !slices.Contains(path, nil) {
			return root, fieldNames(path)
		}
	}
	return nil, nil
}

// stripAddr removes a leading & from e.
func stripAddr(e ast.Expr) ast.Expr {
	if u, ok := unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		return u.X
	}
	return e
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
	if obj := lookupObject(pkg, path, name); obj != nil {
		if tn, ok := obj.(*types.TypeName); ok {
			return tn.Type()
		}
	}
	return nil
}

// lookupObject finds the package-level object path.name among pkg's imports (or pkg itself).
func lookupObject(pkg *types.Package, path, name string) types.Object {
	if pkg.Path() == path {
		return pkg.Scope().Lookup(name)
	}
	for _, imp := range pkg.Imports() {
		if imp.Path() == path {
			return imp.Scope().Lookup(name)
		}
	}
	return nil
}

// returnsCarrier reports whether fn's first result is a type of a modelled library, so that
// what it returns may be a carrier completed by its callers.
func returnsCarrier(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() == 0 {
		return false
	}
	n := namedOf(sig.Results().At(0).Type())
	return n != nil && n.Obj().Pkg() != nil && modelPaths[n.Obj().Pkg().Path()]
}

// indexReturn records variables returned by same-package functions.
func (c *checker) indexReturn(cur inspector.Cursor, ret *ast.ReturnStmt) {
	if len(ret.Results) == 0 {
		return
	}
	res := unparen(ret.Results[0])
	if u, ok := res.(*ast.UnaryExpr); ok && u.Op == token.AND {
		res = unparen(u.X)
	}
	id, ok := res.(*ast.Ident)
	if !ok {
		return
	}
	if obj, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok {
		if fn := enclosingFuncDecl(c.pass.TypesInfo, cur); fn != nil {
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
	m := structModelOf(c.pass.TypesInfo.TypeOf(lit))
	if m == nil {
		return
	}
	var at ast.Node = lit.Type
	if lit.Type == nil {
		at = braceNode{lit.Lbrace} // an elided type in a slice or map literal
	}
	inst := &instance{model: m, at: at, lit: lit, file: file, cur: cur}
	inst.wrapper, inst.wrapRow = c.wrappedBy(cur)
	inst.holder = c.heldIn(cur)
	if arg := skipAddr(cur); arg.ParentEdgeKind() == edge.CallExpr_Args {
		call := arg.Parent().Node().(*ast.CallExpr)
		if fn := calleeFunc(c.pass.TypesInfo, call); fn != nil && fn.Pkg() != nil && !modelPaths[fn.Pkg().Path()] {
			if i := arg.ParentEdgeIndex(); paramAt(fn, i, call) != nil {
				inst.given = &passing{fn: fn, index: i, call: call}
			}
		}
	}
	c.addCarrier(inst, cur)
	if call, ok := c.configures(cur); ok && inst.bound.obj == nil {
		// session.New(session.Config{...}) returns a store embedding the config: settings
		// made on the store later complete the literal.
		inst.bound = c.boundTo(call)
	}
}

// configures returns the call of a configured row (session.New) that takes the literal at
// cur as its configuration.
func (c *checker) configures(cur inspector.Cursor) (inspector.Cursor, bool) {
	cur = skipAddr(cur)
	if cur.ParentEdgeKind() != edge.CallExpr_Args {
		return inspector.Cursor{}, false
	}
	call := cur.Parent()
	fn := calleeFunc(c.pass.TypesInfo, call.Node().(*ast.CallExpr))
	if fn == nil {
		return inspector.Cursor{}, false
	}
	row := callModelOf(fn)
	return call, row != nil && row.configured
}

// wrappedBy returns the call of a shapeWrap row that sends the literal at cur, if any.
func (c *checker) wrappedBy(cur inspector.Cursor) (*ast.CallExpr, *model) {
	cur = skipAddr(cur)
	k, i := cur.ParentEdge()
	if k != edge.CallExpr_Args {
		return nil, nil
	}
	call := cur.Parent().Node().(*ast.CallExpr)
	if fn := calleeFunc(c.pass.TypesInfo, call); fn != nil {
		if row := callModelOf(fn); row != nil && row.shape == shapeWrap && row.cookieArg == i+1 {
			return call, row
		}
	}
	return nil, nil
}

// varDecl records var x T declarations without a value, and the values of time variables.
func (c *checker) varDecl(spec *ast.ValueSpec, file *ast.File) {
	if len(spec.Values) == len(spec.Names) {
		for i, name := range spec.Names {
			c.indexTimeVar(name, spec.Values[i], true)
		}
	}
	if spec.Type == nil || len(spec.Values) > 0 {
		return
	}
	t := c.pass.TypesInfo.TypeOf(spec.Type)
	m := structModelOf(t)
	if m == nil {
		return
	}
	if _, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		return // var c *http.Cookie holds no cookie yet
	}
	for _, name := range spec.Names {
		inst := &instance{model: m, at: spec.Type, file: file}
		if obj := c.pass.TypesInfo.Defs[name]; obj != nil {
			inst.bound = binding{obj: obj}
		}
		c.carriers = append(c.carriers, inst)
	}
}

// addCarrier records a carrier at cur (a literal or a call) with what it is bound to.
func (c *checker) addCarrier(inst *instance, cur inspector.Cursor) {
	inst.bound = c.boundTo(cur)
	inst.client = c.isClientArg(cur)
	if inst.bound.obj == nil {
		inst.helper = c.returnedBy(cur)
	}
	inst.csrfArg = c.isCSRFArg(cur)
	if inst.call != nil {
		if k := cur.Parent().ParentEdgeKind(); cur.ParentEdgeKind() == edge.ExprStmt_X &&
			(k == edge.BlockStmt_List || k == edge.CaseClause_Body || k == edge.CommClause_Body) {
			inst.stmt = cur.Parent().Node().(*ast.ExprStmt)
		}
	}
	if m := inst.model; m.recv != "" && inst.call != nil {
		// A method row's later settings are made on its receiver (c.SetSameSite).
		if sel, ok := unparen(inst.call.Fun).(*ast.SelectorExpr); ok {
			if id, ok := unparen(sel.X).(*ast.Ident); ok {
				inst.bound = binding{obj: c.pass.TypesInfo.Uses[id]}
			}
		}
	}
	c.carriers = append(c.carriers, inst)
}

// boundTo returns where the value at cur (possibly behind &) is stored.
func (c *checker) boundTo(cur inspector.Cursor) binding {
	cur = skipAddr(cur)
	k, i := cur.ParentEdge()
	var lhs ast.Expr
	switch k {
	case edge.AssignStmt_Rhs:
		as := cur.Parent().Node().(*ast.AssignStmt)
		if len(as.Lhs) == len(as.Rhs) {
			lhs = as.Lhs[i]
		} else if len(as.Rhs) == 1 {
			lhs = c.carrierResult(as.Lhs) // store, err := redis.NewStore(...)
		}
	case edge.ValueSpec_Values:
		spec := cur.Parent().Node().(*ast.ValueSpec)
		if len(spec.Names) == len(spec.Values) {
			lhs = spec.Names[i]
		} else if len(spec.Values) == 1 {
			lhs = c.carrierResult(identExprs(spec.Names))
		}
	}
	switch lhs := unparen(lhs).(type) {
	case *ast.Ident:
		if lhs.Name != "_" {
			if obj := c.pass.TypesInfo.ObjectOf(lhs); obj != nil {
				return binding{obj: obj}
			}
		}
	case *ast.SelectorExpr:
		root, path := c.fieldPath(lhs)
		if len(path) > 0 && path[0] != nil && path[0].Pkg() == c.pass.Pkg {
			return binding{anchor: path[0], path: fieldNames(path[1:])}
		}
		if root != nil {
			return binding{obj: root, path: fieldNames(path)}
		}
	}
	return binding{}
}

// carrierResult picks, among the variables a multi-valued call is assigned to, the one that
// holds the carrier: the first that is neither a function (a handler) nor an error.
func (c *checker) carrierResult(lhs []ast.Expr) ast.Expr {
	for _, e := range lhs {
		t := c.pass.TypesInfo.TypeOf(e)
		if t == nil {
			continue
		}
		if _, isFunc := t.Underlying().(*types.Signature); isFunc || types.Identical(t, types.Universe.Lookup("error").Type()) {
			continue
		}
		return e
	}
	return nil
}

func identExprs(ids []*ast.Ident) []ast.Expr {
	out := make([]ast.Expr, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// skipAddr moves cur from x to &x or (x).
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

// isCSRFArg reports whether the value at cur is the cookie given to a CSRF library's method
// (nosurf's SetBaseCookie): a CSRF token cookie.
func (c *checker) isCSRFArg(cur inspector.Cursor) bool {
	cur = skipAddr(cur)
	if cur.ParentEdgeKind() != edge.CallExpr_Args {
		return false
	}
	return isCSRFSink(calleeFunc(c.pass.TypesInfo, cur.Parent().Node().(*ast.CallExpr)))
}

// isCSRFSink reports whether fn takes the cookie of a CSRF library (nosurf's SetBaseCookie).
func isCSRFSink(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	for _, row := range models {
		if row.csrf && row.pkg == fn.Pkg().Path() && slices.Contains(row.replacedBy, fn.Name()) {
			return true
		}
	}
	return false
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
