package lsp

import (
	"bytes"
	"cmp"
	"fmt"
	"go/format"
	"slices"

	"github.com/cookiecheck/cookiecheck/engine"
)

// byteEdit replaces content[start:end] with text.
type byteEdit struct {
	start, end int
	text       string
}

// applyEdits returns content with edits applied. Edits must not overlap; insertions at one
// point go in the order given.
func applyEdits(content []byte, edits []byteEdit) ([]byte, error) {
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(a, b byteEdit) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end))
	})
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.start < last || e.end < e.start || e.end > len(content) {
			return nil, fmt.Errorf("edit [%d,%d) out of order or out of range", e.start, e.end)
		}
		out.Write(content[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(content[last:])
	return out.Bytes(), nil
}

// isGofmtd reports whether m's content is gofmt'd, computing it once: code actions ask on
// every cursor move.
func (m *mapper) isGofmtd() bool {
	m.gofmtOnce.Do(func() { m.gofmtd = bytes.Equal(formatted(m.content), m.content) })
	return m.gofmtd
}

// formatted returns src gofmt'd, or src itself when it does not parse.
func formatted(src []byte) []byte {
	if out, err := format.Source(src); err == nil {
		return out
	}
	return src
}

// lineEdit replaces the lines [from, to) of the old content with text.
type lineEdit struct {
	from, to int
	text     string
}

// lineDiff returns the line edits that turn a into b, in order: the runs of changed lines
// of a shortest diff. Code actions send these rather than one replacement of the whole file,
// so that an editor keeps its marks, folds and cursor on the lines a fix does not touch.
func lineDiff(a, b []byte) []lineEdit {
	al, bl := splitLines(a), splitLines(b)
	// Trim the common prefix and suffix: fixes touch few lines of a file.
	pre := 0
	for pre < len(al) && pre < len(bl) && al[pre] == bl[pre] {
		pre++
	}
	suf := 0
	for suf < len(al)-pre && suf < len(bl)-pre && al[len(al)-1-suf] == bl[len(bl)-1-suf] {
		suf++
	}
	x, y := al[pre:len(al)-suf], bl[pre:len(bl)-suf]
	var edits []lineEdit
	ops := engine.DiffLines(x, y)
	for i := 0; i < len(ops); {
		if ops[i].Kind == ' ' {
			i++
			continue
		}
		// A run of deletions and insertions replaces x[from:to] with y[newFrom:newTo].
		from, newFrom := ops[i].A, ops[i].B
		to, newTo := from, newFrom
		for ; i < len(ops) && ops[i].Kind != ' '; i++ {
			if ops[i].Kind == '-' {
				to = ops[i].A + 1
			} else {
				newTo = ops[i].B + 1
			}
		}
		edits = append(edits, lineEdit{pre + from, pre + to, joinLines(y[newFrom:newTo])})
	}
	return edits
}

// splitLines splits b after each '\n'; a last line without one is a line too.
func splitLines(b []byte) []string { return engine.SplitLines(string(b)) }

func joinLines(lines []string) string {
	var sb bytes.Buffer
	for _, l := range lines {
		sb.WriteString(l)
	}
	return sb.String()
}
