package cli

import (
	"bytes"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"github.com/cookiecheck/cookiecheck/analyzer"
)

// TestHelp checks that -help lists exactly the flags that work, in groups, and the exit
// statuses.
func TestHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := Main([]string{"-help"}, &stdout, &stderr); code != 0 || stderr.Len() > 0 {
		t.Fatalf("-help: exit status %d, stderr %q", code, stderr.String())
	}
	help := stdout.String()
	listed := regexp.MustCompile(`(?m)^  -([a-z-]+)`).FindAllStringSubmatch(help, -1)
	var names []string
	for _, m := range listed {
		names = append(names, m[1])
	}
	// Every flag listed is accepted (with a value if it takes one).
	opts := &options{a: analyzer.New(analyzer.DefaultConfig())}
	fs := opts.flagSet()
	for _, name := range names {
		if name != "help" && fs.Lookup(name) == nil {
			t.Errorf("-help lists -%s, which is not a flag", name)
		}
	}
	// Every flag is listed, except -V (go vet's query) and the old -test.
	fs.VisitAll(func(f *flag.Flag) {
		if !slices.Contains(names, f.Name) && f.Name != "V" {
			t.Errorf("-help does not list -%s", f.Name)
		}
	})
	for _, want := range []string{"\nAnalyzer flags", "\nOutput:\n", "\nFixes:\n", "\nPackages:\n", exitStatusHelp} {
		if !strings.Contains(help, want) {
			t.Errorf("-help lacks %q", want)
		}
	}
	if slices.Contains(names, "test") || slices.Contains(names, "c") {
		t.Errorf("-help lists flags of the old driver: %v", names)
	}
	if testing.Verbose() {
		t.Log(help)
	}
}

// TestUnified checks the diff printed by -fix -diff against diff(1) when it is installed, on
// changes at the start, the middle and the end of a file, and on files without a final
// newline.
func TestUnified(t *testing.T) {
	lines := func(n int, f func(i int) string) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(f(i) + "\n")
		}
		return b.String()
	}
	base := lines(40, func(i int) string { return "line " + string(rune('a'+i%26)) })
	for _, test := range []struct{ name, old, new string }{
		{"insert in the middle", base, strings.Replace(base, "line f\n", "line f\nnew 1\nnew 2\n", 1)},
		{"change at both ends", base, "first\n" + strings.TrimPrefix(base, "line a\n") + "last\n"},
		{"two close changes merge", base, strings.Replace(strings.Replace(base, "line c\n", "C\n", 1), "line h\n", "H\n", 1)},
		{"delete all", "a\nb\n", ""},
		{"from empty", "", "a\n"},
		{"no final newline", "a\nb", "a\nc"},
		{"equal", base, base},
	} {
		t.Run(test.name, func(t *testing.T) {
			got := unified("x (old)", "x (new)", test.old, test.new)
			if test.old == test.new {
				if got != "" {
					t.Errorf("diff of equal files: %q", got)
				}
				return
			}
			if _, err := exec.LookPath("diff"); err != nil {
				t.Skip("no diff(1)")
			}
			dir := t.TempDir()
			a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
			os.WriteFile(a, []byte(test.old), 0o644)
			os.WriteFile(b, []byte(test.new), 0o644)
			out, _ := exec.Command("diff", "-u", "--label", "x (old)", "--label", "x (new)", a, b).Output()
			if got != string(out) {
				t.Errorf("unified:\n%s\ndiff -u:\n%s", got, out)
			}
		})
	}
}

// TestVersionOf checks where the version comes from.
func TestVersionOf(t *testing.T) {
	for _, test := range []struct {
		info debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}}, "v1.2.3"},
		{debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20260102030405-0123456789ab+dirty"}}, "v0.0.0-20260102030405-0123456789ab+dirty"},
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "true"}}}, "devel-0123456789ab-dirty"},
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "false"}}}, "devel-0123456789ab"},
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "(devel)"},
	} {
		if got := versionOf(&test.info); got != test.want {
			t.Errorf("versionOf(%+v) = %q, want %q", test.info, got, test.want)
		}
	}
}

// TestPaths checks file names in text output: relative inside the current directory,
// absolute outside it and with -abs-paths.
func TestPaths(t *testing.T) {
	dir := copyModule(t)
	t.Chdir(filepath.Join(dir))
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	for _, test := range []struct {
		wd   string
		args []string
		want string
	}{
		{dir, []string{"./..."}, "cookies.go:8:21: "},
		{sub, []string{".."}, filepath.Join(dir, "cookies.go") + ":8:21: "},
		{dir, []string{"-abs-paths", "."}, filepath.Join(dir, "cookies.go") + ":8:21: "},
	} {
		t.Chdir(test.wd)
		var stdout bytes.Buffer
		if code := Main(test.args, &stdout, io.Discard); code != 3 || !strings.HasPrefix(stdout.String(), test.want) {
			t.Errorf("in %s, cookiecheck %s: exit status %d, output:\n%s\nwant lines starting with %q", test.wd, strings.Join(test.args, " "), code, stdout.String(), test.want)
		}
	}
}

// TestSummary checks the summary printed on standard error when it is a terminal, on the
// demo (README.md quotes it).
func TestSummary(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "testdata", "demo"))); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/demo\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	opts, _ := parse([]string{"."}, &stdout, &stderr)
	opts.interactive = true
	opts.wd = dir
	res, _ := opts.analyze()
	if code := opts.textReport(res); code != 3 || stderr.String() != "7 findings (6 fixable) in 1 package\n" {
		t.Errorf("exit status %d, stderr %q", code, stderr.String())
	}
}
