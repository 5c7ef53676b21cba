package analyzer

import (
	"cmp"
	"go/token"
	"go/types"
	"maps"
	"path/filepath"
	"strings"

	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
)

// versioned returns the row by which m's carriers are judged in this package: m itself, or,
// when the package builds against an older release listed in m.older, a copy with that
// release's defaults whose display names the version, so that messages state its default.
func (c *checker) versioned(m *model) *model {
	if len(m.older) == 0 {
		return m
	}
	if v, ok := c.versions[m]; ok {
		return v
	}
	v := m
	if rel, label, ok := c.olderRelease(m); ok {
		cp := *m
		cp.def = rel.def
		cp.display = m.display + " (" + label + ")"
		if len(rel.without) > 0 {
			cp.attrs = maps.Clone(m.attrs)
			for _, a := range rel.without {
				delete(cp.attrs, a)
			}
		}
		v = &cp
	}
	if c.versions == nil {
		c.versions = make(map[*model]*model)
	}
	c.versions[m] = v
	return v
}

// olderRelease returns the release of m.older the package builds against, with a label
// naming the version ("github.com/gorilla/sessions v1.2.2"). The module version is read
// from where the library's source lives (the module cache names it: .../sessions@v1.2.2/);
// when it cannot be read (vendored, replaced by a directory, GOPATH), a release's probe
// decides, and a release without one is not assumed.
func (c *checker) olderRelease(m *model) (release, string, bool) {
	for _, rel := range m.older {
		pkg := findImport(c.pass.Pkg, rel.pkg)
		if pkg == nil {
			continue
		}
		if version := moduleVersion(c.pass.Fset, pkg, rel.module); version != "" {
			if semver.Compare(version, rel.before) < 0 {
				return rel, rel.module + " " + version, true
			}
			continue
		}
		if rel.probe != "" && !hasObject(pkg, rel.probe) {
			return rel, rel.module + " before " + cmp.Or(rel.since, rel.before), true
		}
	}
	return release{}, "", false
}

// findImport returns the package path among pkg's imports, direct or indirect, or nil.
func findImport(pkg *types.Package, path string) *types.Package {
	seen := map[*types.Package]bool{pkg: true}
	queue := []*types.Package{pkg}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, imp := range p.Imports() {
			if imp.Path() == path {
				return imp
			}
			if !seen[imp] {
				seen[imp] = true
				queue = append(queue, imp)
			}
		}
	}
	return nil
}

// moduleVersion returns the version of module that pkg's source comes from, read from the
// file name of one of its objects, or "" when the name does not carry it.
func moduleVersion(fset *token.FileSet, pkg *types.Package, mod string) string {
	escaped, err := module.EscapePath(mod)
	if err != nil {
		return ""
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		pos := scope.Lookup(name).Pos()
		if !pos.IsValid() {
			continue
		}
		file := filepath.ToSlash(fset.Position(pos).Filename)
		i := strings.LastIndex(file, escaped+"@")
		if i < 0 || i > 0 && file[i-1] != '/' {
			return ""
		}
		version, _, _ := strings.Cut(file[i+len(escaped)+1:], "/")
		if version, err = module.UnescapeVersion(version); err != nil || !semver.IsValid(version) {
			return ""
		}
		return version
	}
	return ""
}

// hasObject reports whether pkg declares the exported object name: "Func", or "Type.Field"
// for a field or method of a type.
func hasObject(pkg *types.Package, name string) bool {
	typeName, member, isMember := strings.Cut(name, ".")
	obj := pkg.Scope().Lookup(typeName)
	if obj == nil || !isMember {
		return obj != nil
	}
	found, _, _ := types.LookupFieldOrMethod(obj.Type(), true, pkg, member)
	return found != nil
}
