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
	whySameSite = "browsers without a Lax default send it on cross-site requests (CSRF)"
)

// check judges every carrier, then the unsafe settings made outside any carrier.
func (c *checker) check() {
	c.splitRebound()
	for _, inst := range c.carriers {
		c.gather(inst)
	}
	c.findUnsent()
	for _, inst := range c.carriers {
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
	for _, call := range c.options {
		if !c.ownedOptions[call] {
			c.judgeOption(call)
		}
	}
	c.judgeDefaultCalls()
	c.exportDefaults()
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
	prefix    string // "__Host-" or "__Secure-" if the constant name starts with it
	// secureByPrefix: the cookie has a prefix but no Secure. Its one prefix finding covers
	// Secure too, so neither secure nor SameSite=None-without-Secure is reported for it
	// (RULES.md, amended 11-30). Without the prefix category they are.
	secureByPrefix bool
	// secureByNone: SameSite is None and Secure is not set at all. The one SameSite finding
	// (browsers reject the cookie), whose fix adds Secure, covers the missing Secure. Without
	// the samesite category the secure finding is reported.
	secureByNone bool
}

type sameSiteValue int

const (
	sameSiteUnset   sameSiteValue = iota
	sameSiteOmitted               // a constant that sends no attribute (SameSiteDefaultMode, 0)
	sameSiteIsNone
	sameSiteUnknown // a non-constant value
	sameSiteGood    // Lax or Strict
)

func (c *checker) facts(inst *instance) facts {
	m := inst.model
	var f facts
	for _, s := range inst.values[attrName] {
		if v, ok := constString(c.pass.TypesInfo, s.expr); ok {
			f.name, f.nameKnown = v, true
		}
	}
	f.csrf = m.csrf || inst.csrfArg || c.csrfVars[inst.bound.obj] || f.nameKnown && csrfNames.MatchString(f.name)
	switch m.session {
	case sessionAlways:
		f.session = true
	case sessionByName:
		f.session = f.nameKnown && c.sessionNames.MatchString(f.name)
	}
	f.deletion = c.isDeletion(inst)
	f.sameSite = c.sameSiteOf(inst)
	f.secure = c.boolOn(inst, attrSecure, m.def.secure) ||
		m.forcesSecure && f.sameSite == sameSiteIsNone ||
		m.partitionedSecure && c.boolOn(inst, attrPartitioned, false)
	if f.nameKnown {
		f.prefix = cookiePrefix(f.name)
	}
	f.secureByPrefix = f.prefix != "" && !f.secure && c.cfg.enabled(CategoryPrefix)
	f.secureByNone = !f.secureByPrefix && !f.secure && f.sameSite == sameSiteIsNone &&
		len(inst.values[attrSecure]) == 0 && c.cfg.enabled(CategorySameSite)
	return f
}

// cookiePrefix returns the prefix browsers give rules to that name starts with, or "".
func cookiePrefix(name string) string {
	for _, prefix := range []string{"__Host-", "__Secure-"} {
		if hasPrefixFold(name, prefix) {
			return prefix
		}
	}
	return ""
}

// boolOn reports whether a boolean attribute is effectively on: some source sets it to a
// non-constant or true value, or none sets it and the default is on.
func (c *checker) boolOn(inst *instance, a attr, def bool) bool {
	srcs := inst.values[a]
	if len(srcs) == 0 {
		return def
	}
	for _, s := range srcs {
		if on, ok := c.boolValue(s); !ok || on {
			return true
		}
	}
	return false
}

// boolValue returns the constant meaning of a boolean source (ok is false if not constant).
func (c *checker) boolValue(s source) (on, ok bool) {
	if s.loc.kind == kindPresent {
		return true, true
	}
	if s.conditional {
		return false, false // a run-time opt-in, like Secure: !cfg.Insecure
	}
	if tv, ok := c.pass.TypesInfo.Types[s.expr]; ok && tv.IsNil() {
		return false, true // an untyped nil in an ...any argument: beego reads it as off
	}
	v, ok := constBool(c.pass.TypesInfo, s.expr)
	if !ok {
		return false, false
	}
	if s.loc.kind == kindBoolInverted {
		v = !v
	}
	return v, true
}

// sameSiteOf summarises the SameSite sources: the best value any of them sets.
func (c *checker) sameSiteOf(inst *instance) sameSiteValue {
	best := sameSiteUnset
	for _, s := range inst.values[attrSameSite] {
		best = max(best, c.sameSiteConst(s))
	}
	return best
}

// sameSiteConst classifies one SameSite source.
func (c *checker) sameSiteConst(s source) sameSiteValue {
	if s.loc.kind == kindSameSiteVerbatim && s.expr != nil {
		// beego writes the value only if it is a string (context/output.go:162-166).
		if t := c.pass.TypesInfo.TypeOf(s.expr); t != nil && !types.Identical(types.Default(t), types.Typ[types.String]) {
			return sameSiteOmitted
		}
	}
	v := constValue(c.pass.TypesInfo, s.expr)
	if v == nil {
		return sameSiteUnknown
	}
	switch s.loc.kind {
	case kindSameSiteOffIfSet:
		if v.Kind() == constant.Bool && constant.BoolVal(v) {
			return sameSiteOmitted
		}
		return sameSiteGood
	case kindSameSiteString, kindSameSiteVerbatim, kindSameSiteLaxElse:
		if v.Kind() != constant.String {
			return sameSiteUnknown
		}
		switch strings.ToLower(constant.StringVal(v)) {
		case "none":
			return sameSiteIsNone
		case "lax", "strict":
			return sameSiteGood
		case "disabled":
			if s.loc.kind != kindSameSiteLaxElse {
				return sameSiteOmitted
			}
		}
		if s.loc.kind == kindSameSiteVerbatim {
			return sameSiteOmitted // beego writes "" as no attribute
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
	if loc := inst.model.attrs[attrMaxAge]; loc.zeroIsDefault || inst.call != nil && loc.arg == 0 {
		return false // a negative value means the default there, or deletes one session of a store
	}
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
	if id, isIdent := unparen(e).(*ast.Ident); isIdent {
		e = c.timeVars[info.Uses[id]] // a variable set once: its value
	}
	call, isCall := c.withoutZone(e).(*ast.CallExpr)
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
	recv, isCall := c.withoutZone(sel.X).(*ast.CallExpr)
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

// withoutZone strips the conversions that change a time's location but not its instant
// (t.UTC(), t.Local(), t.In(loc)) from the outside of e.
func (c *checker) withoutZone(e ast.Expr) ast.Expr {
	for {
		call, ok := unparen(e).(*ast.CallExpr)
		if !ok {
			return unparen(e)
		}
		fn := calleeFunc(c.pass.TypesInfo, call)
		sel, isSel := unparen(call.Fun).(*ast.SelectorExpr)
		if !isSel || !(isMethod(fn, "time", "Time", "UTC") || isMethod(fn, "time", "Time", "Local") || isMethod(fn, "time", "Time", "In")) {
			return call
		}
		e = sel.X
	}
}

// judge reports every problem of one carrier.
func (c *checker) judge(inst *instance) {
	if inst.client || inst.bound.obj != nil && c.clientOnly(inst.bound.obj) {
		return // sent to a server, not to a browser
	}
	if inst.unsent {
		return // never sent at all
	}
	if c.deferDefault(inst) || c.defaultReplaced(inst) {
		return // a default that the callers of the package's constructors must replace, or that the package always replaces
	}
	c.judgeCarrier(inst)
}

// judgeCarrier reports the problems of the settings of a carrier that is sent.
func (c *checker) judgeCarrier(inst *instance) {
	if _, ok := inst.model.attrs[attrEnabled]; ok && !c.boolOn(inst, attrEnabled, inst.model.def.enabled) {
		return // configured to send no cookie
	}
	f := c.facts(inst)
	offered := make(map[attr]bool) // attributes whose insertion a fix already offers
	if !f.deletion {
		if !f.secureByPrefix && !f.secureByNone {
			c.judgeBool(inst, f, attrSecure, offered)
		}
		if !f.csrf {
			c.judgeBool(inst, f, attrHTTPOnly, offered)
		}
		c.judgeSameSite(inst, f, offered)
		c.judgeConfig(inst, f) // config category (deploy.go)
		if f.session && !f.csrf {
			c.judgeExpiry(inst, f)
		}
	}
	c.judgePrefix(inst, f)
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

// attrLabel names where attribute a is set, in the library's spelling: Secure, HTTPOnly,
// Options.Secure, csrf.Secure, the secure argument, SetSameSite.
func (c *checker) attrLabel(inst *instance, a attr) string {
	return c.locLabel(inst, a, inst.model.attrs[a])
}

// sourceLabel names where source s set attribute a.
func (c *checker) sourceLabel(inst *instance, a attr, s source) string {
	if s.label != "" {
		return s.label
	}
	if s.loc == (location{}) {
		return c.attrLabel(inst, a)
	}
	return c.locLabel(inst, a, s.loc)
}

// locLabel names loc, preferring an option to a field for calls that take options.
func (c *checker) locLabel(inst *instance, a attr, loc location) string {
	switch {
	case loc.option != "":
		return c.pkgName(inst, inst.model.pkg) + "." + loc.option + " option"
	case loc.field != "":
		return loc.field
	case loc.method != "":
		return loc.method
	case loc.arg > 0:
		if fn := calleeFunc(c.pass.TypesInfo, inst.call); fn != nil {
			sig := fn.Type().(*types.Signature)
			if loc.arg <= sig.Params().Len() && !(sig.Variadic() && loc.arg >= sig.Params().Len()) {
				return sig.Params().At(loc.arg-1).Name() + " argument"
			}
		}
		return strings.ToLower(a.String()) + " argument"
	}
	return a.String()
}

// howToSet says how to set attribute a on a call row: "set Options.Secure", "call MaxAge".
func (c *checker) howToSet(inst *instance, a attr) string {
	loc := inst.model.attrs[a]
	switch {
	case inst.model.configure != "":
		return "configure it with " + inst.model.configure + " and set " + a.String()
	case loc.method != "" && loc.field == "":
		return "call " + loc.method
	case loc.option != "":
		return "pass the " + c.attrLabel(inst, a)
	case loc.arg > 0:
		return "pass the " + c.attrLabel(inst, a)
	}
	return "set " + c.attrLabel(inst, a)
}

// pkgName returns the name under which inst's file imports path, or the package's own name.
func (c *checker) pkgName(inst *instance, path string) string {
	for _, imp := range inst.file.Imports {
		if imp.Name != nil && imp.Name.Name != "_" && imp.Name.Name != "." && strings.Trim(imp.Path.Value, `"`) == path {
			return imp.Name.Name
		}
	}
	if obj := lookupObject(c.pass.Pkg, path, ""); obj != nil {
		return obj.Pkg().Name()
	}
	for _, imp := range c.pass.Pkg.Imports() {
		if imp.Path() == path {
			return imp.Name()
		}
	}
	return pathBase(path)
}

// judgeBool reports Secure or HttpOnly missing or constant false.
func (c *checker) judgeBool(inst *instance, f facts, a attr, offered map[attr]bool) {
	m := inst.model
	cat, why, on := CategorySecure, whySecure, f.secure
	if a == attrHTTPOnly {
		cat, why, on = CategoryHTTPOnly, whyHTTPOnly, c.boolOn(inst, attrHTTPOnly, m.def.httpOnly)
	}
	srcs := inst.values[a]
	for _, s := range srcs {
		if s.assign {
			c.reportFalse(inst.label(f), c.sourceLabel(inst, a, s), a, s)
		}
	}
	if on || inst.explicitOnly {
		return
	}
	if len(srcs) > 0 {
		for _, s := range srcs {
			if !s.assign {
				c.reportFalse(inst.label(f), c.sourceLabel(inst, a, s), a, s)
			}
		}
		return
	}
	if _, ok := m.attrs[a]; !ok {
		return // the library offers no setting
	}
	var msg string
	byDefault := false
	if loc := m.attrs[a]; inst.call == nil || loc.arg > 0 || loc.option != "" {
		msg = fmt.Sprintf("has no %s: %s", c.attrLabel(inst, a), why)
	} else {
		msg = fmt.Sprintf("leaves %s off by default (%s to true): %s", a, c.howToSet(inst, a), why)
		byDefault = true // the message says what to set
	}
	if a == attrSecure && c.boolOn(inst, attrPartitioned, false) && len(inst.values[attrPartitioned]) > 0 {
		msg += ", and browsers reject a Partitioned cookie without Secure"
	}
	fix := c.insertFix(inst, a, "true")
	if fix == nil && !byDefault {
		msg += " (" + c.turnOn(inst, a) + ")"
	}
	if c.rep.report(finding{cat: cat, at: inst.at, subject: inst.label(f), msg: msg, fix: fix}) && fix != nil {
		offered[a] = true
	}
}

// turnOn says how to turn boolean attribute a on, for findings without a fix: set Secure to
// true, pass the iris.CookieSecure option.
func (c *checker) turnOn(inst *instance, a attr) string {
	switch loc := inst.model.attrs[a]; {
	case loc.option != "" && loc.kind == kindPresent:
		return "pass the " + c.attrLabel(inst, a)
	case loc.option != "" || loc.arg > 0:
		return fmt.Sprintf("pass true as the %s", c.attrLabel(inst, a))
	case loc.kind == kindBoolInverted:
		return c.howToSet(inst, a) + " to false"
	}
	return c.howToSet(inst, a) + " to true"
}

// reportFalse reports a boolean attribute set to constant false (or true, when inverted).
// Only a literal Secure value gets a fix that flips it (RULES.md, amended 11-30): HttpOnly
// off may be intended (scripts that read the cookie), and a named constant is a setting that
// a literal must not replace; the message then says what to do.
func (c *checker) reportFalse(subject, attrLabel string, a attr, s source) {
	on, ok := c.boolValue(s)
	if !ok || on {
		return
	}
	cat, why := CategorySecure, whySecure
	if a == attrHTTPOnly {
		cat, why = CategoryHTTPOnly, whyHTTPOnly
	}
	if c.rep.done(s.at, cat) {
		return // a statement shared by several carriers, already reported
	}
	safe := "true"
	if s.loc.kind == kindBoolInverted {
		safe = "false"
	}
	f := finding{cat: cat, at: s.at, subject: subject}
	value := types.ExprString(s.expr)
	name, related := c.namedConst(s.expr)
	if name != "" {
		value += fmt.Sprintf(" (a constant %t)", safe != "true")
		f.related = related
	}
	f.msg = fmt.Sprintf("sets %s to %s: %s", attrLabel, value, why)
	switch {
	case a == attrHTTPOnly:
		f.msg += fmt.Sprintf(" (not fixed automatically, as scripts may need to read it: set %s to %s, or keep it and add //cookiecheck:ignore httponly)", attrLabel, safe)
	case name != "":
		f.msg += fmt.Sprintf(" (not fixed automatically, as %s is a named constant: change it, or set %s to %s here)", name, attrLabel, safe)
	default:
		f.fix = c.replaceFix(s.expr, fmt.Sprintf("Set %s to %s", attrLabel, safe), safe)
		if f.fix == nil {
			f.msg += fmt.Sprintf(" (set %s to %s)", attrLabel, safe)
		}
	}
	c.rep.report(f)
}

// namedConst returns the first constant of the program that e refers to, as written there
// (insecure, config.SecureCookies), with its declaration as related information; "" if
// there is none. true, false and the modelled libraries' own constants
// (http.SameSiteDefaultMode) are values, not settings, and do not count.
func (c *checker) namedConst(e ast.Expr) (string, []analysis.RelatedInformation) {
	var name string
	var k *types.Const
	ast.Inspect(e, func(n ast.Node) bool {
		if k != nil {
			return false
		}
		var id *ast.Ident
		switch n := n.(type) {
		case *ast.SelectorExpr:
			id = n.Sel
		case *ast.Ident:
			id = n
		default:
			return true
		}
		if obj, ok := c.pass.TypesInfo.Uses[id].(*types.Const); ok && obj.Pkg() != nil && !modelPaths[obj.Pkg().Path()] {
			k, name = obj, types.ExprString(n.(ast.Expr))
		}
		return false
	})
	if k == nil {
		return "", nil
	}
	var related []analysis.RelatedInformation
	if k.Pos().IsValid() {
		rel := analysis.RelatedInformation{Pos: k.Pos(), Message: name + " is declared here"}
		if k.Pkg() == c.pass.Pkg {
			rel.End = k.Pos() + token.Pos(len(k.Name()))
		}
		related = append(related, rel)
	}
	return name, related
}

func (c *checker) judgeSameSite(inst *instance, f facts, offered map[attr]bool) {
	m := inst.model
	if _, ok := m.attrs[attrSameSite]; !ok {
		return // the library offers no setting
	}
	// A separate statement that turns SameSite off is reported wherever it is.
	for _, s := range inst.values[attrSameSite] {
		if s.assign && c.sameSiteConst(s) == sameSiteOmitted {
			c.reportOmitted(inst, f, s)
		}
	}
	if inst.explicitOnly {
		return
	}
	switch f.sameSite {
	case sameSiteGood, sameSiteUnknown:
		return
	case sameSiteIsNone:
		if f.secure || f.secureByPrefix {
			return // an explicit None with Secure is the user's choice; or the prefix finding covers it
		}
		if len(inst.values[attrSecure]) > 0 && c.cfg.enabled(CategorySecure) {
			return // Secure is turned off explicitly: that finding, and its fix, cover it
		}
		s := c.firstSameSite(inst, sameSiteIsNone)
		msg := fmt.Sprintf("sets %s to None without Secure: browsers reject the cookie", c.sourceLabel(inst, attrSameSite, s))
		var fix *analysis.SuggestedFix
		if !offered[attrSecure] && len(inst.values[attrSecure]) == 0 {
			fix = c.insertFix(inst, attrSecure, "true")
		}
		if fix == nil {
			msg += " (" + c.turnOn(inst, attrSecure) + ")"
		}
		c.rep.report(finding{cat: CategorySameSite, at: s.at, subject: inst.label(f), msg: msg, fix: fix})
	case sameSiteOmitted:
		for _, s := range inst.values[attrSameSite] {
			if !s.assign && c.sameSiteConst(s) == sameSiteOmitted {
				c.reportOmitted(inst, f, s)
				break
			}
		}
	case sameSiteUnset:
		switch m.def.sameSite {
		case sameSiteLax:
			return
		case sameSiteNone:
			msg := fmt.Sprintf("defaults SameSite to None, so the cookie is sent on cross-site requests (CSRF): %s to Lax or Strict",
				c.howToSet(inst, attrSameSite))
			c.rep.report(finding{cat: CategorySameSite, at: inst.at, subject: inst.label(f), msg: msg})
		default:
			var msg string
			fix := c.sameSiteInsertFix(inst)
			if loc := m.attrs[attrSameSite]; inst.call == nil || loc.arg > 0 || loc.option != "" {
				msg = fmt.Sprintf("has no %s: %s", c.attrLabel(inst, attrSameSite), whySameSite)
				if fix == nil {
					msg += " (" + c.setLax(inst) + ")"
				}
			} else {
				msg = fmt.Sprintf("sends no SameSite attribute (%s with Lax or Strict): %s", c.howToSet(inst, attrSameSite), whySameSite)
			}
			c.rep.report(finding{cat: CategorySameSite, at: inst.at, subject: inst.label(f), msg: msg, fix: fix})
		}
	}
}

// reportOmitted reports a SameSite value that sends no attribute, with a fix setting Lax
// unless the value is a named constant of the program.
func (c *checker) reportOmitted(inst *instance, f facts, s source) {
	if c.rep.done(s.at, CategorySameSite) {
		return // a statement shared by several carriers, already reported
	}
	label := c.sourceLabel(inst, attrSameSite, s)
	msg := fmt.Sprintf("sets %s to %s, which sends no SameSite attribute: %s", label, types.ExprString(s.expr), whySameSite)
	name, related := c.namedConst(s.expr)
	var fix *analysis.SuggestedFix
	switch {
	case inst.model.attrs[attrSameSite].kind == kindSameSiteOffIfSet:
		msg += fmt.Sprintf(" (set %s to false)", label)
	case name != "":
		msg += fmt.Sprintf(" (not fixed automatically, as %s is a named constant: change it, or set %s to Lax or Strict here)", name, label)
	default:
		if fix = c.sameSiteReplaceFix(inst, s); fix == nil {
			msg += fmt.Sprintf(" (set %s to Lax or Strict)", label)
		}
	}
	c.rep.report(finding{cat: CategorySameSite, at: s.at, subject: inst.label(f), msg: msg, fix: fix, related: related})
}

// setLax says how to set SameSite, for findings without a fix.
func (c *checker) setLax(inst *instance) string {
	if loc := inst.model.attrs[attrSameSite]; loc.option != "" || loc.arg > 0 {
		return "pass Lax or Strict as the " + c.attrLabel(inst, attrSameSite)
	}
	return c.howToSet(inst, attrSameSite) + " to Lax or Strict"
}

// firstSameSite returns the first SameSite source of the given class.
func (c *checker) firstSameSite(inst *instance, v sameSiteValue) source {
	for _, s := range inst.values[attrSameSite] {
		if c.sameSiteConst(s) == v {
			return s
		}
	}
	return source{at: inst.at}
}

func (c *checker) judgeExpiry(inst *instance, f facts) {
	m := inst.model
	limit := c.cfg.MaxAge.seconds()
	info := c.pass.TypesInfo
	for _, s := range inst.values[attrSessionOnly] {
		if on, ok := c.boolValue(s); ok && on {
			return // no Max-Age or Expires is sent
		}
	}
	set := false
	for _, a := range []attr{attrMaxAge, attrExpires, attrLifetime} {
		for _, s := range inst.values[a] {
			if n, ok := constInt(info, s.expr); ok && n < 0 && s.assign && s.loc.kind != kindTime {
				continue // a later statement deleting one cookie (a logout) sets no lifetime
			}
			set = true
			var secs int64
			var ok bool
			switch s.loc.kind {
			case kindSeconds:
				secs, ok = constInt(info, s.expr)
			case kindDuration:
				var d int64
				d, ok = constInt(info, s.expr)
				secs = d / int64(time.Second)
			case kindTime:
				secs, _, ok = c.timeFromNow(s.expr)
			}
			if raw, isConst := constInt(info, s.expr); isConst && raw == 0 && s.loc.zeroIsDefault {
				secs = m.def.lifetime
			}
			if ok && secs > limit {
				msg := fmt.Sprintf("lives %s, longer than the %s limit (flag -%s): no automatic fix, choose a shorter lifetime",
					humanSeconds(secs), c.cfg.MaxAge, FlagMaxAge)
				c.rep.report(finding{cat: CategoryExpiry, at: s.at, subject: "session cookie " + inst.label(f), msg: msg})
			}
		}
	}
	if !set && m.def.lifetime > limit && !inst.explicitOnly {
		a := attrMaxAge
		if _, ok := m.attrs[a]; !ok {
			a = attrLifetime
		}
		how := "set a shorter lifetime"
		if _, ok := m.attrs[a]; ok {
			how = c.howToSet(inst, a) + " to a shorter lifetime"
		}
		msg := fmt.Sprintf("lives %s by default, longer than the %s limit (flag -%s): %s",
			humanSeconds(m.def.lifetime), c.cfg.MaxAge, FlagMaxAge, how)
		c.rep.report(finding{cat: CategoryExpiry, at: inst.at, subject: "session cookie " + inst.label(f), msg: msg})
	}
}

// humanSeconds formats a lifetime: 30d, 36h, 90s.
func humanSeconds(secs int64) string {
	switch {
	case secs%year == 0:
		return fmt.Sprintf("%dy", secs/year)
	case secs%86400 == 0:
		return fmt.Sprintf("%dd", secs/86400)
	case secs%3600 == 0:
		return fmt.Sprintf("%dh", secs/3600)
	}
	return fmt.Sprintf("%ds", secs)
}

// judgePrefix reports a __Host- or __Secure- cookie that browsers reject: one finding for all
// its problems, Secure included, with one fix for those that have an exact one.
func (c *checker) judgePrefix(inst *instance, f facts) {
	if f.prefix == "" || inst.explicitOnly {
		return
	}
	m := inst.model
	info := c.pass.TypesInfo
	var problems, byHand []string
	var edits []analysis.TextEdit
	var related []analysis.RelatedInformation
	// replace fixes value e of attribute label, unless it is a named constant.
	replace := func(label string, e ast.Expr, safe string) {
		if name, rel := c.namedConst(e); name != "" {
			byHand = append(byHand, fmt.Sprintf("change the constant %s, or set %s to %s here", name, label, safe))
			related = append(related, rel...)
		} else if c.dropsPackage(e, safe) {
			byHand = append(byHand, fmt.Sprintf("set %s to %s", label, safe))
		} else {
			edits = append(edits, analysis.TextEdit{Pos: e.Pos(), End: e.End(), NewText: []byte(safe)})
		}
	}
	if !f.secure {
		srcs := inst.values[attrSecure]
		if len(srcs) == 0 {
			problems = append(problems, "no Secure")
			if fix := c.insertFix(inst, attrSecure, "true"); fix != nil {
				edits = append(edits, fix.TextEdits...)
			} else {
				byHand = append(byHand, c.turnOn(inst, attrSecure))
			}
		}
		for _, s := range srcs { // each is constant false: Secure is off
			if s.expr == nil {
				continue
			}
			label := c.sourceLabel(inst, attrSecure, s)
			problems = append(problems, fmt.Sprintf("%s set to %s", label, types.ExprString(s.expr)))
			safe := "true"
			if s.loc.kind == kindBoolInverted {
				safe = "false"
			}
			replace(label, s.expr, safe)
		}
	}
	if f.prefix == "__Host-" {
		for _, s := range inst.values[attrDomain] {
			if d, ok := constString(info, s.expr); ok && d != "" {
				problems = append(problems, "a Domain")
				byHand = append(byHand, "remove "+c.sourceLabel(inst, attrDomain, s))
				break
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
		if !pathOK {
			problems = append(problems, `no Path "/"`)
			switch {
			case badPath != nil:
				replace(c.sourceLabel(inst, attrPath, *badPath), badPath.expr, `"/"`)
			case len(inst.values[attrPath]) == 0:
				if fix := c.insertFix(inst, attrPath, `"/"`); fix != nil {
					edits = append(edits, fix.TextEdits...)
					break
				}
				fallthrough
			default:
				byHand = append(byHand, c.howToSet(inst, attrPath)+` to "/"`)
			}
		}
	}
	if len(problems) == 0 {
		return
	}
	msg := fmt.Sprintf("breaks the %s prefix rules (%s): browsers reject the cookie", f.prefix, strings.Join(problems, ", "))
	if len(byHand) > 0 {
		msg += " (by hand: " + strings.Join(byHand, ", and ") + ")"
	}
	var fix *analysis.SuggestedFix
	if len(edits) > 0 {
		fix = &analysis.SuggestedFix{Message: "Make the cookie meet the " + f.prefix + " prefix rules", TextEdits: edits}
	}
	c.rep.report(finding{cat: CategoryPrefix, at: inst.at, subject: inst.label(f), msg: msg, fix: fix, related: related})
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// judgeAssign reports an assignment of constant false to Secure or HttpOnly on a carrier that
// is not otherwise judged (a parameter, a field of another value).
func (c *checker) judgeAssign(fa *fieldAssign) {
	if fa.rhs == nil {
		return
	}
	m := structModelOf(c.declaringType(fa.lhs))
	if m == nil {
		return
	}
	name := fa.path[len(fa.path)-1].Name()
	for _, a := range []attr{attrSecure, attrHTTPOnly} {
		if loc, ok := m.attrs[a]; ok && loc.field == name {
			c.reportFalse(m.display, name, a, source{expr: fa.rhs, at: fa.lhs, assign: true, loc: loc, conditional: fa.conditional})
		}
	}
}

// judgeOption reports an option call that turns Secure (or, outside CSRF libraries,
// HttpOnly) off outside its carrier's call: opts := []csrf.Option{csrf.Secure(false)},
// sess.Handler(iris.CookieHTTPOnly(false)).
func (c *checker) judgeOption(call *ast.CallExpr) {
	opt, ok := c.optionOf(call)
	if !ok {
		return
	}
	s := source{expr: opt.value, at: call, assign: true, loc: opt.row.attrs[opt.attr], label: types.ExprString(call.Fun)}
	switch {
	case opt.attr == attrSecure, opt.attr == attrHTTPOnly && !opt.row.csrf:
		c.reportFalse(opt.row.display, s.label+" option", opt.attr, s)
	case opt.attr == attrSameSite && c.sameSiteConst(s) == sameSiteOmitted:
		inst := &instance{model: opt.row, file: c.fileOf(call.Pos())}
		c.reportOmitted(inst, facts{}, s)
	}
}

// declaringType returns the type whose struct declares the field sel selects, following
// embedded fields (store.CookieSecure is session.Config's field in a fiber Store).
func (c *checker) declaringType(sel *ast.SelectorExpr) types.Type {
	selection := c.pass.TypesInfo.Selections[sel]
	if selection == nil {
		return c.pass.TypesInfo.TypeOf(sel.X)
	}
	t := selection.Recv()
	index := selection.Index()
	for _, i := range index[:len(index)-1] {
		n := namedOf(t)
		if n == nil {
			return nil
		}
		st, ok := n.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return nil
		}
		t = st.Field(i).Type()
	}
	return t
}
