package analyzer

import (
	"go/token"
	"go/types"
	"testing"
)

// TestModuleVersion reads module versions from the file names drivers give a dependency's
// objects: the module cache (go vet, gopls), -trimpath builds, and names that carry none.
func TestModuleVersion(t *testing.T) {
	for _, tc := range []struct{ module, file, want string }{
		{"github.com/gorilla/sessions", "/root/go/pkg/mod/github.com/gorilla/sessions@v1.3.0/store.go", "v1.3.0"},
		{"github.com/gorilla/sessions", "github.com/gorilla/sessions@v1.2.2/store.go", "v1.2.2"}, // -trimpath
		{"github.com/labstack/echo/v4", "/m/github.com/labstack/echo/v4@v4.1.17/middleware/csrf.go", "v4.1.17"},
		{"github.com/BurntSushi/toml", "/m/github.com/!burnt!sushi/toml@v1.3.2/decode.go", "v1.3.2"},
		{"github.com/gorilla/sessions", "/app/vendor/github.com/gorilla/sessions/store.go", ""},
		{"github.com/gorilla/sessions", "/gopath/src/github.com/gorilla/sessions/store.go", ""},
		{"github.com/gorilla/sessions", "/m/github.com/xgorilla/sessions@v1.2.2/store.go", ""}, // another module
		{"github.com/gorilla/sessions", "/m/github.com/gorilla/sessions@master/store.go", ""},  // not a version
	} {
		fset := token.NewFileSet()
		f := fset.AddFile(tc.file, -1, 100)
		f.SetLines([]int{0})
		pkg := types.NewPackage(tc.module, "p")
		pkg.Scope().Insert(types.NewConst(f.Pos(10), pkg, "X", types.Typ[types.Int], nil))
		if got := moduleVersion(fset, pkg, tc.module); got != tc.want {
			t.Errorf("moduleVersion(%q, %q) = %q, want %q", tc.module, tc.file, got, tc.want)
		}
	}
}
