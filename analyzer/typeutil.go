package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// namedOf returns the named type of t, after removing aliases and one pointer, or nil.
func namedOf(t types.Type) *types.Named {
	if t == nil {
		return nil
	}
	t = types.Unalias(t)
	if ptr, ok := t.(*types.Pointer); ok {
		t = types.Unalias(ptr.Elem())
	}
	named, _ := t.(*types.Named)
	return named
}

// isNamed reports whether t (or *t) is the named type pkgPath.name.
func isNamed(t types.Type, pkgPath, name string) bool {
	n := namedOf(t)
	return n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkgPath && n.Obj().Name() == name
}

// structModelOf returns the struct row for t (or *t), or nil.
func structModelOf(t types.Type) *model {
	n := namedOf(t)
	if n == nil || n.Obj().Pkg() == nil {
		return nil
	}
	return structRows[typeRef{n.Obj().Pkg().Path(), n.Obj().Name()}]
}

// callModelOf returns the call row for fn, or nil.
func callModelOf(fn *types.Func) *model {
	if fn.Pkg() == nil || !modelPaths[fn.Pkg().Path()] {
		return nil
	}
	key := fn.Pkg().Path() + "." + fn.Name()
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		n := namedOf(recv.Type())
		if n == nil {
			return nil
		}
		key = fn.Pkg().Path() + "." + n.Obj().Name() + "." + fn.Name()
	}
	return callRows[key]
}

// isMethod reports whether fn is the method recvName.name of package pkgPath
// (recvName may be an interface type).
func isMethod(fn *types.Func, pkgPath, recvName, name string) bool {
	if fn == nil || fn.Name() != name || fn.Pkg() == nil || fn.Pkg().Path() != pkgPath {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	n := namedOf(sig.Recv().Type())
	return n != nil && n.Obj().Name() == recvName
}

// isFunc reports whether fn is the package-level function pkgPath.name.
func isFunc(fn *types.Func, pkgPath, name string) bool {
	if fn == nil || fn.Name() != name || fn.Pkg() == nil || fn.Pkg().Path() != pkgPath {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.Recv() == nil
}

// calleeFunc returns the function or method a call statically or dynamically invokes, or nil.
func calleeFunc(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// constValue returns the constant value of e, or nil.
func constValue(info *types.Info, e ast.Expr) constant.Value {
	if e == nil {
		return nil
	}
	if tv, ok := info.Types[e]; ok {
		return tv.Value
	}
	return nil
}

// constBool returns e's value if it is a boolean constant.
func constBool(info *types.Info, e ast.Expr) (value, ok bool) {
	v := constValue(info, e)
	if v == nil || v.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(v), true
}

// constString returns e's value if it is a string constant.
func constString(info *types.Info, e ast.Expr) (string, bool) {
	v := constValue(info, e)
	if v == nil || v.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(v), true
}

// constInt returns e's value if it is an integer constant that fits in an int64.
func constInt(info *types.Info, e ast.Expr) (int64, bool) {
	v := constValue(info, e)
	if v == nil {
		return 0, false
	}
	v = constant.ToInt(v)
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// unparen removes parentheses around e.
func unparen(e ast.Expr) ast.Expr { return ast.Unparen(e) }
