package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/objectpath"
)

// This file judges the config category: a cookie attribute read directly from an app setting
// whose declared default is the insecure value (Django's check --deploy, for Go). The settings
// and their defaults come from settings.go.

// configAttrs are the attributes the config category judges.
var configAttrs = []attr{attrSecure, attrHTTPOnly, attrSameSite}

// judgeConfig reports the attributes of inst that come directly from a setting whose declared
// default is insecure, and records as uses those whose setting has no default this package
// can see.
func (c *checker) judgeConfig(inst *instance, f facts) {
	st := c.appSettings
	if st == nil || st.skip {
		return
	}
	for _, a := range configAttrs {
		loc, ok := inst.model.attrs[a]
		if !ok || a == attrHTTPOnly && f.csrf || loc.kind == kindSameSiteOffIfSet {
			continue
		}
		if a == attrSecure && inst.model.forcesSecure && f.sameSite == sameSiteIsNone {
			continue // the library sets Secure itself
		}
		srcs := inst.values[a]
		refs := make([]settingRef, 0, len(srcs))
		for _, s := range srcs {
			if s.expr == nil || constValue(c.pass.TypesInfo, s.expr) != nil {
				break // set by a whole value, by callers, or to a constant: judged by the other categories
			}
			st.walk()
			ref, ok := st.refOf(s.expr)
			if !ok {
				break // decided at run time by something else
			}
			refs = append(refs, ref)
		}
		if len(refs) == 0 || len(refs) != len(srcs) {
			continue // only attributes decided by settings alone
		}
		for i, ref := range refs {
			c.judgeSettingSource(inst, f, a, srcs[i], ref)
		}
	}
}

// judgeSettingSource judges one source of attribute a that reads setting ref.
func (c *checker) judgeSettingSource(inst *instance, f facts, a attr, s source, ref settingRef) {
	st := c.appSettings
	invert := ref.negate != (s.loc.kind == kindBoolInverted)
	d := st.defaultOf(ref)
	if d == nil {
		if ref.obj != nil && !st.setInCode(ref.obj) {
			st.addUse(ref.obj, a, invert, inst.label(f), st.where(s.at.Pos()), f.session)
		}
		return
	}
	if !insecureDefault(a, d.Default, invert) {
		return
	}
	from := d.Setting
	if invert {
		from = "the negation of " + from
	}
	msg := fmt.Sprintf("takes %s from %s, which defaults to %s (%s): deployments that do not set it %s%s",
		c.sourceLabel(inst, a, s), from, d.Default, d.origin(), consequence(a, f.session), whatToDo(a, d.Default))
	c.rep.report(finding{cat: CategoryConfig, at: s.at, subject: inst.label(f), msg: msg, related: st.related(d)})
}

// insecureDefault reports whether a setting whose default is def leaves attribute a unsafe.
func insecureDefault(a attr, def string, invert bool) bool {
	if a == attrSameSite {
		return def == "None" && !invert
	}
	if def != "true" && def != "false" {
		return false
	}
	return (def == "true") == invert
}

// consequence says what a deployment with the default gets.
func consequence(a attr, session bool) string {
	what := "the cookie"
	if session {
		what = "the session"
	}
	switch a {
	case attrSecure:
		return "send " + what + " over plain HTTP"
	case attrHTTPOnly:
		return "let scripts read " + what
	}
	return "send " + what + " on cross-site requests (CSRF)"
}

// whatToDo says what the maintainers can change, since there is no automatic fix: flipping a
// default changes every deployment.
func whatToDo(a attr, def string) string {
	safe := negated(def)
	if a == attrSameSite {
		safe = "Lax"
	}
	return " (no automatic fix: change the default to " + safe + ")"
}

// related points at the default when it is in this package, else at the setting's declaration.
func (s *settings) related(d *settingDefault) []analysis.RelatedInformation {
	switch {
	case d.at != nil:
		return []analysis.RelatedInformation{{Pos: d.at.Pos(), End: d.at.End(), Message: "the default is declared here"}}
	case d.decl.IsValid():
		return []analysis.RelatedInformation{{Pos: d.decl, End: d.decl, Message: "the setting is declared here"}}
	}
	return nil
}

// addUse records that a carrier's attribute reads setting obj, whose default this package
// cannot see, for the packages that import this one.
func (s *settings) addUse(obj types.Object, a attr, invert bool, cookie, where string, session bool) {
	v, ok := obj.(*types.Var)
	if !ok || v.Pkg() == nil || !v.IsField() && v.Parent() != v.Pkg().Scope() {
		return // a local variable: nothing outside sets it
	}
	p, err := objectpath.For(v)
	if err != nil || !v.Exported() || v.Pkg().Name() == "main" {
		return // no importer can set it
	}
	if owner, _, _ := strings.Cut(string(p), "."); !token.IsExported(owner) {
		return // a field of an unexported type
	}
	s.uses = append(s.uses, settingUse{
		Pkg: v.Pkg().Path(), Obj: string(p), Setting: s.settingName(v), Attr: a.String(), Invert: invert,
		Cookie: cookie, Where: where, Session: session,
	})
}

// passOnUses handles the uses the imports pass on: a use of a setting that this package
// declares a default for (a flag bound to it, a defaults literal, a relay from such a
// setting) is reported at that default; a use of a setting this package sets in code is
// dropped; a use of a setting this package sets only from another setting becomes a use of
// that one; the rest are passed on.
func (s *settings) passOnUses() {
	type atDefault struct {
		at   ast.Node
		attr string
		d    *settingDefault
		uses []settingUse
	}
	var found []*atDefault
	byKey := make(map[string]*atDefault)
	for _, u := range s.imported {
		obj := s.lookupUse(u)
		if obj == nil {
			s.uses = append(s.uses, u)
			continue
		}
		if d := s.resolve(obj); d != nil && d.at != nil {
			if insecureDefault(attrOfName(u.Attr), d.Default, u.Invert) {
				key := fmt.Sprintf("%d/%s", d.at.Pos(), u.Attr)
				if byKey[key] == nil {
					byKey[key] = &atDefault{at: d.at, attr: u.Attr, d: d}
					found = append(found, byKey[key])
				}
				byKey[key].uses = append(byKey[key].uses, u)
			}
			continue
		}
		if refs, ok := s.relaysOnly(obj); ok {
			for _, ref := range refs {
				if ref.obj == nil {
					continue
				}
				s.addUse(ref.obj, attrOfName(u.Attr), u.Invert != ref.negate, u.Cookie, u.Where, u.Session)
			}
			continue
		}
		if s.setInCode(obj) {
			continue
		}
		s.uses = append(s.uses, u)
	}
	for _, f := range found {
		u := f.uses[0]
		a := attrOfName(f.attr)
		who := fmt.Sprintf("%s (%s)", u.Cookie, u.Where)
		verb := "takes"
		if n := len(f.uses) - 1; n > 0 {
			who += fmt.Sprintf(" and %d more", n)
			verb = "take"
		}
		msg := fmt.Sprintf("defaults to %s, and %s %s %s from it: deployments that do not set it %s%s",
			f.d.Default, who, verb, f.attr, consequence(a, u.Session), whatToDo(a, f.d.Default))
		s.findings = append(s.findings, finding{cat: CategoryConfig, at: f.at, subject: f.d.Setting, msg: msg})
	}
}

// relaysOnly returns the settings obj is set from, if the package sets it only from settings
// whose defaults it cannot see (server.Config{Secure: cfg.Secure}).
func (s *settings) relaysOnly(obj types.Object) ([]settingRef, bool) {
	events := s.events[obj]
	if len(events) == 0 {
		return nil, false
	}
	var refs []settingRef
	for _, e := range events {
		if e.value == nil {
			return nil, false
		}
		ref, ok := s.refOf(e.value)
		if !ok || s.defaultOf(ref) != nil {
			return nil, false
		}
		refs = append(refs, ref)
	}
	return refs, true
}

// lookupUse finds the setting of u among the package's imports, direct or not.
func (s *settings) lookupUse(u settingUse) types.Object {
	seen := make(map[*types.Package]bool)
	queue := []*types.Package{s.pass.Pkg}
	for len(queue) > 0 {
		pkg := queue[0]
		queue = queue[1:]
		if seen[pkg] {
			continue
		}
		seen[pkg] = true
		if pkg.Path() == u.Pkg {
			obj, err := objectpath.Object(pkg, objectpath.Path(u.Obj))
			if err != nil {
				return nil
			}
			return obj
		}
		queue = append(queue, pkg.Imports()...)
	}
	return nil
}

func attrOfName(name string) attr {
	for _, a := range configAttrs {
		if a.String() == name {
			return a
		}
	}
	return attrSecure
}

// reportTo sends the findings at flag defaults with the package's other findings.
func (s *settings) reportTo(rep *reporter) {
	for _, f := range s.findings {
		rep.report(f)
	}
}

// reportAlone sends the findings at flag defaults of a package the cookie checks skip (main
// binding a flag for a cookie of a package it imports).
func (s *settings) reportAlone(cfg *Config) {
	if len(s.findings) == 0 {
		return
	}
	rep := newReporter(s.pass, cfg, inspector.New(s.pass.Files))
	s.reportTo(rep)
	rep.flush()
}

// exportUses exports the package's uses, sorted and without duplicates, for its importers.
func (s *settings) exportUses() {
	if s.skip || len(s.uses) == 0 || s.pass.Pkg.Name() == "main" {
		return
	}
	s.pass.ExportPackageFact(&settingUsesFact{Uses: sortUses(s.uses)})
}

// sortUses sorts uses and removes duplicates, so that facts are deterministic.
func sortUses(uses []settingUse) []settingUse {
	slices.SortFunc(uses, func(a, b settingUse) int {
		return cmp.Or(strings.Compare(a.Pkg, b.Pkg), strings.Compare(a.Obj, b.Obj), strings.Compare(a.Attr, b.Attr),
			strings.Compare(a.Where, b.Where), strings.Compare(a.Cookie, b.Cookie))
	})
	return slices.Compact(uses)
}
