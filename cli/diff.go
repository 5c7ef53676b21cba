package cli

import (
	"fmt"
	"slices"
	"strings"
)

// unified returns the unified diff (three lines of context) that turns old into new, with the
// file names oldName and newName; "" when they are equal.
func unified(oldName, newName, old, new string) string {
	a, b := splitLines(old), splitLines(new)
	ops := diffLines(a, b)
	const context = 3
	var out strings.Builder
	for i := 0; i < len(ops); {
		for i < len(ops) && ops[i].kind == ' ' {
			i++
		}
		if i == len(ops) {
			break
		}
		// A hunk runs from context lines before its first change to context lines after
		// its last one, and takes in the next change when fewer than 2*context equal lines
		// separate them.
		start, last := max(i-context, 0), i
		for j := i; j < len(ops) && j-last <= 2*context; j++ {
			if ops[j].kind != ' ' {
				last = j
			}
		}
		stop := min(last+context+1, len(ops))
		if out.Len() == 0 {
			fmt.Fprintf(&out, "--- %s\n+++ %s\n", oldName, newName)
		}
		hunk := ops[start:stop]
		oldCount, newCount := 0, 0
		for _, op := range hunk {
			if op.kind != '+' {
				oldCount++
			}
			if op.kind != '-' {
				newCount++
			}
		}
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", hunkRange(hunk[0].a, oldCount), hunkRange(hunk[0].b, newCount))
		for _, op := range hunk {
			var line string
			if op.kind == '-' {
				line = a[op.a]
			} else {
				line = b[op.b]
			}
			out.WriteString(string(op.kind) + line)
			if !strings.HasSuffix(line, "\n") {
				out.WriteString("\n\\ No newline at end of file\n")
			}
		}
		i = stop
	}
	return out.String()
}

// hunkRange formats the range of a hunk that starts at 0-based line start: "l,count", or
// "l" for one line, or the line before and 0 for none (as GNU diff does).
func hunkRange(start, count int) string {
	switch count {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprint(start + 1)
	}
	return fmt.Sprintf("%d,%d", start+1, count)
}

// splitLines splits s after each newline.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// lineOp is one line of a diff: ' ' (in both), '-' (old only) or '+' (new only), with the
// line's index in old (a) and in new (b); for '+' and '-', the other index is where the
// line goes.
type lineOp struct {
	kind byte
	a, b int
}

// diffLines returns a shortest edit script from a to b (Myers' algorithm, O((N+M)D)).
func diffLines(a, b []string) []lineOp {
	n, m := len(a), len(b)
	offset := n + m + 1
	v := make([]int, 2*offset+1)
	var trace [][]int
	for d := 0; d <= n+m; d++ {
		trace = append(trace, slices.Clone(v))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[offset+k-1] < v[offset+k+1] {
				x = v[offset+k+1] // down: an insertion
			} else {
				x = v[offset+k-1] + 1 // right: a deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[offset+k] = x
			if x >= n && y >= m {
				return backtrack(trace, offset, n, m)
			}
		}
	}
	return nil // unreachable: d = n+m always reaches the end
}

// backtrack walks the trace of diffLines back from (n, m) and returns the script in order.
func backtrack(trace [][]int, offset, n, m int) []lineOp {
	var ops []lineOp
	x, y := n, m
	for d := len(trace) - 1; d >= 0; d-- {
		v := trace[d]
		k := x - y
		prevK := k - 1
		if k == -d || k != d && v[offset+k-1] < v[offset+k+1] {
			prevK = k + 1
		}
		prevX := v[offset+prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x, y = x-1, y-1
			ops = append(ops, lineOp{' ', x, y})
		}
		if d > 0 {
			if x == prevX {
				ops = append(ops, lineOp{'+', x, y - 1})
			} else {
				ops = append(ops, lineOp{'-', x - 1, y})
			}
		}
		x, y = prevX, prevY
	}
	slices.Reverse(ops)
	return ops
}
