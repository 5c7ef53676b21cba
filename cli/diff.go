package cli

import (
	"fmt"
	"strings"

	"github.com/cookiecheck/cookiecheck/engine"
)

// unified returns the unified diff (three lines of context) that turns old into new, with the
// file names oldName and newName; "" when they are equal.
func unified(oldName, newName, old, new string) string {
	a, b := engine.SplitLines(old), engine.SplitLines(new)
	ops := engine.DiffLines(a, b)
	const context = 3
	var out strings.Builder
	for i := 0; i < len(ops); {
		for i < len(ops) && ops[i].Kind == ' ' {
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
			if ops[j].Kind != ' ' {
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
			if op.Kind != '+' {
				oldCount++
			}
			if op.Kind != '-' {
				newCount++
			}
		}
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", hunkRange(hunk[0].A, oldCount), hunkRange(hunk[0].B, newCount))
		for _, op := range hunk {
			var line string
			if op.Kind == '-' {
				line = a[op.A]
			} else {
				line = b[op.B]
			}
			out.WriteString(string(op.Kind) + line)
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
