package engine

// This file runs an analyzer and the analyzers it requires on one package, with facts in
// memory.
//
// go/analysis/checker is not used: with facts it builds an action for every package reachable
// through Imports and panics on one without types, while here the dependencies outside the
// main modules have types from export data and nothing to analyze (their facts are empty);
// it cannot be cancelled between packages, which an editor needs; and it panics on a malformed
// fix, where a language server must go on. What it does that matters is small: run the
// Requires graph per package, hand each pass the facts of the packages it imports, resolve
// diagnostic URLs.

import (
	"fmt"
	"go/types"
	"reflect"
	"runtime/debug"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// action is one analyzer run on one package.
type action struct {
	a       *analysis.Analyzer
	pkg     *srcPkg
	result  any
	err     error
	skipped bool // not run: the package has errors and the analyzer does not run despite them
	diags   []analysis.Diagnostic

	objectFacts  map[objectFactKey]analysis.Fact
	packageFacts map[reflect.Type]analysis.Fact // facts about pkg itself
}

type objectFactKey struct {
	obj types.Object
	typ reflect.Type
}

// runAnalyzers runs r.a, and the analyzers it requires first, on p.
func (r *run) runAnalyzers(p *srcPkg) {
	p.actions = make(map[*analysis.Analyzer]*action)
	var exec func(a *analysis.Analyzer) *action
	exec = func(a *analysis.Analyzer) *action {
		if act := p.actions[a]; act != nil {
			return act
		}
		act := &action{a: a, pkg: p}
		p.actions[a] = act
		inputs := make(map[*analysis.Analyzer]any, len(a.Requires))
		for _, req := range a.Requires {
			dep := exec(req)
			switch {
			case dep.skipped:
				act.skipped = true
				return act
			case dep.err != nil:
				act.err = fmt.Errorf("required analyzer %s failed: %v", req.Name, dep.err)
				return act
			}
			inputs[req] = dep.result
		}
		if p.broken() && !a.RunDespiteErrors {
			act.skipped = true
			return act
		}
		r.exec(act, inputs)
		return act
	}
	exec(r.a)
}

// exec runs act's analyzer; a panic becomes its error.
func (r *run) exec(act *action, inputs map[*analysis.Analyzer]any) {
	p := act.pkg
	act.objectFacts = make(map[objectFactKey]analysis.Fact)
	act.packageFacts = make(map[reflect.Type]analysis.Fact)
	module := &analysis.Module{}
	if m := p.node.module; m != nil {
		module = &analysis.Module{Path: m.Path, Version: m.Version, GoVersion: m.GoVersion}
	}
	pass := &analysis.Pass{
		Analyzer:     act.a,
		Fset:         r.fset,
		Files:        p.files,
		OtherFiles:   p.node.otherFiles,
		IgnoredFiles: p.node.ignoredFiles,
		Pkg:          p.types,
		TypesInfo:    p.info,
		TypesSizes:   r.graph.sizes,
		TypeErrors:   p.typeErr,
		Module:       module,
		ResultOf:     inputs,
		Report:       func(d analysis.Diagnostic) { act.diags = append(act.diags, d) },
		ReadFile:     r.passReadFile(p),

		ImportObjectFact:  func(obj types.Object, fact analysis.Fact) bool { return r.objectFact(act, obj, fact) },
		ImportPackageFact: func(pkg *types.Package, fact analysis.Fact) bool { return r.packageFact(act, pkg, fact) },
		ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
			if obj.Pkg() != p.types {
				panic(fmt.Sprintf("%s: fact %T about %s, an object of another package", act.a.Name, fact, obj))
			}
			act.objectFacts[objectFactKey{obj, reflect.TypeOf(fact)}] = fact
		},
		ExportPackageFact: func(fact analysis.Fact) { act.packageFacts[reflect.TypeOf(fact)] = fact },
		AllObjectFacts:    func() []analysis.ObjectFact { return r.allObjectFacts(act) },
		AllPackageFacts:   func() []analysis.PackageFact { return r.allPackageFacts(act) },
	}
	defer func() {
		if v := recover(); v != nil {
			act.err = fmt.Errorf("internal error: analyzer %s panicked on package %s: %v\n%s", act.a.Name, p.node.path, v, debug.Stack())
		}
	}()
	act.result, act.err = act.a.Run(pass)
	if act.err == nil && act.a.ResultType != nil && reflect.TypeOf(act.result) != act.a.ResultType {
		act.err = fmt.Errorf("internal error: analyzer %s returned a %T, want %v", act.a.Name, act.result, act.a.ResultType)
	}
}

// passReadFile implements Pass.ReadFile: the files of p only, overlay first.
func (r *run) passReadFile(p *srcPkg) func(string) ([]byte, error) {
	n := p.node
	return func(name string) ([]byte, error) {
		if !slices.Contains(n.goFiles, name) && !slices.Contains(n.otherFiles, name) && !slices.Contains(n.ignoredFiles, name) {
			return nil, fmt.Errorf("Pass.ReadFile: %s is not among the files of package %s", name, n.path)
		}
		return r.readFile(name)
	}
}

// factAction returns the action of act's analyzer on the source package that declares pkg,
// if that package is a dependency of act's and the analyzer ran on it.
func (r *run) factAction(act *action, pkg *types.Package) *action {
	r.mu.Lock()
	p := r.byTypes[pkg]
	r.mu.Unlock()
	if _, deps := deepDeps(act.pkg); p == nil || !deps[p] {
		return nil // from export data (no facts), or not a dependency
	}
	return p.actions[act.a]
}

func (r *run) objectFact(act *action, obj types.Object, ptr analysis.Fact) bool {
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	src := act
	if obj.Pkg() != act.pkg.types {
		src = r.factAction(act, obj.Pkg())
	}
	if src == nil {
		return false
	}
	fact, ok := src.objectFacts[objectFactKey{obj, reflect.TypeOf(ptr)}]
	if ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(fact).Elem())
	}
	return ok
}

func (r *run) packageFact(act *action, pkg *types.Package, ptr analysis.Fact) bool {
	src := act
	if pkg != act.pkg.types {
		src = r.factAction(act, pkg)
	}
	if src == nil {
		return false
	}
	fact, ok := src.packageFacts[reflect.TypeOf(ptr)]
	if ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(fact).Elem())
	}
	return ok
}

// deepDeps returns p and its transitive source dependencies, as a list and as a set.
func deepDeps(p *srcPkg) ([]*srcPkg, map[*srcPkg]bool) {
	p.deepMu.Lock()
	defer p.deepMu.Unlock()
	if p.deep == nil {
		p.deepSet = map[*srcPkg]bool{p: true}
		p.deep = []*srcPkg{p}
		for i := 0; i < len(p.deep); i++ {
			for _, dep := range p.deep[i].deps {
				if !p.deepSet[dep] {
					p.deepSet[dep] = true
					p.deep = append(p.deep, dep)
				}
			}
		}
	}
	return p.deep, p.deepSet
}

func (r *run) allObjectFacts(act *action) []analysis.ObjectFact {
	var facts []analysis.ObjectFact
	deps, _ := deepDeps(act.pkg)
	for _, p := range deps {
		if src := p.actions[act.a]; src != nil {
			for k, fact := range src.objectFacts {
				facts = append(facts, analysis.ObjectFact{Object: k.obj, Fact: fact})
			}
		}
	}
	return facts
}

func (r *run) allPackageFacts(act *action) []analysis.PackageFact {
	var facts []analysis.PackageFact
	deps, _ := deepDeps(act.pkg)
	for _, p := range deps {
		if src := p.actions[act.a]; src != nil {
			for _, fact := range src.packageFacts {
				facts = append(facts, analysis.PackageFact{Package: p.types, Fact: fact})
			}
		}
	}
	return facts
}
