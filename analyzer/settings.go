package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// This file finds the app's own settings (config struct fields, flag variables, viper keys)
// and their declared defaults, for the config category (deploy.go). A setting's default is
// computed in the package that declares it and exported as an object fact; a package whose
// cookie reads a setting with no default it can see exports a package fact (settingUses) so
// that the package binding a flag to it (usually main, which imports the cookie's package)
// can report there.

// settingFact is the declared default of a setting: a field of a config struct or a flag
// variable, exported by the package that declares it.
type settingFact struct {
	Setting string // how users know it: "flag -secure-cookie", "Config.SecureCookie", "viper key cookie.secure"
	Via     string // what declares the default when it is not the setting itself: `tag default:"false"`, "DefaultConfig"
	// Default is "true", "false", or "None" for a SameSite setting; "" when the package sets
	// it in code or declares different defaults, so that importers do not take it for a
	// setting without a default.
	Default string
	Where   string // file:line of the default, relative to the module root
}

func (*settingFact) AFact() {}

func (f *settingFact) String() string {
	if f.Default == "" {
		return f.Setting + " has no single declared default"
	}
	return fmt.Sprintf("%s defaults to %s (%s)", f.Setting, f.Default, f.origin())
}

// origin says where the default is declared: "tag default:\"false\", config/config.go:12".
func (f *settingFact) origin() string {
	if f.Via == "" {
		return f.Where
	}
	return f.Via + ", " + f.Where
}

// settingUse is a cookie attribute read directly from a setting whose default its package
// cannot see.
type settingUse struct {
	Pkg string // the setting's package path
	Obj string // its objectpath
	// Setting names it for messages: Config.SecureCookie.
	Setting string
	Attr    string // Secure, HttpOnly or SameSite
	Invert  bool   // the attribute is the setting's negation (!cfg.Insecure, or an inverted field)
	Cookie  string // the carrier, as messages name it: http.Cookie "session"
	Where   string // file:line of the attribute
	// Session: the carrier holds a session, for the message.
	Session bool
}

// settingUsesFact lists the uses of a package and those of its imports it passes on (settings
// that neither it nor the cookie's package sets in code), so that the package that binds a
// flag to the setting can report them.
type settingUsesFact struct{ Uses []settingUse }

func (*settingUsesFact) AFact() {}

func (f *settingUsesFact) String() string {
	var b strings.Builder
	for i, u := range f.Uses {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s of %s from %s.%s", u.Attr, u.Cookie, path.Base(u.Pkg), u.Setting)
	}
	return b.String()
}

// flagFunc is a function or method that registers a boolean flag.
type flagFunc struct {
	pkg, recv, name string
	ptr             int // 1-based argument holding the variable's address; 0: the call returns it
	nameArg, value  int // 1-based arguments holding the flag's name and default
}

// flagFuncs registers boolean flags: the standard library's flag (go1.26 src/flag/flag.go:748-770)
// and spf13/pflag@v1.0.10 (bool.go:49-93), whose FlagSet cobra's cmd.Flags() and
// cmd.PersistentFlags() return.
var flagFuncs = []flagFunc{
	{"flag", "", "Bool", 0, 1, 2},
	{"flag", "FlagSet", "Bool", 0, 1, 2},
	{"flag", "", "BoolVar", 1, 2, 3},
	{"flag", "FlagSet", "BoolVar", 1, 2, 3},
	{pflagPath, "", "Bool", 0, 1, 2},
	{pflagPath, "FlagSet", "Bool", 0, 1, 2},
	{pflagPath, "", "BoolP", 0, 1, 3},
	{pflagPath, "FlagSet", "BoolP", 0, 1, 3},
	{pflagPath, "", "BoolVar", 1, 2, 3},
	{pflagPath, "FlagSet", "BoolVar", 1, 2, 3},
	{pflagPath, "", "BoolVarP", 1, 2, 4},
	{pflagPath, "FlagSet", "BoolVarP", 1, 2, 4},
}

const (
	pflagPath = "github.com/spf13/pflag"
	viperPath = "github.com/spf13/viper"
)

// settingLibs are the packages whose calls declare settings: a package importing none of them
// is not walked for calls.
var settingLibs = map[string]bool{"flag": true, pflagPath: true, viperPath: true}

// defaultTags are the struct tag keys that declare a field's default: creasty/defaults, kong,
// jessevdk/go-flags, kelseyhightower/envconfig, jinzhu/configor and mcuadros/go-defaults read
// default; caarlos0/env reads envDefault; ilyakaznacheev/cleanenv env-default.
var defaultTags = []string{"default", "envDefault", "env-default"}

// settingDefault is a setting's default as seen by this package.
type settingDefault struct {
	settingFact
	// at is the default in this package's files (a flag's default argument, a literal's
	// value, the relayed setting), where downstream reports point; nil when imported.
	at ast.Node
	// decl is the setting's declaration, for related information.
	decl token.Pos
}

// setEvent is a place that gives a setting a value: an assignment, a literal's field, or its
// address given away.
type setEvent struct {
	value    ast.Expr // nil: unknown (tuple assignment, op-assignment, address taken)
	at       ast.Node
	defaults bool     // inside a defaults declaration: a package-level variable or a function named *default*
	decl     ast.Decl // the top-level declaration it is in
}

// flagBinding is a flag registered for a setting.
type flagBinding struct {
	name  string   // the flag's name, if constant
	value ast.Expr // its default
}

// settings holds the settings a package declares or sees, computed once per pass.
type settings struct {
	pass *analysis.Pass
	// findings are those at flag defaults of uses passed on by imports (passOnUses), sent
	// with the package's other findings.
	findings []finding
	// skip: the package belongs to another module than the main one (see newSettings).
	skip bool

	tags     map[types.Object]*settingDefault // own fields with a default tag
	flags    map[types.Object][]flagBinding
	events   map[types.Object][]setEvent
	viperDef map[string]*settingDefault // viper keys given a default in this package
	// flagNames are the package's boolean flags by name, bound or not, for viper.BindPFlag(s).
	flagNames map[string]*settingDefault
	// viperBinds are the keys viper takes from flags: key "" binds every flag by its name.
	viperBinds []viperBind
	// unmarshaled are the types viper.Unmarshal fills; viperFields their fields a key with a
	// default reaches.
	unmarshaled []types.Type
	viperFields map[types.Object]*settingDefault
	walked      bool
	// insp is the package's inspector when the cookie checks built one; walk builds its own
	// otherwise.
	insp *inspector.Inspector

	owners    map[*types.Package]map[*types.Var]string // struct fields' owners, for names
	resolved  map[types.Object]*settingDefault         // memo of defaultOf (nil: none)
	resolving map[types.Object]bool

	// imported are the uses the package's imports pass on; uses are this package's own.
	imported []settingUse
	uses     []settingUse
}

// newSettings finds the package's settings and exports their facts, then reports or passes
// on the uses of settings its imports could not judge.
//
// Packages of other modules than the main one (pass.Module.Version != "") are skipped: their
// settings are a library's options, which the library table models where they matter, and
// they make up most of the packages go vet runs the analyzer on for facts. So is the standard
// library, recognized by its files under GOROOT.
func newSettings(pass *analysis.Pass) *settings {
	s := &settings{
		pass:        pass,
		tags:        make(map[types.Object]*settingDefault),
		flags:       make(map[types.Object][]flagBinding),
		events:      make(map[types.Object][]setEvent),
		viperDef:    make(map[string]*settingDefault),
		flagNames:   make(map[string]*settingDefault),
		viperFields: make(map[types.Object]*settingDefault),
		owners:      make(map[*types.Package]map[*types.Var]string),
		resolved:    make(map[types.Object]*settingDefault),
		resolving:   make(map[types.Object]bool),
	}
	if pass.Module != nil && pass.Module.Version != "" || inGOROOT(pass) {
		s.skip = true
		return s
	}
	s.scanTags()
	for _, imp := range pass.Pkg.Imports() {
		var f settingUsesFact
		if pass.ImportPackageFact(imp, &f) {
			s.imported = append(s.imported, f.Uses...)
		}
	}
	s.imported = sortUses(s.imported) // an import and the package it passes them on from
	if len(s.tags) > 0 || len(s.imported) > 0 || importsAny(pass.Pkg, settingLibs) || s.hasDefaultsDecls() {
		s.walk()
	}
	s.exportFacts()
	s.passOnUses()
	return s
}

// goroot is the source root of the standard library, or "" if unknown (a binary built with
// -trimpath and no GOROOT in its environment).
var goroot = sync.OnceValue(func() string {
	if build.Default.GOROOT == "" {
		return ""
	}
	return filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
})

// inGOROOT reports whether the package is part of the standard library (go vet gives it no
// module, like a GOPATH package): its settings are no app's.
func inGOROOT(pass *analysis.Pass) bool {
	if pass.Module != nil || len(pass.Files) == 0 || goroot() == "" {
		return false
	}
	tf := pass.Fset.File(pass.Files[0].FileStart)
	return tf != nil && strings.HasPrefix(tf.Name(), goroot())
}

// importsAny reports whether pkg imports one of paths.
func importsAny(pkg *types.Package, paths map[string]bool) bool {
	for _, imp := range pkg.Imports() {
		if paths[imp.Path()] {
			return true
		}
	}
	return false
}

// scanTags records the fields of the package's struct types (and of the anonymous structs
// nested in them) whose tag declares a default. It reads only the package scope.
func (s *settings) scanTags() {
	scope := s.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			s.scanStruct(st, name, 0)
		}
	}
}

func (s *settings) scanStruct(st *types.Struct, prefix string, depth int) {
	if depth > 4 {
		return // deeper anonymous nesting is not configuration
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if inner, ok := f.Type().(*types.Struct); ok {
			s.scanStruct(inner, prefix+"."+f.Name(), depth+1)
			continue
		}
		tag := st.Tag(i)
		if tag == "" || settingKind(f.Type()) == kindNone {
			continue
		}
		for _, key := range defaultTags {
			v, ok := reflect.StructTag(tag).Lookup(key)
			if !ok {
				continue
			}
			if def, ok := settingValue(f.Type(), v); ok {
				s.tags[f] = &settingDefault{
					settingFact: settingFact{Setting: prefix + "." + f.Name(), Via: fmt.Sprintf("tag %s:%q", key, v), Default: def, Where: s.where(f.Pos())},
					decl:        f.Pos(),
				}
			}
			break
		}
	}
}

// valueKind of a setting.
type settingValueKind int

const (
	kindNone settingValueKind = iota
	kindBoolSetting
	kindStringSetting // a SameSite name ("None")
	kindEnumSetting   // an integer type declaring SameSiteNoneMode (http.SameSite)
)

// settingKind says whether a value of type t can be a setting the config category judges.
func settingKind(t types.Type) settingValueKind {
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return kindNone
	}
	switch {
	case b.Info()&types.IsBoolean != 0:
		return kindBoolSetting
	case b.Info()&types.IsString != 0:
		return kindStringSetting
	case b.Info()&types.IsInteger != 0 && sameSiteNoneOf(t) != nil:
		return kindEnumSetting
	}
	return kindNone
}

// sameSiteNoneOf returns the SameSiteNoneMode constant of t's package, if t is a named type that
// has one (http.SameSite, gorilla/csrf's SameSiteMode).
func sameSiteNoneOf(t types.Type) constant.Value {
	n := namedOf(t)
	if n == nil || n.Obj().Pkg() == nil {
		return nil
	}
	if k, ok := n.Obj().Pkg().Scope().Lookup("SameSiteNoneMode").(*types.Const); ok && types.Identical(k.Type(), n) {
		return k.Val()
	}
	return nil
}

// settingValue reads a default written as text (a tag) for a setting of type t: "true" or
// "false" for a boolean, "None" for a SameSite string; ok is false for anything else.
func settingValue(t types.Type, text string) (string, bool) {
	switch settingKind(t) {
	case kindBoolSetting:
		if b, err := strconv.ParseBool(text); err == nil {
			return strconv.FormatBool(b), true
		}
	case kindStringSetting:
		if strings.EqualFold(text, "none") {
			return "None", true
		}
	}
	return "", false
}

// constSetting reads a constant default for a setting of type t.
func constSetting(info *types.Info, t types.Type, e ast.Expr) (string, bool) {
	v := constValue(info, e)
	if v == nil {
		return "", false
	}
	switch settingKind(t) {
	case kindBoolSetting:
		if v.Kind() == constant.Bool {
			return strconv.FormatBool(constant.BoolVal(v)), true
		}
	case kindStringSetting:
		if v.Kind() == constant.String && strings.EqualFold(constant.StringVal(v), "none") {
			return "None", true
		}
		return "", v.Kind() == constant.String // a constant, but not an insecure one
	case kindEnumSetting:
		if none := sameSiteNoneOf(t); none != nil && constant.Compare(v, token.EQL, none) {
			return "None", true
		}
		return "", true
	}
	return "", false
}

// hasDefaultsDecls reports whether a package-level variable of one of the package's own
// struct types, or a function whose name contains "default", may declare defaults. It reads
// only the scope.
func (s *settings) hasDefaultsDecls() bool {
	scope := s.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			if isDefaultsName(name) {
				return true
			}
		case *types.Var:
			if n := namedOf(obj.Type()); n != nil && n.Obj().Pkg() == s.pass.Pkg {
				if _, ok := n.Underlying().(*types.Struct); ok {
					return true
				}
			}
		case *types.TypeName:
			if n, ok := obj.Type().(*types.Named); ok {
				for m := range n.Methods() {
					if isDefaultsName(m.Name()) {
						return true
					}
				}
			}
		}
	}
	return false
}

// isDefaultsName reports whether a function's name says it declares defaults.
func isDefaultsName(name string) bool { return strings.Contains(strings.ToLower(name), "default") }

// walk visits the package's non-test files once: flag registrations, viper defaults, and
// every place that sets a field or variable.
func (s *settings) walk() {
	if s.walked {
		return
	}
	s.walked = true
	defer s.finishViper()
	bindings := make(map[ast.Node]bool) // &x given to a flag registration: not a set event
	insp := s.insp
	if insp == nil {
		insp = inspector.New(s.pass.Files)
	}
	filter := []ast.Node{(*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CompositeLit)(nil), (*ast.UnaryExpr)(nil)}
	for fileCur := range insp.Root().Children() {
		file, ok := fileCur.Node().(*ast.File)
		if !ok {
			continue
		}
		if tf := s.pass.Fset.File(file.FileStart); tf == nil || strings.HasSuffix(tf.Name(), "_test.go") {
			continue // test code is not deployed
		}
		for declCur := range fileCur.Children() {
			defaults := false
			decl, ok := declCur.Node().(ast.Decl)
			switch d := decl.(type) {
			case *ast.FuncDecl:
				defaults = isDefaultsName(d.Name.Name)
			case *ast.GenDecl:
				defaults = d.Tok == token.VAR
			}
			if !ok {
				continue // the package name
			}
			for cur := range declCur.Preorder(filter...) {
				switch n := cur.Node().(type) {
				case *ast.CallExpr:
					s.call(n, bindings)
				case *ast.AssignStmt:
					s.assign(n, defaults, decl)
				case *ast.ValueSpec:
					s.valueSpec(n, decl)
				case *ast.CompositeLit:
					s.literal(n, defaults, decl)
				case *ast.UnaryExpr:
					if n.Op == token.AND && !bindings[n] {
						if obj := s.target(n.X); obj != nil {
							s.events[obj] = append(s.events[obj], setEvent{at: n})
						}
					}
				}
			}
		}
	}
}

// valueSpec records the flag a variable declaration binds (var secure = flag.Bool(...)), and
// the initial value of a package-level variable, which is its declared default.
func (s *settings) valueSpec(spec *ast.ValueSpec, decl ast.Decl) {
	if len(spec.Names) != len(spec.Values) {
		return
	}
	for i, name := range spec.Names {
		obj := s.pass.TypesInfo.Defs[name]
		if obj == nil || s.flagResult(obj, spec.Values[i]) {
			continue
		}
		if _, topLevel := decl.(*ast.GenDecl); topLevel && settingKind(obj.Type()) != kindNone {
			s.events[obj] = append(s.events[obj], setEvent{value: spec.Values[i], at: name, defaults: true, decl: decl})
		}
	}
}

// call records flag registrations that bind a variable and viper defaults.
func (s *settings) call(call *ast.CallExpr, bindings map[ast.Node]bool) {
	fn := calleeFunc(s.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	ff := flagFuncOf(fn)
	if ff != nil && len(call.Args) >= ff.value {
		s.flagName(call, ff)
	}
	if ff != nil && ff.ptr > 0 && len(call.Args) >= ff.value {
		ptr := unparen(call.Args[ff.ptr-1])
		if u, ok := ptr.(*ast.UnaryExpr); ok && u.Op == token.AND {
			if obj := s.target(u.X); obj != nil {
				bindings[u] = true
				s.flags[obj] = append(s.flags[obj], s.binding(call, ff))
			}
		}
		return
	}
	if fn.Pkg().Path() != viperPath {
		return
	}
	switch {
	case fn.Name() == "BindPFlags" && len(call.Args) == 1:
		s.viperBinds = append(s.viperBinds, viperBind{})
	case fn.Name() == "BindPFlag" && len(call.Args) == 2:
		// viper.BindPFlag("cookie.secure", fs.Lookup("cookie-secure"))
		key, okKey := constString(s.pass.TypesInfo, call.Args[0])
		lookup, okCall := unparen(call.Args[1]).(*ast.CallExpr)
		if okKey && okCall && len(lookup.Args) == 1 && isMethod(calleeFunc(s.pass.TypesInfo, lookup), pflagPath, "FlagSet", "Lookup") {
			if name, ok := constString(s.pass.TypesInfo, lookup.Args[0]); ok {
				s.viperBinds = append(s.viperBinds, viperBind{key: strings.ToLower(key), flag: name})
			}
		}
	case fn.Name() == "Unmarshal" && len(call.Args) >= 1:
		if t, ok := s.pass.TypesInfo.TypeOf(call.Args[0]).(*types.Pointer); ok {
			s.unmarshaled = append(s.unmarshaled, t.Elem())
		}
	}
	if fn.Name() == "SetDefault" && len(call.Args) == 2 {
		key, ok := constString(s.pass.TypesInfo, call.Args[0])
		if !ok {
			return
		}
		def, ok := constSetting(s.pass.TypesInfo, types.Typ[types.Bool], call.Args[1])
		if !ok {
			def, ok = constSetting(s.pass.TypesInfo, types.Typ[types.String], call.Args[1])
		}
		if ok && def != "" {
			key = strings.ToLower(key) // viper keys are case-insensitive
			s.viperDef[key] = &settingDefault{
				settingFact: settingFact{Setting: "viper key " + key, Default: def, Where: s.where(call.Pos())},
				at:          call.Args[1],
				decl:        call.Pos(),
			}
		}
	}
}

// viperBind is a viper key bound to a flag.
type viperBind struct{ key, flag string }

// flagName records a boolean flag registration by its name, for viper bindings.
func (s *settings) flagName(call *ast.CallExpr, ff *flagFunc) {
	b := s.binding(call, ff)
	if v, ok := constBool(s.pass.TypesInfo, b.value); ok && b.name != "" {
		s.flagNames[b.name] = &settingDefault{
			settingFact: settingFact{Setting: "flag -" + b.name, Default: strconv.FormatBool(v), Where: s.where(b.value.Pos())},
			at:          b.value, decl: b.value.Pos(),
		}
	}
}

// finishViper gives the viper keys bound to flags the flags' defaults (unless SetDefault gave
// one), then gives the fields viper.Unmarshal fills the defaults of their keys: a key reaches
// a field through its mapstructure tag or, case-insensitively, its name (viper@v1.21.0
// viper.go:939-948 decodes with mapstructure).
func (s *settings) finishViper() {
	for _, b := range s.viperBinds {
		if b.key == "" {
			for name, d := range s.flagNames {
				if s.viperDef[strings.ToLower(name)] == nil {
					s.viperDef[strings.ToLower(name)] = d
				}
			}
		} else if d := s.flagNames[b.flag]; d != nil && s.viperDef[b.key] == nil {
			s.viperDef[b.key] = d
		}
	}
	for _, t := range s.unmarshaled {
		for key, d := range s.viperDef {
			if f := fieldForKey(t, strings.Split(key, "."), 0); f != nil && settingKind(f.Type()) != kindNone {
				fd := *d
				fd.Via = "viper key " + key
				if strings.HasPrefix(d.Setting, "viper key") {
					fd.Via = ""
				}
				fd.decl = f.Pos()
				s.viperFields[f] = &fd
			}
		}
	}
}

// fieldForKey returns the field of struct type t that the key path reaches.
func fieldForKey(t types.Type, path []string, depth int) *types.Var {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || len(path) == 0 || depth > 8 {
		return nil
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		name, opts, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("mapstructure"), ",")
		if strings.Contains(opts, "squash") {
			if found := fieldForKey(f.Type(), path, depth+1); found != nil {
				return found
			}
			continue
		}
		if name == "" {
			name = f.Name()
		}
		if !strings.EqualFold(name, path[0]) {
			continue
		}
		if len(path) == 1 {
			return f.Origin()
		}
		return fieldForKey(f.Type(), path[1:], depth+1)
	}
	return nil
}

// flagResult records a variable that holds the pointer a flag registration returns
// (secure := flag.Bool("secure-cookie", false, "")).
func (s *settings) flagResult(obj types.Object, value ast.Expr) bool {
	call, ok := unparen(value).(*ast.CallExpr)
	if !ok || obj == nil {
		return false
	}
	ff := flagFuncOf(calleeFunc(s.pass.TypesInfo, call))
	if ff == nil || ff.ptr != 0 || len(call.Args) < ff.value {
		return false
	}
	s.flags[obj] = append(s.flags[obj], s.binding(call, ff))
	return true
}

func (s *settings) binding(call *ast.CallExpr, ff *flagFunc) flagBinding {
	name, _ := constString(s.pass.TypesInfo, call.Args[ff.nameArg-1])
	return flagBinding{name: name, value: call.Args[ff.value-1]}
}

// flagFuncOf returns the row of a boolean flag registration, or nil.
func flagFuncOf(fn *types.Func) *flagFunc {
	if fn == nil || fn.Pkg() == nil || !settingLibs[fn.Pkg().Path()] {
		return nil
	}
	recv := ""
	if r := fn.Type().(*types.Signature).Recv(); r != nil {
		n := namedOf(r.Type())
		if n == nil {
			return nil
		}
		recv = n.Obj().Name()
	}
	for i := range flagFuncs {
		if ff := &flagFuncs[i]; ff.pkg == fn.Pkg().Path() && ff.recv == recv && ff.name == fn.Name() {
			return ff
		}
	}
	return nil
}

// assign records the settings an assignment sets.
func (s *settings) assign(as *ast.AssignStmt, defaults bool, decl ast.Decl) {
	for i, lhs := range as.Lhs {
		var value ast.Expr
		if len(as.Lhs) == len(as.Rhs) && (as.Tok == token.ASSIGN || as.Tok == token.DEFINE) {
			value = as.Rhs[i]
		}
		if as.Tok == token.DEFINE {
			if id, ok := lhs.(*ast.Ident); ok && s.pass.TypesInfo.Defs[id] != nil {
				if value != nil {
					s.flagResult(s.pass.TypesInfo.Defs[id], value)
				}
				continue // a new variable's initial value
			}
		}
		if value != nil && s.flagResult(s.target(lhs), value) {
			continue
		}
		if obj := s.target(lhs); obj != nil {
			s.events[obj] = append(s.events[obj], setEvent{value: value, at: lhs, defaults: defaults, decl: decl})
		}
	}
}

// literal records the fields a struct literal sets.
func (s *settings) literal(lit *ast.CompositeLit, defaults bool, decl ast.Decl) {
	t := s.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		var field *types.Var
		value := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			key, _ := kv.Key.(*ast.Ident)
			if key == nil {
				continue
			}
			field, _ = s.pass.TypesInfo.Uses[key].(*types.Var)
			value = kv.Value
		} else if i < st.NumFields() {
			field = st.Field(i)
		}
		if field != nil && settingKind(field.Type()) != kindNone {
			field = field.Origin()
			s.events[field] = append(s.events[field], setEvent{value: value, at: elt, defaults: defaults, decl: decl})
		}
	}
}

// target returns the setting an expression designates when it is assigned to: a field
// (cfg.Server.SecureCookie), a variable (secure), or the variable behind a pointer (*secure).
func (s *settings) target(e ast.Expr) types.Object {
	info := s.pass.TypesInfo
	switch e := unparen(e).(type) {
	case *ast.SelectorExpr:
		if sel := info.Selections[e]; sel != nil {
			if sel.Kind() == types.FieldVal {
				if v, ok := sel.Obj().(*types.Var); ok {
					return v.Origin()
				}
			}
			return nil
		}
		if v, ok := info.Uses[e.Sel].(*types.Var); ok {
			return v // a package-level variable of another package
		}
	case *ast.Ident:
		if v, ok := info.ObjectOf(e).(*types.Var); ok {
			return v
		}
	case *ast.StarExpr:
		return s.target(e.X)
	}
	return nil
}

// settingRef is a direct read of a setting: cfg.SecureCookie, !cfg.InsecureCookies, *secure,
// viper.GetBool("cookie.secure").
type settingRef struct {
	obj    types.Object
	key    string // a viper key, when obj is nil
	negate bool
}

// refOf returns the setting e reads directly, if any.
func (s *settings) refOf(e ast.Expr) (settingRef, bool) {
	var ref settingRef
	for {
		u, ok := unparen(e).(*ast.UnaryExpr)
		if !ok || u.Op != token.NOT {
			break
		}
		ref.negate = !ref.negate
		e = u.X
	}
	switch e := unparen(e).(type) {
	case *ast.CallExpr:
		fn := calleeFunc(s.pass.TypesInfo, e)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != viperPath || fn.Name() != "GetBool" && fn.Name() != "GetString" || len(e.Args) != 1 {
			return settingRef{}, false
		}
		key, ok := constString(s.pass.TypesInfo, e.Args[0])
		if !ok {
			return settingRef{}, false
		}
		ref.key = strings.ToLower(key)
		return ref, true
	case *ast.SelectorExpr, *ast.Ident, *ast.StarExpr:
		if star, ok := e.(*ast.StarExpr); ok {
			if _, isPtr := s.pass.TypesInfo.TypeOf(star.X).(*types.Pointer); !isPtr {
				return settingRef{}, false
			}
		}
		v, ok := s.target(e).(*types.Var)
		if !ok || v.Pkg() == nil {
			return settingRef{}, false
		}
		if local := !v.IsField() && v.Parent() != v.Pkg().Scope(); local && len(s.flags[v]) == 0 {
			return settingRef{}, false // a local variable that no flag binds, or a parameter
		}
		if _, isPtr := v.Type().Underlying().(*types.Pointer); isPtr {
			if _, deref := unparen(e).(*ast.StarExpr); !deref {
				return settingRef{}, false
			}
		} else if settingKind(v.Type()) == kindNone {
			return settingRef{}, false
		}
		ref.obj = v
		return ref, true
	}
	return settingRef{}, false
}

// defaultOf returns the default of the setting ref reads, as this package sees it, or nil.
func (s *settings) defaultOf(ref settingRef) *settingDefault {
	if ref.obj == nil {
		return s.viperDef[ref.key]
	}
	return s.resolve(ref.obj)
}

// resolve computes obj's default: from the flags bound to it, the defaults declarations and
// relays that set it in this package, its tag, or the fact of the package that declares it.
// A setting that is set in code anywhere in the package (outside a defaults declaration, by
// anything but another setting) has none; so has one whose declared defaults disagree.
func (s *settings) resolve(obj types.Object) *settingDefault {
	if d, ok := s.resolved[obj]; ok {
		return d
	}
	if s.resolving[obj] {
		return nil // a cycle of relays
	}
	s.resolving[obj] = true
	d := s.compute(obj)
	delete(s.resolving, obj)
	s.resolved[obj] = d
	return d
}

func (s *settings) compute(obj types.Object) *settingDefault {
	if s.setInCode(obj) {
		return nil
	}
	info := s.pass.TypesInfo
	var base *settingDefault // what the setting starts with: tag, defaults literal, relay, fact
	var cands []*settingDefault
	if d := s.tags[obj]; d != nil {
		cands = append(cands, d)
	}
	if d := s.viperFields[obj]; d != nil {
		cands = append(cands, d)
	}
	for _, e := range s.events[obj] {
		if v, ok := constSetting(info, obj.Type(), e.value); ok {
			if v == "" {
				return nil // a safe constant
			}
			fn := declName(e.decl, e.at.Pos())
			cands = append(cands, &settingDefault{
				settingFact: settingFact{Setting: s.settingName(obj), Via: fn, Default: v, Where: s.where(e.value.Pos())},
				at:          e.value, decl: obj.Pos(),
			})
			continue
		}
		if env, fallback, ok := s.envFallback(e.value); ok {
			cands = append(cands, &settingDefault{
				settingFact: settingFact{Setting: s.settingName(obj), Via: "environment variable " + env + " unset", Default: fallback, Where: s.where(e.value.Pos())},
				at:          e.value, decl: obj.Pos(),
			})
			continue
		}
		ref, _ := s.refOf(e.value)
		relayed := s.defaultOf(ref)
		if relayed == nil {
			return nil // setInCode let only relays through
		}
		relay := *relayed
		relay.at = e.value
		if relayed.at != nil {
			relay.at = relayed.at // report at the original default if it is in this package
		}
		relay.decl = obj.Pos()
		if ref.negate {
			relay.Default = negated(relay.Default)
		}
		cands = append(cands, &relay)
	}
	if obj.Pkg() != s.pass.Pkg && len(cands) == 0 {
		var f settingFact
		if s.pass.ImportObjectFact(obj, &f) {
			cands = append(cands, &settingDefault{settingFact: f, decl: obj.Pos()})
		}
	}
	if !agree(cands) {
		return nil
	}
	if len(cands) > 0 {
		base = cands[0]
	}
	for _, b := range s.flags[obj] {
		def := s.flagDefault(obj, b, base)
		if def == nil || base != nil && def.Default != base.Default {
			return nil // decided at run time (an environment lookup), or declared twice differently
		}
		base = def
	}
	return base
}

// flagDefault returns the default a flag binding declares: a constant, or the setting's own
// default (flag.BoolVar(&cfg.Secure, "secure", cfg.Secure, "")), or another setting's.
func (s *settings) flagDefault(obj types.Object, b flagBinding, base *settingDefault) *settingDefault {
	name := "flag"
	if b.name != "" {
		name = "flag -" + b.name
	}
	t := types.Typ[types.Bool]
	if v, ok := constSetting(s.pass.TypesInfo, t, b.value); ok {
		return &settingDefault{
			settingFact: settingFact{Setting: name, Default: v, Where: s.where(b.value.Pos())},
			at:          b.value, decl: obj.Pos(),
		}
	}
	if env, fallback, ok := s.envFallback(b.value); ok {
		return &settingDefault{
			settingFact: settingFact{Setting: name, Via: "environment variable " + env + " unset", Default: fallback, Where: s.where(b.value.Pos())},
			at:          b.value, decl: obj.Pos(),
		}
	}
	ref, ok := s.refOf(b.value)
	if !ok {
		return nil
	}
	var d *settingDefault
	if ref.obj == obj {
		d = base
	} else {
		d = s.defaultOf(ref)
	}
	if d == nil {
		return nil
	}
	out := *d
	out.Setting = name
	out.Via = d.Setting
	if d.Via != "" {
		out.Via = d.Setting + " " + d.Via
	}
	if ref.negate {
		out.Default = negated(out.Default)
	}
	if out.at == nil {
		out.at = b.value
	}
	out.decl = obj.Pos()
	return &out
}

// declaresDefault reports whether the package declares a default for obj (a tag, a flag, a
// constant in a defaults declaration), whatever else sets it.
func (s *settings) declaresDefault(obj types.Object) bool {
	if s.tags[obj] != nil || len(s.flags[obj]) > 0 || s.viperFields[obj] != nil {
		return true
	}
	for _, e := range s.events[obj] {
		if _, ok := constSetting(s.pass.TypesInfo, obj.Type(), e.value); ok && e.defaults {
			return true
		}
	}
	return false
}

// setInCode reports whether the package sets obj other than by declaring its default: an
// assignment or a struct literal outside the defaults declarations, an assignment of a value
// that is neither a constant nor another setting, an assignment whose value is unknown, or
// its address given to anything but a flag registration.
func (s *settings) setInCode(obj types.Object) bool {
	info := s.pass.TypesInfo
	if obj.Pkg() != s.pass.Pkg {
		var f settingFact
		if s.pass.ImportObjectFact(obj, &f) && f.Default == "" {
			return true // its own package sets it in code
		}
	}
	for _, e := range s.events[obj] {
		if e.value == nil {
			return true
		}
		if _, ok := constSetting(info, obj.Type(), e.value); ok {
			if !e.defaults {
				return true // a constant set at run time (if dev { cfg.Secure = false })
			}
			continue
		}
		if _, _, ok := s.envFallback(e.value); ok {
			continue // a default declared with its environment variable
		}
		if ref, ok := s.refOf(e.value); !ok || s.defaultOf(ref) == nil {
			return true
		}
	}
	return false
}

// envFallback recognizes an environment lookup with a constant fallback, the usual helper of
// small apps (envBool("APP_SECURE_COOKIE", false)): a call of a function of the package's
// own module, func(string, bool) bool, with constant arguments. It returns the variable's
// name and the fallback, which is the setting's default where the variable is unset.
func (s *settings) envFallback(e ast.Expr) (env, fallback string, ok bool) {
	call, isCall := unparen(e).(*ast.CallExpr)
	if !isCall || len(call.Args) != 2 {
		return "", "", false
	}
	fn := calleeFunc(s.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() != s.pass.Pkg {
		return "", "", false // a library's function may mean anything
	}
	sig := fn.Type().(*types.Signature)
	bool_ := types.Typ[types.Bool]
	if sig.Recv() != nil || sig.Params().Len() != 2 || sig.Results().Len() != 1 ||
		!types.Identical(sig.Params().At(0).Type(), types.Typ[types.String]) ||
		!types.Identical(sig.Params().At(1).Type(), bool_) || !types.Identical(sig.Results().At(0).Type(), bool_) {
		return "", "", false
	}
	name, okName := constString(s.pass.TypesInfo, call.Args[0])
	v, okValue := constBool(s.pass.TypesInfo, call.Args[1])
	if !okName || !okValue {
		return "", "", false
	}
	return name, strconv.FormatBool(v), true
}

// agree reports whether all candidates declare the same default.
func agree(cands []*settingDefault) bool {
	for _, c := range cands[min(1, len(cands)):] {
		if c.Default != cands[0].Default {
			return false
		}
	}
	return true
}

func negated(v string) string {
	switch v {
	case "true":
		return "false"
	case "false":
		return "true"
	}
	return v
}

// settingName names a field or variable for messages: Config.SecureCookie, secureCookie.
func (s *settings) settingName(obj types.Object) string {
	if v, ok := obj.(*types.Var); ok && v.IsField() {
		if owner := s.fieldOwner(v); owner != "" {
			return owner + "." + v.Name()
		}
	}
	return obj.Name()
}

// fieldOwner returns the name of the package-level struct type that declares field f, with
// the anonymous structs in between (Config.Cookie), or "".
func (s *settings) fieldOwner(f *types.Var) string {
	owners, ok := s.owners[f.Pkg()]
	if !ok {
		owners = make(map[*types.Var]string)
		scope := f.Pkg().Scope()
		for _, name := range scope.Names() {
			if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
				if st, ok := tn.Type().Underlying().(*types.Struct); ok {
					addOwners(owners, st, name, 0)
				}
			}
		}
		s.owners[f.Pkg()] = owners
	}
	return owners[f]
}

// addOwners records owner as the owner of st's fields, and of those of the anonymous structs
// nested in it.
func addOwners(owners map[*types.Var]string, st *types.Struct, owner string, depth int) {
	for i := range st.NumFields() {
		f := st.Field(i)
		owners[f] = owner
		if inner, ok := f.Type().(*types.Struct); ok && depth < 4 {
			addOwners(owners, inner, owner+"."+f.Name(), depth+1)
		}
	}
}

// declName returns the name of the top-level function, or of the variable declared at pos,
// for messages ("DefaultConfig").
func declName(decl ast.Decl, pos token.Pos) string {
	switch decl := decl.(type) {
	case *ast.FuncDecl:
		return decl.Name.Name
	case *ast.GenDecl:
		for _, spec := range decl.Specs {
			if vs, ok := spec.(*ast.ValueSpec); ok && pos >= vs.Pos() && pos < vs.End() && len(vs.Names) > 0 {
				return vs.Names[0].Name
			}
		}
	}
	return ""
}

// where returns pos as file:line, the file relative to the module root (or, outside a module,
// the package's import path).
func (s *settings) where(pos token.Pos) string {
	p := s.pass.Fset.Position(pos)
	dir := s.pass.Pkg.Path()
	if m := s.pass.Module; m != nil && m.Path != "" {
		if rel, ok := strings.CutPrefix(dir, m.Path); ok {
			dir = strings.TrimPrefix(rel, "/")
		}
	}
	return fmt.Sprintf("%s:%d", path.Join(dir, path.Base(p.Filename)), p.Line)
}

// exportFacts exports the defaults of the package's own fields and package-level variables.
// A main package has no importers.
func (s *settings) exportFacts() {
	if s.pass.Pkg.Name() == "main" {
		return
	}
	var objs []types.Object
	seen := make(map[types.Object]bool)
	add := func(obj types.Object) {
		if v, ok := obj.(*types.Var); ok && v.Pkg() == s.pass.Pkg && !seen[v] && (v.IsField() || v.Parent() == v.Pkg().Scope()) {
			seen[v] = true
			objs = append(objs, v)
		}
	}
	for obj := range s.tags {
		add(obj)
	}
	for obj := range s.flags {
		add(obj)
	}
	for obj := range s.viperFields {
		add(obj)
	}
	for obj := range s.events {
		add(obj)
	}
	slices.SortFunc(objs, func(a, b types.Object) int { return cmp.Compare(a.Pos(), b.Pos()) })
	for _, obj := range objs {
		if d := s.resolve(obj); d != nil {
			f := d.settingFact
			s.pass.ExportObjectFact(obj, &f)
		} else if s.declaresDefault(obj) {
			s.pass.ExportObjectFact(obj, &settingFact{Setting: s.settingName(obj), Where: s.where(obj.Pos())})
		}
	}
}
