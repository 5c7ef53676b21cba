package lsp

import (
	"testing"
)

func TestIgnoreEdit(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		want      string
	}{
		{
			name: "a new directive, indented like the line",
			src:  "func f() {\n\t\tMaxAge: 1,\n}\n",
			line: 1,
			want: "func f() {\n\t\t//cookiecheck:ignore expiry " + ignoreReason + "\n\t\tMaxAge: 1,\n}\n",
		},
		{
			name: "the category added to the directive above",
			src:  "\t//cookiecheck:ignore secure behind a TLS proxy\n\tc := http.Cookie{}\n",
			line: 1,
			want: "\t//cookiecheck:ignore expiry,secure behind a TLS proxy\n\tc := http.Cookie{}\n",
		},
		{
			name: "a directive above that names no category covers all: a new line, not an edit of it",
			src:  "//cookiecheck:ignore // TODO\nc := http.Cookie{}\n",
			line: 1,
			want: "//cookiecheck:ignore // TODO\n//cookiecheck:ignore expiry " + ignoreReason + "\nc := http.Cookie{}\n",
		},
		{
			name: "the first line",
			src:  "c := http.Cookie{}",
			line: 0,
			want: "//cookiecheck:ignore expiry " + ignoreReason + "\nc := http.Cookie{}",
		},
	}
	for _, tt := range tests {
		m := newMapper([]byte(tt.src), encodingUTF16)
		te := ignoreEdit(&fileResult{mapper: m}, tt.line, "expiry")
		start, end := m.offset(te.Range.Start), m.offset(te.Range.End)
		got := tt.src[:start] + te.NewText + tt.src[end:]
		if got != tt.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
