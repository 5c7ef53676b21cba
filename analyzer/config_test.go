package analyzer

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	for in, want := range map[string]time.Duration{
		"14d":  14 * 24 * time.Hour,
		"1d":   24 * time.Hour,
		"336h": 336 * time.Hour,
		"90m":  90 * time.Minute,
	} {
		got, err := ParseDuration(in)
		if err != nil || time.Duration(got) != want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", in, time.Duration(got), err, want)
		}
	}
	for _, in := range []string{"", "abc", "-1d", "0d", "d", "1.5d", "-3h", "0s", "99999d"} {
		if _, err := ParseDuration(in); err == nil {
			t.Errorf("ParseDuration(%q) succeeded; want an error", in)
		}
	}
}

func TestDurationString(t *testing.T) {
	for d, want := range map[Duration]string{
		Duration(14 * 24 * time.Hour): "14d",
		Duration(time.Hour):           "1h",
		Duration(90 * time.Minute):    "1h30m0s",
	} {
		if got := d.String(); got != want {
			t.Errorf("%d.String() = %q; want %q", d, got, want)
		}
	}
}

func TestFlagValidation(t *testing.T) {
	bad := map[string]string{
		"-disable=secure,nosuch": `unknown category "nosuch"`,
		"-disable=directive":     `category "directive" cannot be disabled: fix the directive it reports, or set -unused-directives=false for unused ones`,
		"-unused-directives=no":  `invalid boolean value "no"`,
		"-max-age=forever":       `invalid duration "forever"`,
		"-max-age=-1d":           `invalid number of days`,
		"-session-names=(":       "missing closing )",
	}
	for flag, msg := range bad {
		a := New(DefaultConfig())
		a.Flags.Init("test", 0)
		a.Flags.SetOutput(new(strings.Builder))
		err := a.Flags.Parse([]string{flag})
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("%s: error %v; want one containing %q", flag, err, msg)
		}
	}
	a := New(DefaultConfig())
	if err := a.Flags.Parse([]string{"-disable=expiry, prefix", "-max-age=7d", "-include-tests"}); err != nil {
		t.Fatal(err)
	}
}

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Errorf("default config: %v", err)
	}
	for _, cfg := range []Config{
		{Disable: []string{"cookies"}, MaxAge: Duration(time.Hour), SessionNames: "x"},
		{MaxAge: 0, SessionNames: "x"},
		{MaxAge: Duration(time.Hour), SessionNames: "[a-"},
		{Disable: []string{CategoryDirective}, MaxAge: Duration(time.Hour), SessionNames: "x"},
	} {
		if err := cfg.Validate(); err == nil {
			t.Errorf("%+v: valid; want an error", cfg)
		}
	}
}

func TestDoc(t *testing.T) {
	doc := Analyzer.Doc
	if strings.HasPrefix(doc, "cookiecheck") {
		t.Errorf("Doc repeats the analyzer's name: %q", doc[:40])
	}
	title, _, _ := strings.Cut(doc, "\n\n")
	if title != "report insecure cookie and session configuration" {
		t.Errorf("Doc title = %q", title)
	}
	for _, cat := range Categories {
		if !strings.Contains(docFile, "# Category "+cat+"\n") {
			t.Errorf("doc.go has no section for category %s", cat)
		}
	}
}

// TestReadme checks that README.md documents every category and flag of the analyzer, as
// doc.go does.
func TestReadme(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, cat := range Categories {
		if !strings.Contains(string(readme), "| `"+cat+"` |") {
			t.Errorf("README.md's category table has no row for %s", cat)
		}
	}
	New(DefaultConfig()).Flags.VisitAll(func(f *flag.Flag) {
		if !strings.Contains(string(readme), "`-"+f.Name) {
			t.Errorf("README.md does not document flag -%s", f.Name)
		}
		if !strings.Contains(docFile, "-"+f.Name) {
			t.Errorf("doc.go does not document flag -%s", f.Name)
		}
	})
}
