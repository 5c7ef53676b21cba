package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// This file lets a cookie given to a function of another package of the app count as
// completed by the settings that function makes on it (cookieutil.Harden(c) setting Secure,
// HttpOnly and SameSite): each exported function that sets fields on a value given to it
// exports a setsFact, and a call site reads it like the assignments of a same-package helper.

// setsFact is the object fact of a function that sets cookie settings on values given to it.
type setsFact struct {
	// Params holds, per parameter, the settings the function (or a function it passes the
	// value on to) makes on the value the parameter holds or points to: a field path relative
	// to that value ("Secure", "Options.HttpOnly"), or a method called on it ("MaxAge()").
	Params [][]string
}

func (*setsFact) AFact() {}

func (f *setsFact) String() string {
	var parts []string
	for i, sets := range f.Params {
		if len(sets) > 0 {
			parts = append(parts, fmt.Sprintf("%d: %s", i, strings.Join(sets, " ")))
		}
	}
	return "sets(" + strings.Join(parts, "; ") + ")"
}

// passing is a value, or a part of a variable's value, given as an argument of a function
// that may set cookie settings on it: harden(c), hardenOptions(store.Options).
type passing struct {
	path  []string // the argument's fields from the variable (store.Options: [Options])
	fn    *types.Func
	index int // the parameter's index
	call  *ast.CallExpr
}

// settingNames is every field and method name through which a carrier of the table is set
// (Secure, Options, MaxAge()...): the fact leaves other fields (Value) out.
var settingNames = func() map[string]bool {
	names := make(map[string]bool)
	for _, row := range models {
		for _, loc := range row.attrs {
			for f := range strings.SplitSeq(loc.field, ".") {
				names[f] = f != ""
			}
			if loc.method != "" {
				names[loc.method+"()"] = true
			}
		}
		for _, r := range row.replacedBy {
			names[r] = true
			names[r+"()"] = true
		}
	}
	return names
}()

// modelledType reports whether t (or *t) is a named type of a library of the table.
func modelledType(t types.Type) bool {
	n := namedOf(t)
	return n != nil && n.Obj().Pkg() != nil && modelPaths[n.Obj().Pkg().Path()]
}

// paramAt returns fn's parameter that receives argument i of call, if a value of a modelled
// type can be given there (not through a variadic parameter).
func paramAt(fn *types.Func, i int, call *ast.CallExpr) *types.Var {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 || call.Ellipsis.IsValid() {
		return nil
	}
	if p := sig.Params().At(i); modelledType(p.Type()) {
		return p
	}
	return nil
}

// exportFacts exports a setsFact for each exported function of the package that sets
// cookie settings on a parameter.
func (c *checker) exportFacts() {
	memo := make(map[*types.Var][]string)
	for _, file := range c.pass.Files {
		if c.skipFile(file) {
			continue
		}
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || !fd.Name.IsExported() {
				continue // only exported functions are called from other packages
			}
			fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			params := fn.Type().(*types.Signature).Params()
			fact := &setsFact{Params: make([][]string, params.Len())}
			sets := false
			for i := range params.Len() {
				if p := params.At(i); modelledType(p.Type()) {
					fact.Params[i] = c.paramSettings(p, memo)
					sets = sets || len(fact.Params[i]) > 0
				}
			}
			if sets {
				c.pass.ExportObjectFact(fn, fact)
			}
		}
	}
}

// paramSettings returns the sorted settings made on the value of param, by its function and
// by the functions it gives the value (or a part of it) to.
func (c *checker) paramSettings(param *types.Var, memo map[*types.Var][]string) []string {
	if sets, ok := memo[param]; ok {
		return sets
	}
	memo[param] = nil // a recursive call sets nothing more
	var sets []string
	add := func(prefix []string, s string) {
		if !settingNames[lastElem(s)] {
			return
		}
		sets = append(sets, strings.Join(append(slices.Clip(prefix), s), "."))
	}
	for _, fa := range c.assigns[param] {
		add(nil, strings.Join(fieldNames(fa.path), "."))
	}
	for _, call := range c.methodCalls[param] {
		add(nil, methodName(call)+"()")
	}
	for _, p := range c.passes[param] {
		var inner []string
		if p.fn.Pkg() == c.pass.Pkg {
			if q := paramAt(p.fn, p.index, p.call); q != nil {
				inner = c.paramSettings(q, memo)
			}
		} else if f := c.factOf(p.fn); f != nil && p.index < len(f.Params) {
			inner = f.Params[p.index]
		}
		for _, s := range inner {
			add(p.path, s)
		}
	}
	slices.Sort(sets)
	sets = slices.Compact(sets)
	memo[param] = sets
	return sets
}

// lastElem returns the last element of a dotted path.
func lastElem(path string) string { return path[strings.LastIndex(path, ".")+1:] }

// factOf returns the setsFact of a function of another package, or nil.
func (c *checker) factOf(fn *types.Func) *setsFact { return importFact(c.pass, c.setsFacts, fn) }

// importFact returns the fact of type *F exported for fn by its package, or nil, memoized in
// memo.
func importFact[F any, P interface {
	*F
	analysis.Fact
}](pass *analysis.Pass, memo map[*types.Func]P, fn *types.Func) P {
	if f, ok := memo[fn]; ok {
		return f
	}
	f := P(new(F))
	if !pass.ImportObjectFact(fn, f) {
		f = nil
	}
	memo[fn] = f
	return f
}

// factSources adds to inst the settings that fn, a function of another package with a fact,
// makes on the carrier given to it: the argument is the value at path arg from the variable
// b refers to (b.path and b.sub relate that variable to the carrier).
func (c *checker) factSources(inst *instance, b binding, p passing) {
	f := c.factOf(p.fn)
	if f == nil || p.index >= len(f.Params) {
		return
	}
	label := "set by " + types.ExprString(p.call.Fun)
	for _, s := range f.Params[p.index] {
		rel, ok := carrierPath(b, append(slices.Clip(p.path), strings.Split(s, ".")...))
		if !ok {
			continue
		}
		if len(rel) == 0 {
			inst.replaced = true // the whole carrier replaced by a value judged where it is built
			continue
		}
		field, method := strings.Join(rel, "."), ""
		if m, isMethod := strings.CutSuffix(field, "()"); isMethod {
			field, method = "", m
			if slices.Contains(inst.model.replacedBy, m) {
				inst.replaced = true
			}
		} else if slices.Contains(inst.model.replacedBy, field) {
			inst.replaced = true
		}
		for a, loc := range inst.model.attrs {
			if field != "" && loc.field == field || method != "" && loc.method == method {
				inst.values[a] = append(inst.values[a], source{at: p.call, assign: true, loc: loc, label: label})
			}
		}
	}
}

// carrierPath converts a path from b's variable to a path from the carrier. It fails when
// the path leads elsewhere; an empty result means the whole carrier (or a value holding it).
func carrierPath(b binding, path []string) ([]string, bool) {
	switch {
	case len(b.sub) > 0:
		return append(slices.Clip(b.sub), path...), true
	case hasPrefix(path, b.path):
		return path[len(b.path):], true
	case hasPrefix(b.path, path):
		return nil, true
	}
	return nil, false
}
