package lsp

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestMapperPositions(t *testing.T) {
	// "é" is 2 bytes and 1 UTF-16 unit, "🍪" 4 bytes and 2 units (a surrogate pair).
	content := []byte("package p\n\nvar s = \"é🍪x\" // y\r\nlast")
	x := indexOf(t, content, "x\"")
	last := indexOf(t, content, "last")
	tests := []struct {
		encoding string
		offset   int
		want     position
	}{
		{encodingUTF16, 0, position{0, 0}},
		{encodingUTF16, 10, position{1, 0}},
		{encodingUTF16, x, position{2, 12}}, // var s = " is 9, é 1, 🍪 2
		{encodingUTF8, x, position{2, 15}},
		{encodingUTF16, last + 2, position{3, 2}},
		{encodingUTF16, len(content) + 5, position{3, 4}}, // clamped
	}
	for _, tt := range tests {
		m := newMapper(content, tt.encoding)
		if got := m.position(tt.offset); got != tt.want {
			t.Errorf("%s position(%d) = %v, want %v", tt.encoding, tt.offset, got, tt.want)
		}
		if tt.offset <= len(content) {
			if got := m.offset(tt.want); got != tt.offset {
				t.Errorf("%s offset(%v) = %d, want %d", tt.encoding, tt.want, got, tt.offset)
			}
		}
	}

	m := newMapper(content, encodingUTF16)
	lineEnd := indexOf(t, content, "\r\n")
	if got := m.offset(position{2, 99}); got != lineEnd {
		t.Errorf("a character past the end of a CRLF line: offset %d, want %d (before \\r)", got, lineEnd)
	}
	cookie := indexOf(t, content, "🍪")
	if got := m.offset(position{2, 11}); got != cookie {
		t.Errorf("a character inside a surrogate pair: offset %d, want the rune's start %d", got, cookie)
	}
	if got := m.offset(position{9, 0}); got != len(content) {
		t.Errorf("a line past the end: offset %d, want %d", got, len(content))
	}
}

// TestMapperRoundTrip checks every rune boundary of a text mixing 1- to 4-byte runes and an
// invalid byte: position and offset are inverse, and the UTF-16 character is the length of
// the line's prefix in UTF-16 units.
func TestMapperRoundTrip(t *testing.T) {
	content := []byte("aé€🍪\xffb\n\n🍪🍪 z\n")
	for _, enc := range []string{encodingUTF8, encodingUTF16} {
		m := newMapper(content, enc)
		lineStart := 0
		for off := 0; off <= len(content); {
			pos := m.position(off)
			prefix := []rune(string(content[lineStart:off]))
			want := len(utf16.Encode(prefix))
			if enc == encodingUTF8 {
				want = off - lineStart
			}
			if pos.Character != want {
				t.Errorf("%s position(%d).Character = %d, want %d", enc, off, pos.Character, want)
			}
			if got := m.offset(pos); got != off {
				t.Errorf("%s offset(position(%d) = %v) = %d", enc, off, pos, got)
			}
			if off == len(content) {
				break
			}
			if content[off] == '\n' {
				lineStart = off + 1
			}
			_, size := utf8.DecodeRune(content[off:])
			off += size
		}
	}
}

func indexOf(t *testing.T, b []byte, s string) int {
	t.Helper()
	for i := 0; i+len(s) <= len(b); i++ {
		if string(b[i:i+len(s)]) == s {
			return i
		}
	}
	t.Fatalf("%q not in content", s)
	return -1
}
