package engine

import (
	"cmp"
	"crypto/sha256"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"slices"
)

// Fixes is what applying the fixes of a result gives: new file contents, and which
// diagnostics they fix.
type Fixes struct {
	Files   []FileChange // sorted by file name
	Applied []Diagnostic // the diagnostics whose fix is in Files
	Unfixed []Unfixed    // the others, in the order of the result
}

// FileChange is the old and new content of one file.
type FileChange struct {
	Filename string
	Old, New []byte
}

// Unfixed is a diagnostic that ApplyFixes did not fix, and why.
type Unfixed struct {
	Diagnostic
	Reason Reason
}

// Reason says why a diagnostic was not fixed.
type Reason int

const (
	NoFix         Reason = iota // the analyzer offers no fix: its message says what to do
	PackageErrors               // its package failed to load, parse or type-check
	Conflict                    // its fix overlaps a fix applied before it: run again
	Generated                   // its fix would edit a generated file
	FileChanged                 // the file changed since it was analyzed
	Unreadable                  // the file could not be read
	Invalid                     // applying the fix gives a file that does not parse
)

func (r Reason) String() string {
	switch r {
	case NoFix:
		return "no safe automatic fix"
	case PackageErrors:
		return "the package has errors"
	case Conflict:
		return "the fix overlaps another fix"
	case Generated:
		return "generated file"
	case FileChanged:
		return "the file changed since it was analyzed"
	case Unreadable:
		return "the file cannot be read"
	case Invalid:
		return "the fixed file would not parse"
	}
	return "unknown"
}

// ApplyFixes applies the first fix of each diagnostic of r, in order, to the files as
// readFile returns them (the content analyzed, which it checks), and returns the new contents
// without writing anything. Identical edits of two fixes coalesce (two diagnostics fixed by
// one insertion); a fix with an edit that overlaps an edit already accepted is skipped, and
// its diagnostic stays unfixed. Files of r.Broken and generated files are not changed. Each
// changed file is formatted as gofmt does; a fix after which its file would not parse is
// skipped.
func (r *Result) ApplyFixes(readFile func(name string) ([]byte, error)) *Fixes {
	f := &fixer{res: r, readFile: readFile, files: make(map[string]*fileFix)}
	for {
		reasons := make([]Reason, len(r.Diagnostics))
		for i, d := range r.Diagnostics {
			reasons[i] = f.accept(d)
		}
		out, bad := f.format()
		if bad == "" {
			for i, d := range r.Diagnostics {
				if reasons[i] == fixed {
					out.Applied = append(out.Applied, d)
				} else {
					out.Unfixed = append(out.Unfixed, Unfixed{d, reasons[i]})
				}
			}
			return out
		}
		// Start again, parsing the bad file after each fix that edits it, to find the
		// fixes that break it. (Rare: fixes are checked to keep files parsing.)
		for _, ff := range f.files {
			ff.edits = nil
		}
		f.files[bad].check = true
	}
}

// fixed is the Reason of a diagnostic that is fixed.
const fixed Reason = -1

// fixer accumulates the accepted edits of each file.
type fixer struct {
	res      *Result
	readFile func(string) ([]byte, error)
	files    map[string]*fileFix
}

// fileFix is the state of one file.
type fileFix struct {
	old    []byte
	reason Reason // why no fix may edit it, or fixed
	edits  []Edit // accepted, in order
	check  bool   // parse it after each fix
}

// file returns the state of the named file, reading it the first time.
func (f *fixer) file(name string) *fileFix {
	if ff := f.files[name]; ff != nil {
		return ff
	}
	ff := &fileFix{reason: fixed}
	f.files[name] = ff
	content, err := f.readFile(name)
	sum, analyzed := f.res.sums[name]
	switch {
	case f.res.Broken[name]:
		ff.reason = PackageErrors
	case err != nil:
		ff.reason = Unreadable
	case analyzed && sum != sha256.Sum256(content):
		ff.reason = FileChanged
	case generated(content):
		ff.reason = Generated
	}
	ff.old = content
	return ff
}

// accept adds the edits of the first fix of d if none of them overlaps an accepted edit,
// and returns fixed, or why not.
func (f *fixer) accept(d Diagnostic) Reason {
	if len(d.Fixes) == 0 {
		return NoFix
	}
	if f.res.Broken[d.Pos.Filename] {
		return PackageErrors
	}
	edits := d.Fixes[0].Edits
	for _, e := range edits {
		ff := f.file(e.Filename)
		if ff.reason != fixed {
			return ff.reason
		}
		if e.Start < 0 || e.End < e.Start || e.End > len(ff.old) {
			return FileChanged
		}
		for _, prev := range ff.edits {
			if prev != e && overlap(prev, e) {
				return Conflict
			}
		}
	}
	before := make(map[*fileFix]int) // how many edits each file had
	for _, e := range edits {
		ff := f.files[e.Filename]
		if _, ok := before[ff]; !ok {
			before[ff] = len(ff.edits)
		}
		if !slices.Contains(ff.edits, e) {
			ff.edits = append(ff.edits, e)
		}
	}
	for ff := range before {
		if ff.check && !parses(apply(ff.old, ff.edits)) {
			for ff, n := range before {
				ff.edits = ff.edits[:n]
			}
			return Invalid
		}
	}
	return fixed
}

// overlap reports whether two different edits touch the same bytes. Insertions at one
// point do not overlap (both apply, the first accepted first), nor does an insertion at
// either end of a replaced range.
func overlap(x, y Edit) bool {
	if x.Start == x.End && y.Start == y.End {
		return false
	}
	if x.Start == x.End {
		return y.Start < x.Start && x.Start < y.End
	}
	if y.Start == y.End {
		return x.Start < y.Start && y.Start < x.End
	}
	return x.Start < y.End && y.Start < x.End
}

// format applies and formats the accepted edits of each file; it returns the name of the
// first file that does not parse after its edits, if any.
func (f *fixer) format() (*Fixes, string) {
	out := &Fixes{}
	names := make([]string, 0, len(f.files))
	for name, ff := range f.files {
		if len(ff.edits) > 0 {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		ff := f.files[name]
		src, err := format.Source(apply(ff.old, ff.edits))
		if err != nil {
			return nil, name
		}
		out.Files = append(out.Files, FileChange{Filename: name, Old: ff.old, New: src})
	}
	return out, ""
}

// apply applies non-overlapping edits to src; insertions at one point keep their order.
func apply(src []byte, edits []Edit) []byte {
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(x, y Edit) int {
		return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
	})
	var out []byte
	last := 0
	for _, e := range edits {
		out = append(out, src[last:e.Start]...)
		out = append(out, e.NewText...)
		last = e.End
	}
	return append(out, src[last:]...)
}

// parses reports whether src is a Go file without syntax errors.
func parses(src []byte) bool {
	_, err := parser.ParseFile(token.NewFileSet(), "", src, parser.SkipObjectResolution)
	return err == nil
}

// generated reports whether src is a generated Go file ("// Code generated ... DO NOT EDIT.").
func generated(src []byte) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.PackageClauseOnly|parser.ParseComments)
	return err == nil && ast.IsGenerated(f)
}
