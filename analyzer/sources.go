package analyzer

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// instance is one carrier found in the package, with every place that sets its attributes.
type instance struct {
	model   *model
	file    *ast.File
	at      ast.Node          // where reports about unset attributes point
	lit     *ast.CompositeLit // the literal that receives inserted fields, if any
	call    *ast.CallExpr     // the call, for a call row
	stmt    *ast.ExprStmt     // the statement that is the call, if any
	bound   binding           // where the carrier is stored (for a method row: its receiver)
	client  bool              // given directly to a client-side call
	csrfArg bool              // given to a CSRF library as its cookie
	helper  *types.Func       // the same-package function that returns the carrier, if any
	// given is the call the literal is given to directly as an argument of a modelled type,
	// if any (setHardened(w, &http.Cookie{...})).
	given *passing
	// wrapper is the call of wrapRow (a shapeWrap row) that sends the carrier, if any.
	wrapper *ast.CallExpr
	wrapRow *model
	// replaced: a later statement replaces every cookie setting (store.Options = ...).
	replaced bool
	// cur is the literal's cursor, for a literal.
	cur inspector.Cursor
	// unsent: every use of the carrier stays in its function without sending it.
	unsent bool
	// explicitOnly: only the values set explicitly are judged, not the library's defaults
	// (a framework feature that a configuration file may turn on).
	explicitOnly bool
	// holder is the field of the package's own struct type the literal is stored in, as a
	// default that the package may replace (&Store{options: &sessions.Options{...}}).
	holder *types.Var
	values [numAttrs][]source
}

// source is one place that sets an attribute.
type source struct {
	expr ast.Expr // the value; nil when it is a whole replaced struct, or set by every caller
	at   ast.Node // where a report about this value points
	// assign: a separate statement (assignment, method or option call) rather than part of
	// the carrier's own literal or argument list. Unsafe values there are always reported.
	assign bool
	// loc is the location that holds the value, which says how to read it.
	loc location
	// label is the option as the user wrote it (iris.CookieHTTPOnly), for messages.
	label string
	// conditional: an assignment made under a run-time condition; its constant value is
	// judged like a non-constant one.
	conditional bool
}

// gather collects the sources of each attribute: the literal's fields or the call's
// arguments and options, then the assignments and method calls that complete the carrier.
func (c *checker) gather(inst *instance) {
	inst.model = c.versioned(inst.model)
	m := inst.model
	if inst.lit != nil {
		c.literalSources(inst)
	}
	if inst.call != nil {
		c.callSources(inst)
	}
	if inst.wrapper != nil {
		c.optionSources(inst, inst.wrapRow, inst.wrapper)
	}
	objs := append([]binding{inst.bound}, c.givenTo(inst)...)
	if m.global != "" {
		if v, ok := lookupObject(c.pass.Pkg, m.pkg, m.global).(*types.Var); ok {
			objs = append(objs, binding{obj: v})
		}
	}
	if m.anyValueOf != (typeRef{}) {
		if _, ok := c.anyValues[m.anyValueOf]; !ok {
			c.anyValues[m.anyValueOf] = c.valuesOf(m.anyValueOf)
		}
		objs = append(objs, c.anyValues[m.anyValueOf]...)
	}
	for _, b := range objs {
		if b.obj == nil && b.anchor == nil {
			continue
		}
		for a, loc := range m.attrs {
			inst.values[a] = append(inst.values[a], c.overrides(b, loc)...)
		}
		inst.replaced = inst.replaced || c.isReplaced(b, m)
	}
	helper := inst.helper
	if inst.bound.obj != nil && len(inst.bound.path) == 0 {
		if fn, ok := c.returned[inst.bound.obj]; ok {
			helper = fn
		}
	}
	if helper != nil {
		c.callerSources(inst, helper)
	}
	if inst.replaced {
		// Every setting is replaced by a value judged on its own; explicit values set on the
		// carrier itself are still judged.
		for a := range m.attrs {
			if len(inst.values[a]) == 0 {
				inst.values[a] = append(inst.values[a], source{assign: true})
			}
		}
	}
}

// givenTo returns the parameters of this package's functions that receive the carrier, a
// value holding it or a part of it (harden(c), hardenOptions(store.Options)), and those they
// give it to in turn. The settings of other packages' functions come from their facts.
func (c *checker) givenTo(inst *instance) []binding {
	var queue, out []binding
	follow := func(b binding, p passing) {
		if p.fn.Pkg() != c.pass.Pkg {
			c.factSources(inst, b, p)
			return
		}
		param := paramAt(p.fn, p.index, p.call)
		if param == nil {
			return
		}
		next := binding{obj: param}
		switch {
		case len(b.sub) > 0:
			next.sub = append(slices.Clip(b.sub), p.path...)
		case hasPrefix(b.path, p.path):
			next.path = b.path[len(p.path):]
		case hasPrefix(p.path, b.path):
			next.sub = p.path[len(b.path):]
		default:
			return // another field of the variable
		}
		queue = append(queue, next)
	}
	if inst.given != nil {
		follow(binding{}, *inst.given)
	}
	if b := inst.bound; b.obj != nil && b.anchor == nil {
		for _, p := range inRange(c.passes[b.obj], b, func(p passing) token.Pos { return p.call.Pos() }) {
			follow(b, p)
		}
	}
	seen := make(map[types.Object]bool)
	for len(queue) > 0 {
		b := queue[0]
		queue = queue[1:]
		if seen[b.obj] {
			continue
		}
		seen[b.obj] = true
		out = append(out, b)
		for _, p := range c.passes[b.obj] {
			follow(b, p)
		}
	}
	return out
}

// literalSources collects the fields a literal sets, keyed or by position.
func (c *checker) literalSources(inst *instance) {
	var st *types.Struct
	if n := namedOf(c.pass.TypesInfo.TypeOf(inst.lit)); n != nil {
		st, _ = n.Underlying().(*types.Struct)
	}
	for i, elt := range inst.lit.Elts {
		var name string
		value := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			key, _ := kv.Key.(*ast.Ident)
			if key == nil {
				continue
			}
			name, value = key.Name, kv.Value
		} else if st != nil && i < st.NumFields() {
			name = st.Field(i).Name() // an unkeyed literal
		}
		for a, loc := range inst.model.attrs {
			if loc.field != "" && loc.field == name {
				inst.values[a] = append(inst.values[a], source{expr: value, at: elt, loc: loc})
			}
		}
	}
}

// callSources collects the arguments and options of a call row.
func (c *checker) callSources(inst *instance) {
	call := inst.call
	for a, loc := range inst.model.attrs {
		switch {
		case loc.arg == 0:
		case call.Ellipsis.IsValid() && loc.arg >= len(call.Args):
			// An argument spread with ... hides the positions from it on: unknown, so set.
			inst.values[a] = append(inst.values[a], source{at: call, loc: loc})
		case loc.arg <= len(call.Args):
			e := call.Args[loc.arg-1]
			inst.values[a] = append(inst.values[a], source{expr: e, at: e, loc: loc})
		}
	}
	c.optionSources(inst, inst.model, call)
}

// optionSources adds the options that call (a call of row, the carrier's own or one that
// sends it) passes, and those its receiver got from row's optionsMethod.
func (c *checker) optionSources(inst *instance, row *model, call *ast.CallExpr) {
	args := call.Args
	if row.optionsMethod != "" {
		if recv := receiverVar(c.pass.TypesInfo, call); recv != nil {
			for _, mc := range c.methodCalls[recv] {
				if methodName(mc) == row.optionsMethod {
					args = append(slices.Clip(args), mc.Args...)
				}
			}
		}
	}
	for _, e := range args {
		opt, ok := c.optionOf(e)
		if !ok || !optionFits(opt.row, row) {
			continue
		}
		if opt.call != nil {
			c.ownedOptions[opt.call] = true
		}
		loc := opt.row.attrs[opt.attr]
		loc.field, loc.method, loc.arg = "", "", 0
		label := types.ExprString(e)
		if opt.call != nil {
			label = types.ExprString(opt.call.Fun)
		}
		inst.values[opt.attr] = append(inst.values[opt.attr], source{expr: opt.value, at: e, assign: true, loc: loc, label: label + " option"})
	}
}

// optionFits reports whether an option of row opt may be given to a call of row: the same
// row, or a row of the same package (iris's SetCookie takes SetCookieKV's options).
func optionFits(opt, row *model) bool { return opt == row || opt.pkg == row.pkg }

// receiverVar returns the variable a method call is made on (c in c.SetCookie()), or nil.
func receiverVar(info *types.Info, call *ast.CallExpr) types.Object {
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	obj, _ := info.Uses[id].(*types.Var)
	if obj == nil {
		return nil
	}
	return obj
}

// optionArg is an option argument of a modelled call.
type optionArg struct {
	row   *model
	attr  attr
	value ast.Expr      // the option's value: its argument, or for kindPresent the option itself
	call  *ast.CallExpr // the option function's call; nil for an option value
}

// optionOf reports whether e is an option of a modelled call: a call of an option function
// (the value is its argument) or an option value (kindPresent; the value is e itself).
func (c *checker) optionOf(e ast.Expr) (optionArg, bool) {
	info := c.pass.TypesInfo
	var obj types.Object
	var opt optionArg
	switch e := unparen(e).(type) {
	case *ast.CallExpr:
		if len(e.Args) != 1 {
			return optionArg{}, false
		}
		obj, opt.call, opt.value = typeutil.Callee(info, e), e, e.Args[0]
	case *ast.Ident:
		obj, opt.value = info.Uses[e], e
	case *ast.SelectorExpr:
		obj, opt.value = info.Uses[e.Sel], e
	}
	if obj == nil || obj.Pkg() == nil {
		return optionArg{}, false
	}
	row, ok := optionRows[obj.Pkg().Path()+"."+obj.Name()]
	if !ok || (opt.call == nil) != (row.row.attrs[row.attr].kind == kindPresent) {
		return optionArg{}, false
	}
	opt.row, opt.attr = row.row, row.attr
	return opt, true
}

// overrides returns the sources of loc set on b after the carrier is made: assignments to
// the field path, assignments replacing a struct on that path, and method calls.
func (c *checker) overrides(b binding, loc location) []source {
	if b.from.IsValid() || b.to.IsValid() || len(b.path) > 0 || len(b.sub) > 0 || b.anchor != nil {
		return c.findOverrides(b, loc)
	}
	// Memoized: a session's overrides count for every gorilla store of the package.
	key := overrideKey{b.obj, loc}
	srcs, ok := c.overrideCache[key]
	if !ok {
		srcs = c.findOverrides(b, loc)
		c.overrideCache[key] = srcs
	}
	return srcs
}

type overrideKey struct {
	obj types.Object
	loc location
}

// findOverrides computes overrides.
func (c *checker) findOverrides(b binding, loc location) []source {
	if len(b.sub) > 0 {
		// b.obj holds a part of the carrier: only the fields below that part.
		rest, ok := strings.CutPrefix(loc.field, strings.Join(b.sub, ".")+".")
		if !ok {
			return nil
		}
		inner := location{field: rest, kind: loc.kind, zeroIsDefault: loc.zeroIsDefault}
		srcs := c.findOverrides(binding{obj: b.obj}, inner)
		for i := range srcs {
			srcs[i].loc.field = loc.field
		}
		return srcs
	}
	var srcs []source
	byField, byMethod := loc, loc
	byField.option, byField.method, byField.arg = "", "", 0
	byMethod.option, byMethod.field, byMethod.arg = "", "", 0
	if loc.field != "" {
		want := append(slices.Clone(b.path), strings.Split(loc.field, ".")...)
		for fa, names := range c.settings(b) {
			if len(names) <= len(b.path) || !hasPrefix(want, names) {
				continue
			}
			fa.owned = true
			if len(names) == len(want) {
				srcs = append(srcs, source{expr: fa.rhs, at: fa.lhs, assign: true, loc: byField, conditional: fa.conditional})
			} else {
				srcs = append(srcs, source{at: fa.lhs, assign: true}) // a whole struct, judged itself
			}
		}
	}
	if loc.method != "" && len(b.path) == 0 && b.obj != nil {
		for _, call := range inRange(c.methodCalls[b.obj], b, (*ast.CallExpr).Pos) {
			if methodName(call) == loc.method && len(call.Args) > 0 {
				srcs = append(srcs, source{expr: call.Args[0], at: call.Args[0], assign: true, loc: byMethod})
			}
		}
	}
	return srcs
}

// isReplaced reports whether a statement replaces every cookie setting of b's carrier.
func (c *checker) isReplaced(b binding, m *model) bool {
	if len(b.path) > 0 || len(b.sub) > 0 {
		return false
	}
	for _, names := range c.settings(b) {
		if len(names) == 1 && slices.Contains(m.replacedBy, names[0]) {
			return true
		}
	}
	for _, call := range c.methodCalls[b.obj] {
		if slices.Contains(m.replacedBy, methodName(call)) {
			return true
		}
	}
	return false
}

// settings yields the assignments made on b's value, each with the names of the fields it
// sets, relative to the value.
func (c *checker) settings(b binding) iter.Seq2[*fieldAssign, []string] {
	return func(yield func(*fieldAssign, []string) bool) {
		if b.anchor == nil {
			for _, fa := range inRange(c.assigns[b.obj], b, func(fa *fieldAssign) token.Pos { return fa.lhs.Pos() }) {
				if !yield(fa, fieldNames(fa.path)) {
					return
				}
			}
			return
		}
		for _, fa := range c.byField[b.anchor] {
			if k := slices.Index(fa.path, b.anchor); k >= 0 && !yield(fa, fieldNames(fa.path[k+1:])) {
				return
			}
		}
	}
}

// valuesOf returns every variable of type t (or a pointer to it) that has assignments to its
// fields or method calls in the package.
func (c *checker) valuesOf(t typeRef) []binding {
	var out []binding
	seen := make(map[types.Object]bool)
	add := func(obj types.Object) {
		if !seen[obj] && isNamed(obj.Type(), t.pkg, t.name) {
			seen[obj] = true
			out = append(out, binding{obj: obj})
		}
	}
	for obj := range c.assigns {
		add(obj)
	}
	for obj := range c.methodCalls {
		add(obj)
	}
	return out
}

// callerSources adds, for a carrier returned by a same-package helper, the attributes that
// every call of the helper sets on its result. A helper never called in the package is
// judged at the carrier.
func (c *checker) callerSources(inst *instance, helper *types.Func) {
	calls := c.calls[helper]
	if len(calls) == 0 {
		return
	}
	for a, loc := range inst.model.attrs {
		if len(inst.values[a]) > 0 {
			continue
		}
		all := true
		for _, b := range calls {
			if b.obj == nil || len(c.overrides(b, loc)) == 0 {
				all = false
				break
			}
		}
		if all {
			inst.values[a] = append(inst.values[a], source{assign: true})
		}
	}
	replaced := true
	for _, b := range calls {
		replaced = replaced && b.obj != nil && c.isReplaced(b, inst.model)
	}
	inst.replaced = inst.replaced || replaced
}

// fieldNames returns the names of the fields of path, leaving out embedded fields
// (store.Config.CookieSecure is store.CookieSecure).
func fieldNames(path []*types.Var) []string {
	names := make([]string, 0, len(path))
	for i, f := range path {
		if f.Embedded() && i < len(path)-1 {
			continue
		}
		names = append(names, f.Name())
	}
	return names
}

// hasPrefix reports whether path starts with prefix.
func hasPrefix(path, prefix []string) bool {
	return len(prefix) <= len(path) && slices.Equal(path[:len(prefix)], prefix)
}

// methodName returns the name of the method a call selects.
func methodName(call *ast.CallExpr) string {
	if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.Sel.Name
	}
	return ""
}

// inRange returns the part of list, which is in source order, that b's range covers.
func inRange[T any](list []T, b binding, pos func(T) token.Pos) []T {
	lo, hi := 0, len(list)
	if b.from.IsValid() {
		lo, _ = slices.BinarySearchFunc(list, b.from, func(x T, p token.Pos) int { return cmp.Compare(pos(x), p) })
	}
	if b.to.IsValid() {
		hi, _ = slices.BinarySearchFunc(list, b.to, func(x T, p token.Pos) int { return cmp.Compare(pos(x), p) })
	}
	return list[lo:max(lo, hi)]
}
