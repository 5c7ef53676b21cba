package lsp

import (
	"bytes"
	"cmp"
	"fmt"
	"go/format"
	"slices"
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

// lineDiff returns the line edits that turn a into b, smallest first: Myers' O(ND) diff on
// lines. Code actions send these rather than one replacement of the whole file, so that an
// editor keeps its marks, folds and cursor on the lines a fix does not touch.
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
	for _, h := range myers(x, y) {
		edits = append(edits, lineEdit{pre + h.from, pre + h.to, joinLines(y[h.newFrom:h.newTo])})
	}
	return edits
}

// hunk replaces x[from:to] with y[newFrom:newTo].
type hunk struct{ from, to, newFrom, newTo int }

// maxTrace bounds the memory of myers (its trace grows as D·(N+M)); fixes and gofmt change
// a handful of lines.
const maxTrace = 500

// myers returns the hunks of a shortest edit script from x to y.
func myers(x, y []string) []hunk {
	n, m := len(x), len(y)
	if n == 0 && m == 0 {
		return nil
	}
	maxD := n + m
	v := make([]int, 2*maxD+2)
	var trace [][]int
	offset := maxD + 1
search:
	for d := 0; d <= maxD; d++ {
		if d > maxTrace {
			return []hunk{{0, n, 0, m}} // too different to be worth it: replace it all
		}
		trace = append(trace, slices.Clone(v)) // v before round d
		for k := -d; k <= d; k += 2 {
			var i int
			if k == -d || k != d && v[offset+k-1] < v[offset+k+1] {
				i = v[offset+k+1] // down: insert y[j-1]
			} else {
				i = v[offset+k-1] + 1 // right: delete x[i-1]
			}
			j := i - k
			for i < n && j < m && x[i] == y[j] {
				i, j = i+1, j+1
			}
			v[offset+k] = i
			if i >= n && j >= m {
				break search
			}
		}
	}
	// Walk back through the trace, marking deleted x lines and inserted y lines.
	delX := make([]bool, n)
	insY := make([]bool, m)
	i, j := n, m
	for d := len(trace) - 1; d >= 0; d-- {
		vd := trace[d]
		k := i - j
		prevK := k - 1
		if k == -d || k != d && vd[offset+k-1] < vd[offset+k+1] {
			prevK = k + 1
		}
		prevI := vd[offset+prevK]
		prevJ := prevI - prevK
		for i > prevI && j > prevJ {
			i, j = i-1, j-1 // the snake after the step
		}
		if d > 0 {
			if i == prevI {
				insY[prevJ] = true
			} else {
				delX[prevI] = true
			}
		}
		i, j = prevI, prevJ
	}
	// Group runs of changes into hunks.
	var hunks []hunk
	i, j = 0, 0
	for i < n || j < m {
		if i < n && j < m && !delX[i] && !insY[j] {
			i, j = i+1, j+1
			continue
		}
		h := hunk{from: i, newFrom: j}
		for i < n && delX[i] {
			i++
		}
		for j < m && insY[j] {
			j++
		}
		h.to, h.newTo = i, j
		hunks = append(hunks, h)
	}
	return hunks
}

// splitLines splits b after each '\n'; a last line without one is a line too.
func splitLines(b []byte) []string {
	var lines []string
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			lines = append(lines, string(b))
			break
		}
		lines = append(lines, string(b[:i+1]))
		b = b[i+1:]
	}
	return lines
}

func joinLines(lines []string) string {
	var sb bytes.Buffer
	for _, l := range lines {
		sb.WriteString(l)
	}
	return sb.String()
}
