package lsp

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/cookiecheck/cookiecheck/analyzer"
)

// demoFile is the file of testdata/demo, analyzed in place (the server only reads it).
func demoFile(t testing.TB) string {
	t.Helper()
	path, err := filepath.Abs(filepath.Join("..", "testdata", "demo", "handlers.go"))
	if err != nil {
		t.Fatal(err)
	}
	return path
}

var (
	buildOnce sync.Once
	builtCmd  string
	buildErr  error
)

// cookiecheckCmd builds cmd/cookiecheck once per test binary.
func cookiecheckCmd(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "cookiecheck-lsp-test")
		if err != nil {
			buildErr = err
			return
		}
		builtCmd = filepath.Join(dir, "cookiecheck")
		out, err := exec.Command("go", "build", "-o", builtCmd, "../cmd/cookiecheck").CombinedOutput()
		if err != nil {
			buildErr = &exec.ExitError{Stderr: out}
		}
	})
	if buildErr != nil {
		t.Fatalf("go build ../cmd/cookiecheck: %v", buildErr)
	}
	return builtCmd
}

// fixedByCommand returns the content of file after cookiecheck -fix ran on a copy of its
// directory (a package of this module, copied into a fresh module).
func fixedByCommand(t testing.TB, file string) string {
	t.Helper()
	dir := t.TempDir()
	copyFile(t, file, filepath.Join(dir, filepath.Base(file)))
	writeFile(t, filepath.Join(dir, "go.mod"), "module example.com/demo\n\ngo 1.26\n")
	cmd := exec.Command(cookiecheckCmd(t), "-fix", ".")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 3) {
		t.Fatalf("cookiecheck -fix: %v\n%s", err, out)
	}
	return readFile(t, filepath.Join(dir, filepath.Base(file)))
}

// jsonDiagnostics returns the diagnostics of file in the output of cookiecheck -json run on
// its package, as "category posn end message" lines.
func jsonDiagnostics(t *testing.T, file string) []string {
	t.Helper()
	cmd := exec.Command(cookiecheckCmd(t), "-json", ".")
	cmd.Dir = filepath.Dir(file)
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 3) {
		t.Fatalf("cookiecheck -json: %v\n%s", err, out)
	}
	var tree map[string]map[string][]struct {
		Category, Posn, End, Message string
	}
	if err := json.Unmarshal(out, &tree); err != nil {
		t.Fatalf("cookiecheck -json: %v\n%s", err, out)
	}
	var lines []string
	for _, analyzers := range tree {
		for _, d := range analyzers["cookiecheck"] {
			if strings.HasPrefix(d.Posn, file+":") {
				lines = append(lines, fmt.Sprintf("%s %s %s %s", d.Category, d.Posn, d.End, d.Message))
			}
		}
	}
	return lines
}

// posn returns file:line:col (1-based, bytes) of an LSP position, as -json prints it.
func posn(file string, m *mapper, p position) string {
	off := m.offset(p)
	return fmt.Sprintf("%s:%d:%d", file, p.Line+1, off-m.lineOffset(p.Line)+1)
}

// TestSession drives the server through a whole session on the demo: initialize, open, the
// diagnostics cookiecheck -json gives, quick fixes one by one and the fix-all action that both give
// the file -fix writes, an ignore directive, a change that leaves nothing, shutdown.
func TestSession(t *testing.T) {
	file := demoFile(t)
	original := readFile(t, file)
	c := startServer(t)
	res := c.initialize(filepath.Dir(file), []string{encodingUTF16}, nil)
	if res.Capabilities.PositionEncoding != encodingUTF16 || res.Capabilities.TextDocumentSync.Change != syncIncremental {
		t.Fatalf("capabilities = %+v", res.Capabilities)
	}
	c.open(file, 1, original)
	got := c.diagnosticsFor(file, 1)

	// The diagnostics are those of cookiecheck -json for that file.
	want := jsonDiagnostics(t, file)
	if len(want) == 0 {
		t.Fatal("cookiecheck -json finds nothing in the demo")
	}
	m := newMapper([]byte(original), encodingUTF16)
	var gotJSON []string
	for _, d := range got {
		gotJSON = append(gotJSON, fmt.Sprintf("%s %s %s %s", d.Code, posn(file, m, d.Range.Start), posn(file, m, d.Range.End), d.Message))
	}
	if strings.Join(gotJSON, "\n") != strings.Join(want, "\n") {
		t.Fatalf("diagnostics:\n%s\nwant (cookiecheck -json):\n%s", strings.Join(gotJSON, "\n"), strings.Join(want, "\n"))
	}
	for _, d := range got {
		if d.Severity != severityWarning || d.Source != "cookiecheck" || d.Code == "" || d.CodeDescription == nil || !strings.Contains(d.CodeDescription.Href, d.Code) {
			t.Errorf("diagnostic fields: %s", toJSON(d))
		}
	}
	wantFixed := fixedByCommand(t, file)

	// Quick fixes one at a time, each on the analysis of the text the previous one left,
	// give the file -fix writes.
	text, version := original, int32(1)
	for steps := 0; ; steps++ {
		diags := c.diagnosticsFor(file, version)
		var action *codeAction
		for _, d := range diags {
			for _, a := range c.codeActions(file, d.Range, kindQuickFix) {
				if len(a.Diagnostics) != 1 {
					t.Errorf("quick fix %q is linked to %d diagnostics, want 1", a.Title, len(a.Diagnostics))
				}
				if a.IsPreferred && action == nil && equalJSON(a.Diagnostics[0], d) {
					action = &a // the first diagnostic's own fix
				}
			}
		}
		if action == nil {
			break
		}
		if steps > 20 {
			t.Fatal("quick fixes do not converge")
		}
		next := c.applyEdit(pathToURI(file), text, action.Edit)
		version++
		c.change(file, version, incrementalChange(text, next, c.encoding))
		text = next
	}
	if text != wantFixed {
		t.Errorf("quick fixes one by one:\n%s\nwant (cookiecheck -fix):\n%s", text, wantFixed)
	}

	// Back to the original; the fix-all action gives the same file at once.
	version++
	c.change(file, version, contentChange{Text: original})
	c.diagnosticsFor(file, version)
	all := c.codeActions(file, lspRange{}, kindSourceFixAll)
	if len(all) != 1 || all[0].Kind != kindFixAllOwn {
		t.Fatalf("source.fixAll actions = %s", toJSON(all))
	}
	if fixed := c.applyEdit(pathToURI(file), original, all[0].Edit); fixed != wantFixed {
		t.Errorf("fix-all:\n%s\nwant (cookiecheck -fix):\n%s", fixed, wantFixed)
	}
	version++
	c.change(file, version, contentChange{Text: wantFixed})
	left := c.diagnosticsFor(file, version)
	if len(left) != 1 || left[0].Code != analyzer.CategoryExpiry {
		t.Fatalf("after the fixes, diagnostics = %s, want the expiry finding (it has no fix)", toJSON(left))
	}

	// The ignore quick fix silences the finding it is offered for.
	var ignore *codeAction
	for _, a := range c.codeActions(file, left[0].Range, kindQuickFix) {
		if strings.HasPrefix(a.Title, "Ignore") {
			ignore = &a
		}
	}
	if ignore == nil {
		t.Fatal("no ignore action for the expiry finding")
	}
	ignored := c.applyEdit(pathToURI(file), wantFixed, ignore.Edit)
	if !strings.Contains(ignored, "\t\t//cookiecheck:ignore expiry "+ignoreReason+"\n\t\tMaxAge:") {
		t.Errorf("ignore action gives:\n%s", ignored)
	}
	version++
	c.change(file, version, incrementalChange(wantFixed, ignored, c.encoding))
	if d := c.diagnosticsFor(file, version); len(d) != 0 {
		t.Errorf("diagnostics after the ignore directive: %s", toJSON(d))
	}

	// A typo in the directive is a diagnostic of its own, which is fixed, not ignored.
	typo := strings.Replace(ignored, "//cookiecheck:ignore expiry", "//cookiecheck:ignore expiri", 1)
	version++
	c.change(file, version, incrementalChange(ignored, typo, c.encoding))
	diags := c.diagnosticsFor(file, version)
	if len(diags) != 2 || diags[0].Code != analyzer.CategoryDirective || diags[1].Code != analyzer.CategoryExpiry {
		t.Fatalf("diagnostics after a typo in the directive = %s, want the directive's and the expiry finding", toJSON(diags))
	}
	for _, a := range c.codeActions(file, diags[0].Range, kindQuickFix) {
		if strings.HasPrefix(a.Title, "Ignore") {
			t.Errorf("an ignore action for the directive's own diagnostic: %s", toJSON(a))
		}
	}
	version++
	c.change(file, version, incrementalChange(typo, ignored, c.encoding))
	c.diagnosticsFor(file, version)

	// A change that leaves nothing to report clears the file's diagnostics.
	version++
	c.change(file, version, contentChange{Text: strings.Replace(wantFixed, "86400 * 90", "86400", 1)})
	if d := c.diagnosticsFor(file, version); len(d) != 0 {
		t.Errorf("diagnostics after a change that leaves nothing: %s", toJSON(d))
	}

	if err := c.shutdown(); err != nil {
		t.Errorf("Serve after shutdown and exit: %v", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.shown) != 0 {
		t.Errorf("messages shown: %v", c.shown)
	}
}

// incrementalChange returns the change of the smallest range that turns a into b, as an
// editor sends while typing.
func incrementalChange(a, b, encoding string) contentChange {
	start := 0
	for start < len(a) && start < len(b) && a[start] == b[start] {
		start++
	}
	end := 0
	for end < len(a)-start && end < len(b)-start && a[len(a)-1-end] == b[len(b)-1-end] {
		end++
	}
	m := newMapper([]byte(a), encoding)
	rng := m.lspRange(start, len(a)-end)
	return contentChange{Range: &rng, Text: b[start : len(b)-end]}
}

func copyFile(t testing.TB, from, to string) {
	t.Helper()
	writeFile(t, to, readFile(t, from))
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func toJSON(v any) string {
	b, _ := json.MarshalIndent(v, "", "  ")
	return string(b)
}

func equalJSON(a, b any) bool { return toJSON(a) == toJSON(b) }

// TestReadmeNeovimConfig: README.md shows the Neovim configuration that CI runs.
func TestReadmeNeovimConfig(t *testing.T) {
	readme := readFile(t, filepath.Join("..", "README.md"))
	var code []string
	for _, line := range strings.SplitAfter(readFile(t, filepath.Join("..", ".ci", "nvim", "init.lua")), "\n") {
		if len(code) == 0 && strings.HasPrefix(line, "--") {
			continue // the file's header
		}
		code = append(code, line)
	}
	if !strings.Contains(readme, "```lua\n"+strings.Join(code, "")+"```\n") {
		t.Error("README.md does not show .ci/nvim/init.lua (after its header comment) as it is")
	}
}
