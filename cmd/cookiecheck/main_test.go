package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestDrivers builds the command and runs it the ways users do, on copies of testdata/webapp:
// standalone, with -sarif, as go vet's -vettool and as go fix's -fixtool.
func TestDrivers(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	bin := filepath.Join(t.TempDir(), "cookiecheck")
	if out, err := exec.Command(goCmd, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	// run runs name with args in dir and returns its exit status and combined output.
	run := func(dir, name string, args ...string) (int, string) {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
		}
		return cmd.ProcessState.ExitCode(), out.String()
	}
	const noSecure = `http.Cookie "session" has no Secure`

	for _, test := range []struct {
		name     string
		cmd      []string // "BIN" stands for the built command
		wantCode int
		want     []string // substrings of the output
		dontWant []string
	}{
		{"standalone", []string{"BIN", "./..."}, 3, []string{"cookies.go:8:21: " + noSecure, "has no HttpOnly", "sets Secure to false"}, nil},
		{"standalone flags", []string{"BIN", "-disable=secure", "-max-age=1h", "./..."}, 3, []string{"lives 2h", "has no HttpOnly"}, []string{noSecure}},
		{"standalone bad flag", []string{"BIN", "-max-age=forever", "./..."}, 2, []string{`invalid value "forever" for flag -max-age`}, nil},
		{"sarif", []string{"BIN", "-sarif", "./..."}, 3, []string{`"version": "2.1.0"`, `"ruleId": "secure"`}, nil},
		{"sarif bad flag", []string{"BIN", "-sarif", "-disable=cookies", "./..."}, 2, []string{`unknown category "cookies"`}, nil},
		{"vet", []string{"go", "vet", "-vettool=BIN", "./..."}, 1, []string{"cookies.go:8:21: " + noSecure}, nil},
		{"vet flags", []string{"go", "vet", "-vettool=BIN", "-disable=secure", "./..."}, 1, []string{"has no HttpOnly"}, []string{noSecure}},
		{"vet bad flag", []string{"go", "vet", "-vettool=BIN", "-max-age=forever", "./..."}, 1, []string{`invalid value "forever" for flag -max-age`}, nil},
		{"fix diff", []string{"go", "fix", "-fixtool=BIN", "-diff", "./..."}, 1, []string{"+\thttp.SetCookie(w, &http.Cookie{Name: \"session\", Value: token, Path: \"/\", MaxAge: 7200, "}, nil},
	} {
		t.Run(test.name, func(t *testing.T) {
			args := strings.Split(strings.ReplaceAll(strings.Join(test.cmd, "\x00"), "BIN", bin), "\x00")
			code, out := run(copyModule(t), args[0], args[1:]...)
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
		code, out := run(".", bin, "-flags")
		var flags []struct{ Name string }
		if err := json.Unmarshal([]byte(out), &flags); code != 0 || err != nil {
			t.Fatalf("-flags: exit status %d, %v:\n%s", code, err, out)
		}
		if !strings.Contains(out, `"max-age"`) || strings.Contains(out, `"sarif"`) {
			t.Errorf("-flags lists %v, want the analyzer's flags and not -sarif", flags)
		}
		if code, out := run(".", bin, "-V=full"); code != 0 || !strings.Contains(out, "cookiecheck version") {
			t.Errorf("-V=full: exit status %d:\n%s", code, out)
		}
	})

	t.Run("fix", func(t *testing.T) {
		dir := copyModule(t)
		if code, out := run(dir, goCmd, "fix", "-fixtool="+bin, "./..."); code != 0 {
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
		if code, out := run(dir, goCmd, "build", "./..."); code != 0 {
			t.Errorf("fixed module does not build:\n%s", out)
		}
		// Nothing is left to fix, and nothing to report.
		if code, out := run(dir, goCmd, "fix", "-fixtool="+bin, "-diff", "./..."); code != 0 || out != "" {
			t.Errorf("second go fix -diff: exit status %d:\n%s", code, out)
		}
		if code, out := run(dir, goCmd, "vet", "-vettool="+bin, "./..."); code != 0 {
			t.Errorf("go vet after go fix: exit status %d:\n%s", code, out)
		}
	})

	t.Run("standalone fix", func(t *testing.T) {
		dir := copyModule(t)
		test, err := os.ReadFile(filepath.Join(dir, "cookies_test.go"))
		if err != nil {
			t.Fatal(err)
		}
		// -fix writes the fixes and exits 0 once every fix applied.
		if code, out := run(dir, bin, "-fix", "./..."); code != 0 {
			t.Fatalf("cookiecheck -fix: exit status %d, want 0:\n%s", code, out)
		}
		if code, out := run(dir, goCmd, "build", "./..."); code != 0 {
			t.Errorf("fixed module does not build:\n%s", out)
		}
		if after, _ := os.ReadFile(filepath.Join(dir, "cookies_test.go")); string(after) != string(test) {
			t.Errorf("-fix changed cookies_test.go, which has no finding")
		}
		// Every finding had a fix: a second run reports nothing.
		if code, out := run(dir, bin, "./..."); code != 0 || out != "" {
			t.Errorf("second run: exit status %d, want 0 and no output:\n%s", code, out)
		}
		if _, out := run(dir, bin, "-fix", "-diff", "./..."); strings.Contains(out, "+++") {
			t.Errorf("second cookiecheck -fix -diff still changes files:\n%s", out)
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
