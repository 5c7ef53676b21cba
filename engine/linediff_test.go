package engine

import (
	"fmt"
	"strings"
	"testing"
)

// TestDiffLines checks that applying the script of DiffLines to a gives b, for short
// scripts and for one too long to search (replaced whole).
func TestDiffLines(t *testing.T) {
	many := func(prefix string, n int) string {
		var sb strings.Builder
		for i := range n {
			fmt.Fprintf(&sb, "%s%d\n", prefix, i)
		}
		return sb.String()
	}
	for _, tt := range []struct{ a, b string }{
		{"", ""},
		{"a\nb\nc\n", "a\nb\nc\n"},
		{"a\nb\nc\n", "a\nx\nc\n"},
		{"a\nb\n", "a\nb\nc"},
		{"", "x\ny\n"},
		{"x\ny\n", ""},
		{many("old", 1500), many("new", 1500)}, // D = 3000 > maxDiff
	} {
		a, b := SplitLines(tt.a), SplitLines(tt.b)
		var got strings.Builder
		for _, op := range DiffLines(a, b) {
			if op.Kind != '-' {
				got.WriteString(b[op.B])
			}
		}
		if got.String() != tt.b {
			t.Errorf("DiffLines(%.20q, %.20q) builds %.20q", tt.a, tt.b, got.String())
		}
	}
}
