package lsp

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cookiecheck/cookiecheck/engine"
)

func TestMergeFixes(t *testing.T) {
	const f = "/x.go"
	edit := func(start, end int, text string) engine.Edit {
		return engine.Edit{Filename: f, Start: start, End: end, NewText: text}
	}
	fixes := []engine.Fix{
		{Message: "a", Edits: []engine.Edit{edit(10, 10, "A"), edit(0, 0, "import")}},
		{Message: "b", Edits: []engine.Edit{edit(10, 10, "B")}},                   // same point: after A
		{Message: "c", Edits: []engine.Edit{edit(0, 0, "import")}},                // identical: counted once
		{Message: "d", Edits: []engine.Edit{edit(8, 12, "D")}},                    // overlaps the insertions at 10
		{Message: "e", Edits: []engine.Edit{edit(20, 25, "E")}},                   // taken
		{Message: "f", Edits: []engine.Edit{edit(30, 30, "F"), edit(22, 23, "")}}, // one edit overlaps e: all of f skipped
		{Message: "g", Edits: []engine.Edit{edit(25, 25, "G")}},                   // insertion at the end of e: fine
	}
	got := mergeFixes(fixes)[f]
	want := []byteEdit{{10, 10, "A"}, {0, 0, "import"}, {10, 10, "B"}, {20, 25, "E"}, {25, 25, "G"}}
	if len(got) != len(want) {
		t.Fatalf("mergeFixes = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("mergeFixes = %v, want %v", got, want)
		}
	}
	content := []byte(strings.Repeat(".", 30))
	out, err := applyEdits(content, got)
	if err != nil {
		t.Fatal(err)
	}
	if want := "import" + ".........." + "AB" + ".........." + "E" + "G" + "....."; string(out) != want {
		t.Errorf("applyEdits = %q, want %q", out, want)
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
