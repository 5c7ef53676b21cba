package lsp

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestApplyEdits(t *testing.T) {
	content := []byte("0123456789")
	out, err := applyEdits(content, []byteEdit{{8, 9, "E"}, {2, 2, "A"}, {2, 2, "B"}, {0, 1, ""}, {9, 10, ""}})
	if err != nil || string(out) != "1AB234567E" {
		t.Errorf("applyEdits = %q, %v; want \"1AB234567E\" (insertions at one point in their order)", out, err)
	}
	if _, err := applyEdits(content, []byteEdit{{2, 5, "x"}, {4, 6, "y"}}); err == nil {
		t.Error("overlapping edits: no error")
	}
	if _, err := applyEdits(content, []byteEdit{{9, 12, ""}}); err == nil {
		t.Error("an edit past the end: no error")
	}
}

func TestLineDiff(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"a\n", "b\n", "c\n", "d\n", "e\n", "f"}
	random := func() string {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(words[rng.IntN(len(words)-1)])
		}
		if rng.IntN(2) == 0 {
			sb.WriteString("f") // no final newline
		}
		return sb.String()
	}
	for range 2000 {
		a, b := random(), random()
		edits := lineDiff([]byte(a), []byte(b))
		if got := applyLineEdits(a, edits); got != b {
			t.Fatalf("lineDiff(%q, %q) = %v, applied gives %q", a, b, edits, got)
		}
		if a == b && len(edits) != 0 {
			t.Fatalf("lineDiff of equal texts = %v", edits)
		}
	}
	// A change of one line in the middle is one edit of that line, not of the whole text.
	a := "1\n2\n3\n4\n5\n"
	b := "1\n2\nthree\n4\n5\n"
	if got := lineDiff([]byte(a), []byte(b)); len(got) != 1 || got[0] != (lineEdit{2, 3, "three\n"}) {
		t.Errorf("lineDiff = %v, want [{2 3 three\\n}]", got)
	}
	// Insertions apart from each other stay apart.
	b = "1\nx\n2\n3\n4\ny\n5\n"
	if got := lineDiff([]byte(a), []byte(b)); len(got) != 2 {
		t.Errorf("lineDiff = %v, want two insertions", got)
	}
}

// applyLineEdits applies line edits, as an editor would apply the text edits made of them.
func applyLineEdits(a string, edits []lineEdit) string {
	lines := splitLines([]byte(a))
	var sb strings.Builder
	last := 0
	for _, e := range edits {
		sb.WriteString(joinLines(lines[last:e.from]))
		sb.WriteString(e.text)
		last = e.to
	}
	sb.WriteString(joinLines(lines[last:]))
	return sb.String()
}
