package lsp

import (
	"sort"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// mapper converts between byte offsets in one file's content and LSP positions, whose
// character counts bytes (utf-8) or UTF-16 code units (utf-16), as negotiated at initialize.
type mapper struct {
	content    []byte
	lineStarts []int // byte offset of the start of each line
	utf16      bool

	gofmtOnce sync.Once
	gofmtd    bool // content is gofmt'd: see isGofmtd
}

func newMapper(content []byte, encoding string) *mapper {
	starts := []int{0}
	for i, b := range content {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &mapper{content: content, lineStarts: starts, utf16: encoding != encodingUTF8}
}

// position returns the LSP position of a byte offset, clamped to the content.
func (m *mapper) position(offset int) position {
	offset = max(0, min(offset, len(m.content)))
	line := sort.Search(len(m.lineStarts), func(i int) bool { return m.lineStarts[i] > offset }) - 1
	start := m.lineStarts[line]
	if !m.utf16 {
		return position{Line: line, Character: offset - start}
	}
	units := 0
	for i := start; i < offset; {
		r, size := utf8.DecodeRune(m.content[i:])
		if i+size > offset {
			break // offset inside a rune: count up to its start
		}
		units += utf16.RuneLen(r) // an invalid byte decodes as U+FFFD: one unit
		i += size
	}
	return position{Line: line, Character: units}
}

// offset returns the byte offset of an LSP position. A line past the end gives the end of the
// content; a character past the end of its line gives the end of the line (the specification
// says so), and one inside a UTF-16 surrogate pair gives the start of the rune.
func (m *mapper) offset(p position) int {
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(m.lineStarts) {
		return len(m.content)
	}
	start := m.lineStarts[p.Line]
	end := len(m.content)
	if p.Line+1 < len(m.lineStarts) {
		end = m.lineStarts[p.Line+1] - 1 // the '\n'
		if end > start && m.content[end-1] == '\r' {
			end--
		}
	}
	if !m.utf16 {
		return min(start+max(p.Character, 0), end)
	}
	units := 0
	i := start
	for i < end && units < p.Character {
		r, size := utf8.DecodeRune(m.content[i:])
		n := utf16.RuneLen(r)
		if units+n > p.Character {
			break // inside a surrogate pair
		}
		units += n
		i += size
	}
	return i
}

// lspRange returns the LSP range of the byte offsets [start, end).
func (m *mapper) lspRange(start, end int) lspRange {
	return lspRange{Start: m.position(start), End: m.position(end)}
}
