package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// built is the command built once for the tests of this package.
var built struct {
	bin, goCmd string
	err        error
}

// buildCommand builds the command (once) and returns its path and the go command's.
func buildCommand(t *testing.T) (bin, goCmd string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command")
	}
	if built.bin == "" && built.err == nil {
		built.goCmd, built.err = exec.LookPath("go")
		if built.err == nil {
			dir, err := os.MkdirTemp("", "cookiecheck-test")
			if err != nil {
				t.Fatal(err)
			}
			built.bin = filepath.Join(dir, "cookiecheck")
			if out, err := exec.Command(built.goCmd, "build", "-o", built.bin, ".").CombinedOutput(); err != nil {
				built.err = fmt.Errorf("go build: %v\n%s", err, out)
			}
		}
	}
	if built.err != nil {
		t.Skip(built.err)
	}
	return built.bin, built.goCmd
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.bin != "" {
		os.RemoveAll(filepath.Dir(built.bin))
	}
	os.Exit(code)
}

// copyModule copies the module ../../cli/testdata/webapp into a temporary directory, adds
// the files given (name, content), and returns the directory.
func copyModule(t *testing.T, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "cli", "testdata", "webapp"))); err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(files); i += 2 {
		name := filepath.Join(dir, files[i])
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(files[i+1]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// copyDemo copies ../../testdata/demo into a module of its own and returns its directory.
func copyDemo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "testdata", "demo"))); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/demo\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// run runs name with args in dir and returns its exit status, standard output and standard
// error.
func run(t *testing.T, dir, name string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()
}

// checksums returns the SHA-256 of every file under dir.
func checksums(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	sums := make(map[string][32]byte)
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		sums[path] = sha256.Sum256(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return sums
}

const (
	noSecure     = `cookies.go:8:21: http.Cookie "session" has no Secure: browsers send it over plain HTTP, where it can be read and stolen (secure)`
	brokenGo     = "package webapp\n\nvar x int = \"s\"\n"
	brokenError  = `broken.go:3:13: cannot use "s" (untyped string constant) as int value in variable declaration`
	brokenTestGo = "package webapp\n\nimport \"testing\"\n\nfunc TestBroken(t *testing.T) { undefinedHelper(t) }\n"
	// directivesGo has a directive with a misspelt category, which silences nothing, and
	// one that has nothing to silence.
	directivesGo = `package webapp

import "net/http"

func directives(w http.ResponseWriter) {
	//cookiecheck:ignore secrue the typo silences nothing
	http.SetCookie(w, &http.Cookie{Name: "d1", Secure: true, HttpOnly: true})
	//cookiecheck:ignore httponly nothing to silence here
	http.SetCookie(w, &http.Cookie{Name: "d2", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
}
`
)

// TestCommand runs the built command in every output mode and checks its exit status and
// both output streams.
func TestCommand(t *testing.T) {
	bin, _ := buildCommand(t)
	type stream struct {
		want     []string // substrings
		dontWant []string
		lines    int // -1: any number
	}
	for _, test := range []struct {
		name     string
		files    []string // added to the module: name, content
		args     []string
		wantCode int
		stdout   stream
		stderr   stream
	}{
		{"text", nil, []string{"./..."}, 3,
			stream{want: []string{noSecure + "\n", "cookies.go:13:63: http.Cookie \"treat\" sets Secure to false"}, lines: 4}, stream{}},
		{"text, no findings", nil, []string{"-disable=secure,httponly,samesite", "./..."}, 0, stream{}, stream{}},
		{"text, no packages", []string{"sub/README", "no Go files"}, []string{"./sub/..."}, 0,
			stream{}, stream{want: []string{"matched no packages"}, lines: 1}},
		{"text, package error", []string{"broken.go", brokenGo}, []string{"./..."}, 1,
			stream{want: []string{noSecure}, lines: 4}, stream{want: []string{brokenError + "\n"}, lines: 1}},
		{"text, test files not loaded", []string{"broken_test.go", brokenTestGo}, []string{"./..."}, 3,
			stream{lines: 4}, stream{}},
		{"text, test files loaded", []string{"broken_test.go", brokenTestGo}, []string{"-include-tests", "./..."}, 1,
			stream{want: []string{"cookies_test.go:12:21: http.Cookie \"probe\" has no Secure"}, lines: 5},
			stream{want: []string{"broken_test.go:5:33: undefined: undefinedHelper\n"}, lines: 1}},
		{"text, -tags", nil, []string{"-tags=integration", "./..."}, 3,
			stream{want: []string{"tagged.go:9:21: http.Cookie \"probe\" has no Secure"}, lines: 5}, stream{}},
		{"text, -abs-paths", nil, []string{"-abs-paths", "./..."}, 3,
			stream{want: []string{"/cookies.go:8:21: "}, dontWant: []string{"\ncookies.go"}, lines: 4}, stream{}},
		{"text, directives", []string{"directives.go", directivesGo}, []string{"./..."}, 3,
			stream{want: []string{
				`directives.go:6:23: //cookiecheck:ignore names unknown category "secrue" (did you mean secure?), so it silences nothing`,
				`directives.go:7:21: http.Cookie "d1" has no SameSite`,
				"directives.go:8:2: //cookiecheck:ignore httponly silences no finding: remove it",
			}, lines: 7}, stream{}},
		{"text, -unused-directives=false", []string{"directives.go", directivesGo}, []string{"-unused-directives=false", "./..."}, 3,
			stream{want: []string{`names unknown category "secrue"`}, dontWant: []string{"silences no finding"}, lines: 6}, stream{}},
		{"json", nil, []string{"-json", "./..."}, 3,
			stream{want: []string{`"example.com/webapp": {`, `"posn": "/`, `"suggested_fixes": [`}, lines: -1}, stream{}},
		{"json, tests", nil, []string{"-json", "-include-tests", "./..."}, 3,
			stream{want: []string{`cookies_test.go:12:21"`}, lines: -1}, stream{}},
		{"json, package error", []string{"broken.go", brokenGo}, []string{"-json", "./..."}, 1,
			stream{want: []string{`"posn": "/`}, lines: -1}, stream{want: []string{brokenError + "\n"}, lines: 1}},
		{"json, no findings", nil, []string{"-json", "-disable=secure,httponly,samesite", "./..."}, 0,
			stream{want: []string{"{}\n"}, lines: 1}, stream{}},
		{"sarif", nil, []string{"-sarif", "./..."}, 3, stream{want: []string{`"ruleId": "secure"`}, lines: -1}, stream{}},
		{"sarif, package error", []string{"broken.go", brokenGo}, []string{"-sarif", "./..."}, 1,
			stream{want: []string{`"executionSuccessful": false`, `"ruleId": "secure"`}, lines: -1},
			stream{want: []string{brokenError + "\n"}, lines: 1}},
		{"sarif, -tags", nil, []string{"-sarif", "-tags=integration", "./..."}, 3,
			stream{want: []string{`"uri": "tagged.go"`}, lines: -1}, stream{}},
		{"sarif, no findings", nil, []string{"-sarif", "-disable=secure,httponly,samesite", "./..."}, 0,
			stream{want: []string{`"results": []`}, lines: -1}, stream{}},
		{"fix -diff", nil, []string{"-fix", "-diff", "./..."}, 0,
			stream{want: []string{"--- cookies.go (old)\n+++ cookies.go (new)\n", "+\thttp.SetCookie(w, &http.Cookie{Name: \"session\""}, lines: -1},
			stream{want: []string{"the diff fixes 4 findings in 1 file\n"}, lines: 1}},
		{"-diff alone previews", nil, []string{"-diff", "./..."}, 0,
			stream{want: []string{"+++ cookies.go (new)"}, lines: -1}, stream{want: []string{"the diff fixes 4 findings in 1 file\n"}, lines: 1}},
		{"fix, package error", []string{"broken.go", brokenGo}, []string{"-fix", "./..."}, 1,
			stream{want: []string{"4 findings left: in packages with errors, which -fix does not change; fix the errors and run -fix again:\n", noSecure}, lines: 5},
			stream{want: []string{brokenError}, lines: 1}},
		{"-sarif -json", nil, []string{"-sarif", "-json", "./..."}, 2,
			stream{}, stream{want: []string{"cookiecheck: -sarif and -json cannot be combined"}, lines: 1}},
		{"-sarif -fix", nil, []string{"-sarif", "-fix", "./..."}, 2,
			stream{}, stream{want: []string{"cookiecheck: -sarif and -fix cannot be combined"}, lines: 1}},
		{"-json -fix", nil, []string{"-json", "-fix", "./..."}, 2,
			stream{}, stream{want: []string{"cookiecheck: -json and -fix cannot be combined"}, lines: 1}},
		{"-json -diff", nil, []string{"-json", "-diff", "./..."}, 2,
			stream{}, stream{want: []string{"cookiecheck: -json and -fix cannot be combined"}, lines: 1}},
		{"-json -abs-paths", nil, []string{"-json", "-abs-paths", "./..."}, 2,
			stream{}, stream{want: []string{"cookiecheck: -abs-paths is for text output"}, lines: 1}},
		{"-test", nil, []string{"-test", "./..."}, 2,
			stream{}, stream{want: []string{"cookiecheck: -test is gone: -include-tests loads test files"}, lines: 1}},
		{"-test=false still works", nil, []string{"-test=false", "./..."}, 3, stream{want: []string{noSecure}, lines: 4}, stream{}},
		{"flag after the packages", nil, []string{"./...", "-json"}, 2,
			stream{}, stream{want: []string{"cookiecheck: flags go before the packages: -json"}, lines: 1}},
		{"unknown flag", nil, []string{"-c=3", "./..."}, 2,
			stream{}, stream{want: []string{"cookiecheck: flag provided but not defined: -c"}, lines: 1}},
		{"bad flag value", nil, []string{"-max-age=forever", "./..."}, 2,
			stream{}, stream{want: []string{`cookiecheck: invalid value "forever" for flag -max-age`}, lines: 1}},
		{"bad pattern", nil, []string{"-json", "./nosuchdir"}, 2,
			stream{}, stream{want: []string{"nosuchdir"}, lines: 1}},
	} {
		t.Run(test.name, func(t *testing.T) {
			dir := copyModule(t, test.files...)
			before := checksums(t, dir)
			code, stdout, stderr := run(t, dir, bin, test.args...)
			if code != test.wantCode {
				t.Errorf("exit status %d, want %d", code, test.wantCode)
			}
			for _, s := range []struct {
				name, out string
				want      stream
			}{{"stdout", stdout, test.stdout}, {"stderr", stderr, test.stderr}} {
				for _, w := range s.want.want {
					if !strings.Contains(s.out, w) {
						t.Errorf("%s lacks %q", s.name, w)
					}
				}
				for _, w := range s.want.dontWant {
					if strings.Contains(s.out, w) {
						t.Errorf("%s has %q", s.name, w)
					}
				}
				if n := strings.Count(s.out, "\n"); s.want.lines >= 0 && n != s.want.lines {
					t.Errorf("%s has %d lines, want %d", s.name, n, s.want.lines)
				}
			}
			if !slices.Contains(test.args, "-fix") || test.wantCode != 0 {
				if after := checksums(t, dir); !mapsEqual(before, after) {
					t.Errorf("files changed")
				}
			}
			if t.Failed() {
				t.Logf("cookiecheck %s\nstdout:\n%s\nstderr:\n%s", strings.Join(test.args, " "), stdout, stderr)
			}
		})
	}
}

func mapsEqual(x, y map[string][32]byte) bool {
	if len(x) != len(y) {
		return false
	}
	for k, v := range x {
		if y[k] != v {
			return false
		}
	}
	return true
}

// TestOutputOnce checks that each diagnostic and each error appears once in every mode, with
// test variants loaded, and that text output is sorted.
func TestOutputOnce(t *testing.T) {
	bin, _ := buildCommand(t)
	dir := copyModule(t, "broken.go", brokenGo)
	_, text, textErr := run(t, dir, bin, "-include-tests", "./...")
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if len(lines) != 5 || !slices.IsSortedFunc(lines, comparePositions) {
		t.Errorf("text output, want 5 sorted lines:\n%s", text)
	}
	if strings.Count(textErr, "broken.go:3:13") != 1 {
		t.Errorf("the type error is not printed once:\n%s", textErr)
	}
	_, out, _ := run(t, dir, bin, "-json", "-include-tests", "./...")
	var tree map[string]map[string][]struct{ Posn, Message string }
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("-json: %v\n%s", err, out)
	}
	var posns []string
	for _, byAnalyzer := range tree {
		for _, d := range byAnalyzer["cookiecheck"] {
			posns = append(posns, d.Posn+" "+d.Message)
		}
	}
	slices.Sort(posns)
	if len(posns) != len(lines) || len(slices.Compact(slices.Clone(posns))) != len(posns) {
		t.Errorf("-json has %d diagnostics (%d distinct), text %d", len(posns), len(slices.Compact(slices.Clone(posns))), len(lines))
	}
}

// comparePositions orders "file:line:col: ..." lines by file, line and column.
func comparePositions(x, y string) int {
	key := func(s string) string {
		parts := strings.SplitN(s, ":", 4)
		return fmt.Sprintf("%s:%08s:%08s", parts[0], parts[1], parts[2])
	}
	return strings.Compare(key(x), key(y))
}

// TestFixReport checks what -fix prints and writes on the demo, where one finding has no
// fix: what it fixed, the finding left under a heading that says why, exit status 3, and a
// second run that has nothing left to fix.
func TestFixReport(t *testing.T) {
	bin, goCmd := buildCommand(t)
	dir := copyDemo(t)
	code, stdout, stderr := run(t, dir, bin, "-fix", ".")
	want := `fixed 6 findings in 1 file
1 finding left: no safe automatic fix exists; change the code as each message says:
handlers.go:17:3: session cookie http.Cookie "session_id" lives 90d, longer than the 14d limit (flag -max-age): no automatic fix, choose a shorter lifetime (expiry)
`
	if code != 3 || stdout != want || stderr != "" {
		t.Errorf("cookiecheck -fix: exit status %d, stdout:\n%s\nstderr:\n%s\nwant 3 and:\n%s", code, stdout, stderr, want)
	}
	if code, out, errs := run(t, dir, goCmd, "vet", "."); code != 0 {
		t.Errorf("go vet after -fix: %s%s", out, errs)
	}
	code, stdout, _ = run(t, dir, bin, "-fix", ".")
	want = `1 finding left: no safe automatic fix exists; change the code as each message says:
handlers.go:17:3: session cookie http.Cookie "session_id" lives 90d, longer than the 14d limit (flag -max-age): no automatic fix, choose a shorter lifetime (expiry)
`
	if code != 3 || stdout != want {
		t.Errorf("second cookiecheck -fix: exit status %d, stdout:\n%s\nwant 3 and:\n%s", code, stdout, want)
	}
}

// TestVersion checks -version and go vet's -V=full query.
func TestVersion(t *testing.T) {
	bin, _ := buildCommand(t)
	code, out, _ := run(t, ".", bin, "-version")
	if code != 0 || !regexp.MustCompile(`^cookiecheck version \S+\n$`).MatchString(out) {
		t.Errorf("-version: exit status %d, %q", code, out)
	}
	version := strings.Fields(out)[2]
	code, out, _ = run(t, ".", bin, "-V=full")
	content, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("cookiecheck version devel %s buildID=%x\n", version, sha256.Sum256(content))
	if code != 0 || out != want {
		t.Errorf("-V=full: exit status %d, %q, want %q", code, out, want)
	}
	if code, _, errs := run(t, ".", bin, "-V=short"); code != 2 || !strings.Contains(errs, "-V=full") {
		t.Errorf("-V=short: exit status %d, %q", code, errs)
	}
}

// TestDrivers runs the command as go vet's -vettool and go fix's -fixtool, and checks that
// standalone -fix and go fix agree.
func TestDrivers(t *testing.T) {
	bin, goCmd := buildCommand(t)
	// combined runs name and returns its exit status and its output streams together.
	combined := func(dir, name string, args ...string) (int, string) {
		code, stdout, stderr := run(t, dir, name, args...)
		return code, stdout + stderr
	}
	const vetNoSecure = `cookies.go:8:21: http.Cookie "session" has no Secure`

	for _, test := range []struct {
		name     string
		cmd      []string // "BIN" stands for the built command
		wantCode int
		want     []string // substrings of the output
		dontWant []string
	}{
		{"vet", []string{"go", "vet", "-vettool=BIN", "./..."}, 1, []string{vetNoSecure}, nil},
		{"vet flags", []string{"go", "vet", "-vettool=BIN", "-disable=secure", "./..."}, 1, []string{"has no HttpOnly"}, []string{vetNoSecure}},
		{"vet bad flag", []string{"go", "vet", "-vettool=BIN", "-max-age=forever", "./..."}, 1, []string{`invalid value "forever" for flag -max-age`}, nil},
		{"fix diff", []string{"go", "fix", "-fixtool=BIN", "-diff", "./..."}, 1, []string{"+\thttp.SetCookie(w, &http.Cookie{Name: \"session\", Value: token, Path: \"/\", MaxAge: 7200, "}, nil},
	} {
		t.Run(test.name, func(t *testing.T) {
			args := strings.Split(strings.ReplaceAll(strings.Join(test.cmd, "\x00"), "BIN", bin), "\x00")
			code, out := combined(copyModule(t), args[0], args[1:]...)
			if code != test.wantCode {
				t.Errorf("exit status %d, want %d", code, test.wantCode)
			}
			for _, s := range test.want {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %q", s)
				}
			}
			for _, s := range test.dontWant {
				if strings.Contains(out, s) {
					t.Errorf("output has %q", s)
				}
			}
			if t.Failed() {
				t.Logf("%s:\n%s", strings.Join(test.cmd, " "), out)
			}
		})
	}

	t.Run("vet queries", func(t *testing.T) {
		// go vet asks the tool for its flags and version before running it.
		code, out := combined(".", bin, "-flags")
		var flags []struct{ Name string }
		if err := json.Unmarshal([]byte(out), &flags); code != 0 || err != nil {
			t.Fatalf("-flags: exit status %d, %v:\n%s", code, err, out)
		}
		if !strings.Contains(out, `"max-age"`) || strings.Contains(out, `"sarif"`) {
			t.Errorf("-flags lists %v, want the analyzer's flags and not -sarif", flags)
		}
	})

	t.Run("fix", func(t *testing.T) {
		dir := copyModule(t)
		if code, out := combined(dir, goCmd, "fix", "-fixtool="+bin, "./..."); code != 0 {
			t.Fatalf("go fix: exit status %d:\n%s", code, out)
		}
		src, err := os.ReadFile(filepath.Join(dir, "cookies.go"))
		if err != nil {
			t.Fatal(err)
		}
		// The three insertions at one position are all applied, each once.
		login := lineWith(string(src), `Name: "session", Value: token`)
		for _, field := range []string{"Secure: true", "HttpOnly: true", "SameSite: http.SameSiteLaxMode"} {
			if strings.Count(login, field) != 1 {
				t.Errorf("fixed login has %q %d times, want once:\n%s", field, strings.Count(login, field), login)
			}
		}
		if treat := lineWith(string(src), `"treat"`); !strings.Contains(treat, "Secure: true") {
			t.Errorf("fixed treat lacks Secure: true:\n%s", treat)
		}
		if code, out := combined(dir, goCmd, "build", "./..."); code != 0 {
			t.Errorf("fixed module does not build:\n%s", out)
		}
		// Nothing is left to fix, and nothing to report.
		if code, out := combined(dir, goCmd, "fix", "-fixtool="+bin, "-diff", "./..."); code != 0 || out != "" {
			t.Errorf("second go fix -diff: exit status %d:\n%s", code, out)
		}
		if code, out := combined(dir, goCmd, "vet", "-vettool="+bin, "./..."); code != 0 {
			t.Errorf("go vet after go fix: exit status %d:\n%s", code, out)
		}

		// Standalone -fix on a fresh copy gives the same file.
		standalone := copyModule(t)
		test, err := os.ReadFile(filepath.Join(standalone, "cookies_test.go"))
		if err != nil {
			t.Fatal(err)
		}
		if code, stdout, stderr := run(t, standalone, bin, "-fix", "./..."); code != 0 || stdout != "fixed 4 findings in 1 file\n" || stderr != "" {
			t.Fatalf("cookiecheck -fix: exit status %d, want 0:\n%s%s", code, stdout, stderr)
		}
		if fixed, _ := os.ReadFile(filepath.Join(standalone, "cookies.go")); string(fixed) != string(src) {
			t.Errorf("cookiecheck -fix and go fix disagree:\n%s\n%s", fixed, src)
		}
		if after, _ := os.ReadFile(filepath.Join(standalone, "cookies_test.go")); string(after) != string(test) {
			t.Errorf("-fix changed cookies_test.go, which has no finding")
		}
		// Every finding had a fix: a second run reports nothing.
		if code, out := combined(standalone, bin, "./..."); code != 0 || out != "" {
			t.Errorf("second run: exit status %d, want 0 and no output:\n%s", code, out)
		}
		if code, out := combined(standalone, bin, "-fix", "-diff", "./..."); code != 0 || out != "" {
			t.Errorf("second cookiecheck -fix -diff: exit status %d, want 0 and no output:\n%s", code, out)
		}
	})
}

// lineWith returns the first line of src containing s.
func lineWith(src, s string) string {
	for line := range strings.SplitSeq(src, "\n") {
		if strings.Contains(line, s) {
			return line
		}
	}
	return ""
}
