package engine

import (
	"slices"
	"strings"
)

// This file is the line diff that the front ends share: the command line prints -diff with
// it, and the language server turns a fixed file into the few line edits an editor applies.

// SplitLines splits s after each newline; a last line without one is a line too.
func SplitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// LineOp is one line of a diff: ' ' (in both), '-' (old only) or '+' (new only), with the
// line's index in old (A) and in new (B); for '+' and '-', the other index is where the
// line goes.
type LineOp struct {
	Kind byte
	A, B int
}

// DiffLines returns a shortest edit script from a to b (Myers' algorithm, O((N+M)D)).
func DiffLines(a, b []string) []LineOp {
	n, m := len(a), len(b)
	offset := n + m + 1
	v := make([]int, 2*offset+1)
	var trace [][]int
	for d := 0; d <= n+m; d++ {
		if d > maxDiff {
			return replaceAll(n, m) // too different to be worth a shortest script
		}
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

// maxDiff bounds the memory of DiffLines, whose trace grows as D·(N+M): fixes and gofmt
// change a handful of lines.
const maxDiff = 1000

// replaceAll returns the script that deletes all n lines of a and inserts all m of b.
func replaceAll(n, m int) []LineOp {
	ops := make([]LineOp, 0, n+m)
	for x := range n {
		ops = append(ops, LineOp{'-', x, 0})
	}
	for y := range m {
		ops = append(ops, LineOp{'+', n, y})
	}
	return ops
}

// backtrack walks the trace of DiffLines back from (n, m) and returns the script in order.
func backtrack(trace [][]int, offset, n, m int) []LineOp {
	var ops []LineOp
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
			ops = append(ops, LineOp{' ', x, y})
		}
		if d > 0 {
			if x == prevX {
				ops = append(ops, LineOp{'+', x, y - 1})
			} else {
				ops = append(ops, LineOp{'-', x - 1, y})
			}
		}
		x, y = prevX, prevY
	}
	slices.Reverse(ops)
	return ops
}
