package analyzer_test

import (
	"bufio"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/packages"
)

// realModulesEnv makes TestStubsMatchRealModules mandatory (CI): the real
// modules are downloaded through the proxy and a failed download fails the
// test. Without it the test runs only if the modules are already in the
// module cache.
const realModulesEnv = "COOKIECHECK_REAL_MODULES"

// stubHeader is the first line of every file of a stub package.
var stubHeader = regexp.MustCompile(`^// Stub of (\S+)@(\S+): only the API cookiecheck reads\.$`)

// replacedFields lists stub struct fields whose type deliberately differs
// from the real one, keyed "importpath.Type.Field", with the reason. The
// stubs avoid the need by stubbing the third-party packages such fields
// come from (gorilla/securecookie, gomodule/redigo, kataras/golog), so the
// list is empty; add an entry only with a reason.
var replacedFields = map[string]string{}

// stubPackage is one GOPATH stub package under testdata/src.
type stubPackage struct {
	path    string // import path
	module  string // module path from the header
	version string // module version from the header
}

// TestStubsMatchRealModules checks that every exported object of every
// stub package under testdata/src has the same name, kind and type as in
// the real module at the version named in the stub's header, loaded from
// testdata/realmod: struct fields at the same index with the same name,
// type and tag (a stub may list a prefix of the fields), constant values,
// and methods with the same signature and receiver kind.
//
// The stubs of older releases under testdata/old/src are checked the same way against
// testdata/realmod_old.
func TestStubsMatchRealModules(t *testing.T) {
	for _, set := range []struct{ gopath, realmod string }{
		{".", "realmod"},
		{"old", "realmod_old"},
	} {
		t.Run(set.realmod, func(t *testing.T) {
			realmod, realEnv := realModule(t, set.realmod)
			checkStubs(t, filepath.Join(filepath.Dir(realmod), set.gopath), realmod, realEnv)
		})
	}
}

// checkStubs checks the stubs of GOPATH gopath against module realmod.
func checkStubs(t *testing.T, gopath, realmod string, realEnv []string) {
	stubs := findStubs(t, filepath.Join(gopath, "src"))
	if len(stubs) == 0 {
		t.Fatalf("no stub packages found under %s/src", gopath)
	}

	paths := make([]string, len(stubs))
	for i, s := range stubs {
		paths[i] = s.path
	}
	const mode = packages.NeedName | packages.NeedTypes | packages.NeedModule
	start := time.Now()
	stubPkgs := load(t, &packages.Config{
		Mode: mode,
		Dir:  gopath,
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
	}, paths)
	realPkgs := load(t, &packages.Config{Mode: mode, Dir: realmod, Env: realEnv}, paths)
	t.Logf("loading %d packages twice: %v", len(paths), time.Since(start).Round(time.Millisecond))

	for _, s := range stubs {
		t.Run(s.path, func(t *testing.T) {
			stub, real := stubPkgs[s.path], realPkgs[s.path]
			checkModule(t, s, real)
			checkPackage(t, stub.Types, real.Types)
		})
	}
}

// findStubs returns the packages under src whose files carry the stub
// header, checking that all files of a stub package carry it and name the
// same module version.
func findStubs(t *testing.T, src string) []stubPackage {
	t.Helper()
	byDir := map[string]*stubPackage{}
	others := map[string][]string{} // files without the header, by directory
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		dir := filepath.Dir(path)
		m := stubHeader.FindStringSubmatch(firstLine(t, path))
		if m == nil {
			others[dir] = append(others[dir], path)
			return nil
		}
		if s, ok := byDir[dir]; !ok {
			rel, _ := filepath.Rel(src, dir)
			byDir[dir] = &stubPackage{path: filepath.ToSlash(rel), module: m[1], version: m[2]}
		} else if s.module != m[1] || s.version != m[2] {
			t.Errorf("%s: header names %s@%s, other files %s@%s", path, m[1], m[2], s.module, s.version)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var stubs []stubPackage
	for dir, s := range byDir {
		for _, path := range others[dir] {
			t.Errorf("%s: missing the stub header of the other files of its package", path)
		}
		stubs = append(stubs, *s)
	}
	sort.Slice(stubs, func(i, j int) bool { return stubs[i].path < stubs[j].path })
	return stubs
}

// firstLine returns the first line of the file.
func firstLine(t *testing.T, path string) string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan()
	return sc.Text()
}

// load loads the packages and fails on any load or type error.
func load(t *testing.T, cfg *packages.Config, paths []string) map[string]*packages.Package {
	t.Helper()
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		t.Fatalf("loading in %s: %v", cfg.Dir, err)
	}
	byPath := map[string]*packages.Package{}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Errorf("loading %s in %s: %v", p.PkgPath, cfg.Dir, e)
		}
		byPath[p.PkgPath] = p
	}
	for _, path := range paths {
		if p := byPath[path]; p == nil || p.Types == nil {
			t.Fatalf("package %s not loaded in %s", path, cfg.Dir)
		}
	}
	if t.Failed() {
		t.FailNow()
	}
	return byPath
}

// checkModule reports whether realmod resolved the package to the module
// version the stub header names.
func checkModule(t *testing.T, s stubPackage, real *packages.Package) {
	m := real.Module
	if m == nil {
		t.Errorf("real package has no module information")
		return
	}
	version := m.Version
	if m.Replace != nil {
		version = m.Replace.Version
	}
	if m.Path != s.module || version != s.version {
		t.Errorf("stub is of %s@%s, the real module resolves %s@%s", s.module, s.version, m.Path, version)
	}
}

// qualifier prints every package by its import path.
func qualifier(p *types.Package) string { return p.Path() }

// typeString prints t with full import paths.
func typeString(t types.Type) string { return types.TypeString(t, qualifier) }

// checkPackage compares every exported object of stub with real.
func checkPackage(t *testing.T, stub, real *types.Package) {
	scope := stub.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue // unexported objects are the stub's own business
		}
		robj := real.Scope().Lookup(name)
		if robj == nil {
			t.Errorf("%s: not in the real package", name)
			continue
		}
		if kind(obj) != kind(robj) {
			t.Errorf("%s: stub is a %s, real is a %s", name, kind(obj), kind(robj))
			continue
		}
		if s, r := typeString(obj.Type()), typeString(robj.Type()); s != r {
			t.Errorf("%s: type\n\tstub %s\n\treal %s", name, s, r)
			continue
		}
		switch obj := obj.(type) {
		case *types.Const:
			if s, r := obj.Val().ExactString(), robj.(*types.Const).Val().ExactString(); s != r {
				t.Errorf("%s: value stub %s, real %s", name, s, r)
			}
		case *types.TypeName:
			checkTypeName(t, name, obj, robj.(*types.TypeName))
		}
	}
}

// kind names the kind of object, telling aliases from defined types.
func kind(obj types.Object) string {
	if tn, ok := obj.(*types.TypeName); ok && tn.IsAlias() {
		return "type alias"
	}
	return strings.TrimPrefix(reflect.TypeOf(obj).String(), "*types.")
}

// checkTypeName compares a type declaration: an alias's target, a defined
// type's underlying type (fields of structs, methods of interfaces) and its
// methods.
func checkTypeName(t *testing.T, name string, stub, real *types.TypeName) {
	if stub.IsAlias() {
		if s, r := typeString(types.Unalias(stub.Type())), typeString(types.Unalias(real.Type())); s != r {
			t.Errorf("%s: alias of\n\tstub %s\n\treal %s", name, s, r)
		}
		return
	}
	su, ru := stub.Type().Underlying(), real.Type().Underlying()
	switch su := su.(type) {
	case *types.Struct:
		ru, ok := ru.(*types.Struct)
		if !ok {
			t.Errorf("%s: stub is a struct, real is %s", name, typeString(real.Type().Underlying()))
			return
		}
		checkFields(t, stub.Pkg().Path()+"."+name, su, ru)
	case *types.Interface:
		if _, ok := ru.(*types.Interface); !ok {
			t.Errorf("%s: stub is an interface, real is %s", name, typeString(ru))
			return
		}
	default:
		if s, r := typeString(su), typeString(ru); s != r {
			t.Errorf("%s: underlying type\n\tstub %s\n\treal %s", name, s, r)
		}
	}
	checkMethods(t, name, stub.Type(), real.Type())
}

// checkFields requires every stub field at the same index in the real
// struct, with the same name, embedding, type and tag.
func checkFields(t *testing.T, key string, stub, real *types.Struct) {
	for i := 0; i < stub.NumFields(); i++ {
		sf := stub.Field(i)
		if i >= real.NumFields() {
			t.Errorf("%s.%s: field %d, the real struct has only %d fields", key, sf.Name(), i, real.NumFields())
			return
		}
		rf := real.Field(i)
		if sf.Name() != rf.Name() || sf.Embedded() != rf.Embedded() {
			t.Errorf("%s: field %d is %s (embedded %v), real %s (embedded %v)",
				key, i, sf.Name(), sf.Embedded(), rf.Name(), rf.Embedded())
			return // later indexes would all be off
		}
		fkey := key + "." + sf.Name()
		if s, r := typeString(sf.Type()), typeString(rf.Type()); s != r {
			if _, ok := replacedFields[fkey]; !ok {
				t.Errorf("%s: field type\n\tstub %s\n\treal %s", fkey, s, r)
			}
		}
		if s, r := stub.Tag(i), real.Tag(i); s != r {
			t.Errorf("%s: tag stub %q, real %q", fkey, s, r)
		}
	}
}

// checkMethods requires every exported method of the stub type (declared,
// promoted, or of an interface) on the real type with the same signature
// and the same receiver kind (value or pointer).
func checkMethods(t *testing.T, name string, stub, real types.Type) {
	if types.IsInterface(stub) {
		compareMethodSets(t, name, types.NewMethodSet(stub), types.NewMethodSet(real), nil, nil)
		return
	}
	compareMethodSets(t, name,
		types.NewMethodSet(types.NewPointer(stub)), types.NewMethodSet(types.NewPointer(real)),
		types.NewMethodSet(stub), types.NewMethodSet(real))
}

// compareMethodSets checks the exported methods of stub against real; the
// optional value method sets tell value from pointer receivers.
func compareMethodSets(t *testing.T, name string, stub, real, stubValue, realValue *types.MethodSet) {
	for i := 0; i < stub.Len(); i++ {
		m := stub.At(i).Obj()
		if !m.Exported() {
			continue
		}
		rsel := real.Lookup(m.Pkg(), m.Name()) // the package matters only for unexported names
		if rsel == nil {
			t.Errorf("%s: method %s not on the real type", name, m.Name())
			continue
		}
		if s, r := typeString(m.Type()), typeString(rsel.Obj().Type()); s != r {
			t.Errorf("%s.%s: signature\n\tstub %s\n\treal %s", name, m.Name(), s, r)
		}
		if stubValue == nil {
			continue
		}
		sv := stubValue.Lookup(m.Pkg(), m.Name()) != nil
		rv := realValue.Lookup(m.Pkg(), m.Name()) != nil
		if sv != rv {
			t.Errorf("%s.%s: value receiver in stub %v, in real %v", name, m.Name(), sv, rv)
		}
	}
}
