package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
)

// csrfNames matches the names of anti-CSRF token cookies, exempt from httponly and expiry.
var csrfNames = regexp.MustCompile(`(?i)csrf|xsrf`)

// Why each attribute matters, for messages.
const (
	whySecure   = "browsers send it over plain HTTP, where it can be read and stolen"
	whyHTTPOnly = "scripts can read it, so an XSS flaw can steal it"
)

// instance is one carrier found in the package, with every place that sets its attributes.
type instance struct {
	model  *model
	file   *ast.File
	at     ast.Node          // where reports about unset attributes point
	lit    *ast.CompositeLit // the literal that receives inserted fields, if any
	obj    types.Object      // the variable the carrier is bound to, if any
	client bool              // given directly to a client-side call
	helper *types.Func       // the same-package function that returns the carrier, if any
	values [numAttrs][]source
}

// source is one place that sets an attribute.
type source struct {
	expr   ast.Expr // the value; nil when every caller of a helper sets it
	at     ast.Node // where a report about this value points
	assign bool     // an assignment statement rather than part of the carrier itself
}

func (c *checker) newInstance(m *model, at ast.Node, lit *ast.CompositeLit, file *ast.File) *instance {
	return &instance{model: m, at: at, lit: lit, file: file}
}

// check judges every carrier, then the remaining constant-false assignments.
func (c *checker) check() {
	for _, inst := range c.carriers {
		c.gather(inst)
		c.judge(inst)
	}
	for _, fas := range c.assigns {
		for _, fa := range fas {
			if !fa.owned {
				c.judgeAssign(fa)
			}
		}
	}
	for _, fa := range c.unbound {
		c.judgeAssign(fa)
	}
}

// gather collects the sources of each attribute: the literal's fields, assignments to the
// bound variable, and (for helpers) assignments made by every caller.
func (c *checker) gather(inst *instance) {
	m := inst.model
	if lit := inst.lit; lit != nil {
		st, _ := namedOf(c.pass.TypesInfo.TypeOf(lit)).Underlying().(*types.Struct)
		for i, elt := range lit.Elts {
			var field string
			value := elt
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				key, _ := kv.Key.(*ast.Ident)
				if key == nil {
					continue
				}
				field, value = key.Name, kv.Value
			} else if st != nil && i < st.NumFields() {
				field = st.Field(i).Name() // an unkeyed literal
			}
			if a, ok := m.attrOfField(field); ok {
				inst.values[a] = append(inst.values[a], source{expr: value, at: elt})
			}
		}
	}
	if inst.obj != nil {
		for _, fa := range c.assigns[inst.obj] {
			if len(fa.path) != 1 {
				continue
			}
			if a, ok := m.attrOfField(fa.path[0].Name()); ok {
				fa.owned = true
				if fa.rhs == nil {
					inst.values[a] = append(inst.values[a], source{at: fa.lhs, assign: true})
				} else {
					inst.values[a] = append(inst.values[a], source{expr: fa.rhs, at: fa.lhs, assign: true})
				}
			}
		}
	}
	helper := inst.helper
	if inst.obj != nil {
		helper = c.returned[inst.obj]
	}
	if helper != nil {
		for a := range numAttrs {
			if len(inst.values[a]) == 0 && c.everyCallerSets(helper, m.attrs[a].field) {
				inst.values[a] = append(inst.values[a], source{assign: true})
			}
		}
	}
}

// attrOfField returns the attribute stored in the model's field name.
func (m *model) attrOfField(name string) (attr, bool) {
	if name == "" {
		return 0, false
	}
	for a, loc := range m.attrs {
		if loc.field == name {
			return a, true
		}
	}
	return 0, false
}

// everyCallerSets reports whether helper is called in the package and every call's result is
// bound to a variable whose field is assigned in the caller.
func (c *checker) everyCallerSets(helper *types.Func, field string) bool {
	calls := c.calls[helper]
	if field == "" || len(calls) == 0 {
		return false
	}
	for _, call := range calls {
		if call.obj == nil || !c.assignsField(call.obj, field) {
			return false
		}
	}
	return true
}

// assignsField reports whether some assignment sets obj.field.
func (c *checker) assignsField(obj types.Object, field string) bool {
	for _, fa := range c.assigns[obj] {
		if len(fa.path) == 1 && fa.path[0].Name() == field {
			return true
		}
	}
	return false
}

// facts are what the sources of an instance say, computed once.
type facts struct {
	name      string
	nameKnown bool
	csrf      bool
	session   bool
	deletion  bool
	secure    bool // Secure is effectively on
	sameSite  sameSiteValue
}

type sameSiteValue int

const (
	sameSiteUnset   sameSiteValue = iota
	sameSiteUnknown               // a non-constant value
	sameSiteOmitted               // a constant that sends no attribute (SameSiteDefaultMode, 0)
	sameSiteGood                  // Lax or Strict
	sameSiteIsNone
)

func (c *checker) facts(inst *instance) facts {
	m := inst.model
	var f facts
	for _, s := range inst.values[attrName] {
		if v, ok := constString(c.pass.TypesInfo, s.expr); ok {
			f.name, f.nameKnown = v, true
		}
	}
	f.csrf = m.csrf || f.nameKnown && csrfNames.MatchString(f.name)
	switch m.session {
	case sessionAlways:
		f.session = true
	case sessionByName:
		f.session = f.nameKnown && !f.csrf && c.sessionNames.MatchString(f.name)
	}
	f.deletion = c.isDeletion(inst)
	f.sameSite = c.sameSiteOf(inst)
	f.secure = c.boolOn(inst, attrSecure, m.def.secure) ||
		m.forcesSecure && f.sameSite == sameSiteIsNone
	return f
}

// boolOn reports whether a boolean attribute is effectively on: some source sets it to a
// non-constant or true value, or none sets it and the default is on.
func (c *checker) boolOn(inst *instance, a attr, def bool) bool {
	srcs := inst.values[a]
	if len(srcs) == 0 {
		return def
	}
	for _, s := range srcs {
		if on, ok := c.boolValue(inst.model, a, s); !ok || on {
			return true
		}
	}
	return false
}

// boolValue returns the constant meaning of a boolean source (ok is false if not constant).
func (c *checker) boolValue(m *model, a attr, s source) (on, ok bool) {
	v, ok := constBool(c.pass.TypesInfo, s.expr)
	if !ok {
		return false, false
	}
	if m.attrs[a].kind == kindBoolInverted {
		v = !v
	}
	return v, true
}

// sameSiteOf summarises the SameSite sources: the best value any of them sets.
func (c *checker) sameSiteOf(inst *instance) sameSiteValue {
	best := sameSiteUnset
	for _, s := range inst.values[attrSameSite] {
		v := c.sameSiteConst(inst.model, s)
		if v == sameSiteUnknown || v == sameSiteGood {
			return v
		}
		best = max(best, v)
	}
	return best
}

// sameSiteConst classifies one SameSite source.
func (c *checker) sameSiteConst(m *model, s source) sameSiteValue {
	v := constValue(c.pass.TypesInfo, s.expr)
	if v == nil {
		return sameSiteUnknown
	}
	switch m.attrs[attrSameSite].kind {
	case kindSameSiteString:
		if v.Kind() != constant.String {
			return sameSiteUnknown
		}
		switch strings.ToLower(constant.StringVal(v)) {
		case "none":
			return sameSiteIsNone
		case "disabled":
			return sameSiteOmitted
		}
		return sameSiteGood // fiber sends Lax for "" and unknown strings
	default:
		named := namedOf(c.pass.TypesInfo.TypeOf(s.expr))
		if named == nil || named.Obj().Pkg() == nil {
			return sameSiteUnknown
		}
		scope := named.Obj().Pkg().Scope()
		is := func(name string) bool {
			k, ok := scope.Lookup(name).(*types.Const)
			return ok && constant.Compare(k.Val(), token.EQL, v)
		}
		switch {
		case is("SameSiteLaxMode"), is("SameSiteStrictMode"):
			return sameSiteGood
		case is("SameSiteNoneMode"):
			return sameSiteIsNone
		}
		return sameSiteOmitted
	}
}

// isDeletion reports whether the carrier deletes a cookie: MaxAge < 0, or an Expires in the past.
func (c *checker) isDeletion(inst *instance) bool {
	for _, s := range inst.values[attrMaxAge] {
		if n, ok := constInt(c.pass.TypesInfo, s.expr); ok && n < 0 {
			return true
		}
	}
	for _, s := range inst.values[attrExpires] {
		if _, deletion, _ := c.timeFromNow(s.expr); deletion {
			return true
		}
	}
	return false
}

// timeFromNow evaluates a time.Time expression: time.Now().Add(d), time.Now().AddDate(y, m, d)
// or time.Unix(sec, nsec) with constant arguments. It returns the lifetime in seconds, whether
// the time is in the past (a deletion), and whether it could be evaluated.
func (c *checker) timeFromNow(e ast.Expr) (seconds int64, deletion, ok bool) {
	info := c.pass.TypesInfo
	call, isCall := unparen(e).(*ast.CallExpr)
	if !isCall {
		return 0, false, false
	}
	fn := calleeFunc(info, call)
	if isFunc(fn, "time", "Unix") && len(call.Args) == 2 {
		// A small constant such as time.Unix(0, 0) is the usual way to expire a cookie.
		if sec, ok := constInt(info, call.Args[0]); ok && sec < 1e9 {
			return 0, true, true
		}
		return 0, false, false
	}
	sel, isSel := unparen(call.Fun).(*ast.SelectorExpr)
	if !isSel {
		return 0, false, false
	}
	recv, isCall := unparen(sel.X).(*ast.CallExpr)
	if !isCall || !isFunc(calleeFunc(info, recv), "time", "Now") {
		return 0, false, false
	}
	switch {
	case isMethod(fn, "time", "Time", "Add") && len(call.Args) == 1:
		d, ok := constInt(info, call.Args[0])
		if !ok {
			return 0, false, false
		}
		return d / int64(time.Second), d < 0, true
	case isMethod(fn, "time", "Time", "AddDate") && len(call.Args) == 3:
		var ymd [3]int64
		negative, positive := false, false
		for i, arg := range call.Args {
			n, ok := constInt(info, arg)
			if !ok {
				return 0, false, false
			}
			ymd[i] = n
			negative = negative || n < 0
			positive = positive || n > 0
		}
		days := ymd[0]*365 + ymd[1]*30 + ymd[2]
		return days * 86400, negative && !positive, true
	}
	return 0, false, false
}

// judge reports every problem of one carrier.
func (c *checker) judge(inst *instance) {
	if inst.client || inst.obj != nil && c.clientOnly(inst.obj) {
		return // sent to a server, not to a browser
	}
	f := c.facts(inst)
	offered := make(map[attr]bool) // attributes whose insertion a fix already offers
	if !f.deletion {
		c.judgeSecure(inst, f, offered)
		if !f.csrf {
			c.judgeHTTPOnly(inst, f, offered)
		}
		c.judgeSameSite(inst, f, offered)
		if f.session && !f.csrf {
			c.judgeExpiry(inst, f)
		}
	}
	c.judgePrefix(inst, f, offered)
}

// clientOnly reports whether every use of obj, apart from assignments to its fields, gives it
// to a client-side call.
func (c *checker) clientOnly(obj types.Object) bool {
	n := c.clientUses[obj]
	if n == 0 {
		return false
	}
	if c.useCounts == nil {
		c.useCounts = make(map[types.Object]int)
		for _, used := range c.pass.TypesInfo.Uses {
			if c.clientUses[used] > 0 {
				c.useCounts[used]++
			}
		}
	}
	return c.useCounts[obj] == n+len(c.assigns[obj])
}

// label names the carrier in messages: http.Cookie "sid".
func (inst *instance) label(f facts) string {
	if f.nameKnown && f.name != "" {
		return fmt.Sprintf("%s %q", inst.model.display, f.name)
	}
	return inst.model.display
}

func (c *checker) judgeSecure(inst *instance, f facts, offered map[attr]bool) {
	m := inst.model
	const why = whySecure
	partitioned := c.boolOn(inst, attrPartitioned, false) && len(inst.values[attrPartitioned]) > 0
	srcs := inst.values[attrSecure]
	for _, s := range srcs {
		if s.assign {
			c.reportFalse(inst.label(f), m, attrSecure, s)
		}
	}
	if f.secure {
		return
	}
	if len(srcs) == 0 {
		msg := fmt.Sprintf("%s has no %s: %s", inst.label(f), m.attrs[attrSecure].field, why)
		if partitioned {
			msg += "; a Partitioned cookie without Secure is rejected"
		}
		fix := c.insertFix(inst, attrSecure, "true")
		if c.rep.report(CategorySecure, inst.at, msg, fix) && fix != nil {
			offered[attrSecure] = true
		}
		return
	}
	for _, s := range srcs {
		if !s.assign {
			c.reportFalse(inst.label(f), m, attrSecure, s)
		}
	}
}

func (c *checker) judgeHTTPOnly(inst *instance, f facts, offered map[attr]bool) {
	m := inst.model
	const why = whyHTTPOnly
	srcs := inst.values[attrHTTPOnly]
	for _, s := range srcs {
		if s.assign {
			c.reportFalse(inst.label(f), m, attrHTTPOnly, s)
		}
	}
	if c.boolOn(inst, attrHTTPOnly, m.def.httpOnly) {
		return
	}
	if len(srcs) == 0 {
		msg := fmt.Sprintf("%s has no %s: %s", inst.label(f), m.attrs[attrHTTPOnly].field, why)
		fix := c.insertFix(inst, attrHTTPOnly, "true")
		if c.rep.report(CategoryHTTPOnly, inst.at, msg, fix) && fix != nil {
			offered[attrHTTPOnly] = true
		}
		return
	}
	for _, s := range srcs {
		if !s.assign {
			c.reportFalse(inst.label(f), m, attrHTTPOnly, s)
		}
	}
}

// reportFalse reports a boolean attribute set to constant false (or true, when inverted),
// with a fix that flips the value.
func (c *checker) reportFalse(label string, m *model, a attr, s source) {
	on, ok := c.boolValue(m, a, s)
	if !ok || on {
		return
	}
	loc := m.attrs[a]
	safe := "true"
	if loc.kind == kindBoolInverted {
		safe = "false"
	}
	cat, why := CategorySecure, whySecure
	if a == attrHTTPOnly {
		cat, why = CategoryHTTPOnly, whyHTTPOnly
	}
	msg := fmt.Sprintf("%s sets %s to %s: %s", label, loc.field, types.ExprString(s.expr), why)
	c.rep.report(cat, s.at, msg, replaceFix(s.expr, fmt.Sprintf("Set %s to %s", loc.field, safe), safe))
}

func (c *checker) judgeSameSite(inst *instance, f facts, offered map[attr]bool) {
	m := inst.model
	field := m.attrs[attrSameSite].field
	// An assignment that turns SameSite off is reported wherever it is, like Secure = false.
	for _, s := range inst.values[attrSameSite] {
		if s.assign && c.sameSiteConst(m, s) == sameSiteOmitted {
			c.reportOmitted(inst, f, s)
		}
	}
	switch f.sameSite {
	case sameSiteGood, sameSiteUnknown:
		return
	case sameSiteIsNone:
		if f.secure {
			return // an explicit None with Secure is the user's choice
		}
		s := c.firstSameSite(inst, sameSiteIsNone)
		msg := fmt.Sprintf("%s sets %s to None without Secure: browsers reject the cookie", inst.label(f), field)
		var fix *analysis.SuggestedFix
		if !offered[attrSecure] && len(inst.values[attrSecure]) == 0 {
			fix = c.insertFix(inst, attrSecure, "true")
		}
		c.rep.report(CategorySameSite, s.at, msg, fix)
	case sameSiteOmitted:
		for _, s := range inst.values[attrSameSite] {
			if !s.assign && c.sameSiteConst(m, s) == sameSiteOmitted {
				c.reportOmitted(inst, f, s)
				break
			}
		}
	case sameSiteUnset:
		switch m.def.sameSite {
		case sameSiteLax:
			return
		case sameSiteNone:
			msg := fmt.Sprintf("%s defaults %s to None: the cookie is sent on cross-site requests (CSRF); set it to Lax or Strict", inst.label(f), field)
			c.rep.report(CategorySameSite, inst.at, msg, nil)
		default:
			msg := fmt.Sprintf("%s has no %s: browsers without a Lax default send it on cross-site requests (CSRF)", inst.label(f), field)
			c.rep.report(CategorySameSite, inst.at, msg, c.sameSiteInsertFix(inst))
		}
	}
}

// reportOmitted reports a SameSite value that sends no attribute, with a fix setting Lax.
func (c *checker) reportOmitted(inst *instance, f facts, s source) {
	msg := fmt.Sprintf("%s sets %s to %s, which sends no SameSite attribute: browsers without a Lax default send it on cross-site requests (CSRF)",
		inst.label(f), inst.model.attrs[attrSameSite].field, types.ExprString(s.expr))
	c.rep.report(CategorySameSite, s.at, msg, c.sameSiteReplaceFix(inst, s))
}

// firstSameSite returns the first SameSite source of the given class.
func (c *checker) firstSameSite(inst *instance, v sameSiteValue) source {
	for _, s := range inst.values[attrSameSite] {
		if c.sameSiteConst(inst.model, s) == v {
			return s
		}
	}
	return source{at: inst.at}
}

func (c *checker) judgeExpiry(inst *instance, f facts) {
	limit := c.cfg.MaxAge.seconds()
	info := c.pass.TypesInfo
	if on, ok := constBool(info, firstExpr(inst.values[attrSessionOnly])); ok && on {
		return // no Max-Age or Expires is sent
	}
	set := false
	for _, a := range []attr{attrMaxAge, attrExpires, attrLifetime} {
		for _, s := range inst.values[a] {
			set = true
			var secs int64
			var ok bool
			switch inst.model.attrs[a].kind {
			case kindSeconds:
				secs, ok = constInt(info, s.expr)
			case kindDuration:
				var d int64
				d, ok = constInt(info, s.expr)
				secs = d / int64(time.Second)
			case kindTime:
				secs, _, ok = c.timeFromNow(s.expr)
			}
			if ok && secs > limit {
				msg := fmt.Sprintf("session cookie %s lives %s, longer than the %s limit (flag -%s)",
					inst.label(f), humanSeconds(secs), c.cfg.MaxAge, FlagMaxAge)
				c.rep.report(CategoryExpiry, s.at, msg, nil)
			}
		}
	}
	if !set && inst.model.def.lifetime > limit {
		msg := fmt.Sprintf("session cookie %s lives %s by default, longer than the %s limit (flag -%s): set a shorter %s",
			inst.label(f), humanSeconds(inst.model.def.lifetime), c.cfg.MaxAge, FlagMaxAge, inst.model.attrs[attrMaxAge].field)
		c.rep.report(CategoryExpiry, inst.at, msg, nil)
	}
}

func firstExpr(srcs []source) ast.Expr {
	if len(srcs) == 0 {
		return nil
	}
	return srcs[0].expr
}

// humanSeconds formats a lifetime: 30d, 36h, 90s.
func humanSeconds(secs int64) string {
	switch {
	case secs%86400 == 0:
		return fmt.Sprintf("%dd", secs/86400)
	case secs%3600 == 0:
		return fmt.Sprintf("%dh", secs/3600)
	}
	return fmt.Sprintf("%ds", secs)
}

func (c *checker) judgePrefix(inst *instance, f facts, offered map[attr]bool) {
	if !f.nameKnown {
		return
	}
	m := inst.model
	host := hasPrefixFold(f.name, "__Host-")
	if !host && !hasPrefixFold(f.name, "__Secure-") {
		return
	}
	info := c.pass.TypesInfo
	var problems []string
	var edits []analysis.TextEdit
	if !f.secure {
		problems = append(problems, "no Secure")
		if !offered[attrSecure] && len(inst.values[attrSecure]) == 0 {
			if fix := c.insertFix(inst, attrSecure, "true"); fix != nil {
				edits = append(edits, fix.TextEdits...)
			}
		}
	}
	if host {
		for _, s := range inst.values[attrDomain] {
			if d, ok := constString(info, s.expr); ok && d != "" {
				problems = append(problems, "a Domain")
			}
		}
		pathOK := len(inst.values[attrPath]) == 0 && m.def.path == "/"
		var badPath *source
		for _, s := range inst.values[attrPath] {
			p, ok := constString(info, s.expr)
			if !ok || p == "/" || p == "" && m.def.path == "/" {
				pathOK = true
			} else if badPath == nil && !s.assign {
				badPath = &s
			}
		}
		if !pathOK && m.attrs[attrPath].field != "" {
			problems = append(problems, `no Path "/"`)
			if badPath != nil {
				edits = append(edits, analysis.TextEdit{Pos: badPath.expr.Pos(), End: badPath.expr.End(), NewText: []byte(`"/"`)})
			} else if len(inst.values[attrPath]) == 0 {
				if fix := c.insertFix(inst, attrPath, `"/"`); fix != nil {
					edits = append(edits, fix.TextEdits...)
				}
			}
		}
	}
	if len(problems) == 0 {
		return
	}
	prefix := "__Secure-"
	if host {
		prefix = "__Host-"
	}
	msg := fmt.Sprintf("%s breaks the %s prefix rules (%s): browsers reject the cookie", inst.label(f), prefix, strings.Join(problems, ", "))
	var fix *analysis.SuggestedFix
	if len(edits) > 0 {
		fix = &analysis.SuggestedFix{Message: "Make the cookie meet the " + prefix + " prefix rules", TextEdits: edits}
	}
	c.rep.report(CategoryPrefix, inst.at, msg, fix)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// judgeAssign reports an assignment of constant false to Secure or HttpOnly on a carrier that
// is not otherwise judged (a parameter, a field of another value).
func (c *checker) judgeAssign(fa *fieldAssign) {
	if fa.rhs == nil || len(fa.path) == 0 {
		return
	}
	m := modelOfType(c.pass.TypesInfo.TypeOf(fa.lhs.X))
	if m == nil {
		return
	}
	a, ok := m.attrOfField(fa.path[len(fa.path)-1].Name())
	if !ok || a != attrSecure && a != attrHTTPOnly {
		return
	}
	c.reportFalse(m.display, m, a, source{expr: fa.rhs, at: fa.lhs, assign: true})
}
