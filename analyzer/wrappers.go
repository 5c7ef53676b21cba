package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

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
	return holdsLibraryValue(f) && f.Pkg() == c.pass.Pkg
}

// holdsLibraryValue reports whether f is a field of one of the program's struct types (not a
// library's) whose type is a library's.
func holdsLibraryValue(f *types.Var) bool {
	return f != nil && f.IsField() && f.Pkg() != nil && !modelPaths[f.Pkg().Path()] && modelledType(f.Type())
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
	ctor := c.defaultCtor(inst)
	if ctor == nil || len(c.calls[ctor]) == 0 {
		return false // built outside the package, or not by a function: judged as written
	}
	for _, b := range c.calls[ctor] {
		if b.obj == nil || !c.replacesHolder(b.obj, []*types.Var{inst.holder}, nil) {
			return false
		}
	}
	return true
}

// defaultCtor returns the function that stores inst, a literal, as a default in a field of
// the package's own struct, or nil.
func (c *checker) defaultCtor(inst *instance) *types.Func {
	if inst.holder == nil || inst.cur.Inspector() == nil {
		return nil
	}
	return enclosingFuncDecl(c.pass.TypesInfo, inst.cur)
}

// replacesHolder reports whether one of fields is assigned as a whole on obj, directly or by
// a method of the package called on obj, or whether a method named in setters is called on
// obj.
func (c *checker) replacesHolder(obj types.Object, fields []*types.Var, setters []string) bool {
	for _, f := range c.holderSets[obj] {
		if slices.Contains(fields, f) || slices.Contains(setters, f.Name()) {
			return true
		}
	}
	for _, m := range c.calledOn[obj] {
		if slices.Contains(setters, m.Name()) {
			return true
		}
		if recv := m.Type().(*types.Signature).Recv(); recv != nil && m.Pkg() == c.pass.Pkg {
			for _, f := range c.holderSets[recv] {
				if slices.Contains(fields, f) {
					return true
				}
			}
		}
	}
	return false
}

// An exported constructor whose store no code of its own package builds leaves the judging
// of its default to its callers, in other packages, when its package has a setter that
// replaces the default (RULES.md: "or report at the setter's callers instead"): the
// constructor gets a defaultsFact with what is wrong with the default, and a call whose
// result never gets the setter called (or the field assigned) is reported.

// defaultsFact is the object fact of such a constructor.
type defaultsFact struct {
	Setters  []string // the methods (and the field) that replace the default
	At       string   // where the default literal is, file:line
	Findings []defaultFinding
}

// defaultFinding is one problem of a deferred default.
type defaultFinding struct{ Category, Message string }

func (*defaultsFact) AFact() {}

func (f *defaultsFact) String() string {
	cats := make([]string, len(f.Findings))
	for i, d := range f.Findings {
		cats[i] = d.Category
	}
	return fmt.Sprintf("defaults(%s: %s)", strings.Join(f.Setters, " "), strings.Join(cats, " "))
}

// defaultCall is a call of another package's constructor with a defaultsFact.
type defaultCall struct {
	call  *ast.CallExpr
	fact  *defaultsFact
	bound binding
}

// deferDefault reports whether inst is a default whose judging is left to the callers of the
// package's exported constructors that build it, and if so records its findings for their
// facts.
func (c *checker) deferDefault(inst *instance) bool {
	ctor := c.defaultCtor(inst)
	if ctor == nil {
		return false
	}
	setters := c.settersOf(inst.holder)
	if len(setters) == 0 {
		return false // nothing can replace it: judged as written
	}
	ctors := c.exportedBuilders(ctor, setters[0])
	if len(ctors) == 0 {
		return false
	}
	// Judge the default on the side, without directives: its findings go to the callers.
	saved := c.rep
	c.rep = &reporter{pass: c.pass, cfg: c.cfg, files: map[*token.File]*fileDirectives{}, reported: map[reportKey]bool{}}
	c.judgeCarrier(inst)
	found := c.rep.pending
	c.rep = saved
	if len(found) == 0 {
		return true
	}
	posn := c.pass.Fset.Position(inst.at.Pos())
	for _, ctor := range ctors {
		f := c.deferred[ctor]
		if f == nil {
			f = &defaultsFact{Setters: append(slices.Clip(setters), inst.holder.Name()), At: fmt.Sprintf("%s:%d", filepath.Base(posn.Filename), posn.Line)}
			c.deferred[ctor] = f
		}
		for _, d := range found {
			f.Findings = append(f.Findings, defaultFinding{d.Category, strings.TrimPrefix(d.Message, d.subject+" ")})
		}
	}
	return true
}

// exportedBuilders returns the exported functions of the package that call fn, directly or
// through other functions of the package (fn itself if it is exported), and whose result
// has a method named setter: the constructors other packages build the store with.
func (c *checker) exportedBuilders(fn *types.Func, setter string) []*types.Func {
	if c.callersOf == nil {
		c.callersOf = make(map[*types.Func][]*types.Func)
		for decl := range c.insp.Root().Preorder((*ast.FuncDecl)(nil)) {
			caller, _ := c.pass.TypesInfo.Defs[decl.Node().(*ast.FuncDecl).Name].(*types.Func)
			for call := range decl.Preorder((*ast.CallExpr)(nil)) {
				if callee := calleeFunc(c.pass.TypesInfo, call.Node().(*ast.CallExpr)); caller != nil && callee != nil && callee.Pkg() == c.pass.Pkg {
					c.callersOf[callee] = append(c.callersOf[callee], caller)
				}
			}
		}
	}
	var out []*types.Func
	seen := map[*types.Func]bool{fn: true}
	for queue := []*types.Func{fn}; len(queue) > 0; queue = queue[1:] {
		f := queue[0]
		if f.Exported() && resultHasMethod(f, setter) {
			out = append(out, f)
		}
		for _, caller := range c.callersOf[f] {
			if !seen[caller] {
				seen[caller] = true
				queue = append(queue, caller)
			}
		}
	}
	return out
}

// resultHasMethod reports whether fn's first result has a method named name.
func resultHasMethod(fn *types.Func, name string) bool {
	sig := fn.Type().(*types.Signature)
	if sig.Results().Len() == 0 {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(sig.Results().At(0).Type(), true, fn.Pkg(), name)
	_, isFunc := obj.(*types.Func)
	return isFunc
}

// settersOf returns the names of the package's methods that assign field as a whole on
// their receiver.
func (c *checker) settersOf(field *types.Var) []string {
	var names []string
	for _, file := range c.pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || len(fd.Recv.List) == 0 || len(fd.Recv.List[0].Names) == 0 {
				continue
			}
			if recv := c.pass.TypesInfo.Defs[fd.Recv.List[0].Names[0]]; recv != nil && slices.Contains(c.holderSets[recv], field) {
				names = append(names, fd.Name.Name)
			}
		}
	}
	return names
}

// exportDefaults exports the defaultsFacts of the package's constructors.
func (c *checker) exportDefaults() {
	for ctor, f := range c.deferred {
		c.pass.ExportObjectFact(ctor, f)
	}
}

// defaultsOf returns the defaultsFact of a function of another package, or nil.
func (c *checker) defaultsOf(fn *types.Func) *defaultsFact {
	return importFact(c.pass, c.defaultsFacts, fn)
}

// judgeDefaultCalls reports the calls of other packages' constructors whose default options
// are never replaced on the value they return.
func (c *checker) judgeDefaultCalls() {
	for _, dc := range c.defaultCalls {
		if b := dc.bound; b.obj != nil && len(b.path) == 0 && c.replacesHolder(b.obj, nil, dc.fact.Setters) {
			continue
		}
		subject := types.ExprString(dc.call.Fun) + "'s default options (" + dc.fact.At + ")"
		for _, d := range dc.fact.Findings {
			c.rep.report(finding{cat: d.Category, at: dc.call.Fun, subject: subject,
				msg: d.Message + " (replace them by calling " + dc.fact.Setters[0] + " on the store)"})
		}
	}
}
