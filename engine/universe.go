package engine

import (
	"bufio"
	"fmt"
	"go/token"
	"go/types"
	"os"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
)

// universe holds the types of the packages read from export data, shared by every analysis of
// a Session (and by one Run): each export data file is read once.
//
// gcexportdata.Read of one package creates or completes the packages its export data mentions
// in the map it is given, so all reads share one map keyed by package path and are serialized.
// This is sound because a package read from export data never imports a package type-checked
// from source (graph.sourceSet), and a path has one package outside test variants.
type universe struct {
	mu     sync.Mutex
	fset   *token.FileSet            // positions of the export data's objects
	pkgs   map[string]*types.Package // by path, as gcexportdata wants them
	loaded map[string]loaded         // by path: what reading its export data gave
}

type loaded struct {
	exportFile string
	pkg        *types.Package
	err        error
}

func newUniverse(fset *token.FileSet) *universe {
	return &universe{fset: fset, pkgs: make(map[string]*types.Package), loaded: make(map[string]loaded)}
}

// importNode returns the types of n, read from its export data.
func (u *universe) importNode(n *node) (*types.Package, error) {
	if n.path == "unsafe" {
		return types.Unsafe, nil
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	if l, ok := u.loaded[n.path]; ok {
		return l.pkg, l.err
	}
	pkg, err := u.read(n)
	u.loaded[n.path] = loaded{exportFile: n.exportFile, pkg: pkg, err: err}
	return pkg, err
}

func (u *universe) read(n *node) (*types.Package, error) {
	if n.exportFile == "" {
		if len(n.errors) > 0 {
			return nil, fmt.Errorf("%s", n.errors[0].Msg)
		}
		return nil, fmt.Errorf("no export data for %s", n.path)
	}
	f, err := os.Open(n.exportFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("reading export data of %s: %v", n.path, err)
	}
	pkg, err := gcexportdata.Read(r, u.fset, u.pkgs, n.path)
	if err != nil {
		return nil, fmt.Errorf("reading export data of %s: %v", n.path, err)
	}
	return pkg, nil
}

// consistent reports whether the packages of g that the universe has read still have the
// export data they were read from (a changed go.mod gives new files).
func (u *universe) consistent(g *graph) bool {
	u.mu.Lock()
	defer u.mu.Unlock()
	for _, n := range g.nodes {
		if l, ok := u.loaded[n.path]; ok && n.exportFile != "" && l.exportFile != n.exportFile {
			return false
		}
	}
	return true
}
