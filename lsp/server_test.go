package lsp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
)

// app is a file with one finding per category that has a fix, for the tests below.
const app = `package app

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "v", Path: "/"})
}
`

const goMod = "module example.com/app\n\ngo 1.26\n"

// codes returns the categories of ds, sorted as published.
func codes(ds []diagnostic) string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code)
	}
	return strings.Join(out, ",")
}

// TestModulesAndSettings: two workspace folders, one with a nested module; each file is
// analyzed in its own module, with the project's .golangci.yml settings where there is one
// (winning over initializationOptions), the editor's elsewhere.
func TestModulesAndSettings(t *testing.T) {
	ws := t.TempDir()
	a := filepath.Join(ws, "a", "app.go")
	nested := filepath.Join(ws, "a", "tools", "app.go")
	b := filepath.Join(ws, "b", "app.go")
	writeFile(t, filepath.Join(ws, "a", "go.mod"), goMod)
	writeFile(t, a, app)
	writeFile(t, filepath.Join(ws, "a", "tools", "go.mod"), "module example.com/tools\n\ngo 1.26\n")
	writeFile(t, filepath.Join(ws, "a", "tools", ".golangci.yml"), `version: "2"
linters:
  settings:
    custom:
      cookiecheck:
        type: module
        settings:
          disable: [samesite, httponly]
`)
	writeFile(t, nested, strings.Replace(app, "package app", "package tools", 1))
	writeFile(t, filepath.Join(ws, "b", "go.mod"), "module example.com/b\n\ngo 1.26\n")
	writeFile(t, b, app)

	c := startServer(t)
	params := map[string]any{
		"processId": nil,
		"workspaceFolders": []workspaceFolder{
			{URI: pathToURI(filepath.Join(ws, "a")), Name: "a"},
			{URI: pathToURI(filepath.Join(ws, "b")), Name: "b"},
		},
		"initializationOptions": map[string]any{"disable": []string{"secure"}},
		"capabilities":          map[string]any{},
	}
	var res initializeResult
	c.call("initialize", params, &res)
	c.encoding = res.Capabilities.PositionEncoding
	c.notify("initialized", struct{}{})

	for _, f := range []string{a, nested, b} {
		c.open(f, 1, readFile(t, f))
	}
	if got := codes(c.diagnosticsFor(a, 1)); got != "httponly,samesite" {
		t.Errorf("module a (editor settings: secure disabled): %s", got)
	}
	if got := codes(c.diagnosticsFor(nested, 1)); got != "secure" {
		t.Errorf("nested module (its .golangci.yml disables samesite and httponly, and wins): %s", got)
	}
	if got := codes(c.diagnosticsFor(b, 1)); got != "httponly,samesite" {
		t.Errorf("module b: %s", got)
	}

	// New editor settings apply at once; a bad one is shown once and the rest keep working.
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"cookiecheck": map[string]any{"disable": []string{}}}})
	c.change(b, 2, contentChange{Text: app + "\n"})
	if got := codes(c.diagnosticsFor(b, 2)); got != "httponly,samesite,secure" {
		t.Errorf("after didChangeConfiguration: %s", got)
	}
	for i := range 3 {
		c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"max-age": "7 days"}})
		c.change(b, int32(3+i), contentChange{Text: app})
		c.diagnosticsFor(b, int32(3+i))
	}
	c.mu.Lock()
	shown := fmt.Sprint(c.shown)
	c.mu.Unlock()
	if strings.Count(shown, `invalid duration "7 days"`) != 1 {
		t.Errorf("a bad setting must be shown once; shown: %s", shown)
	}
	if got := codes(c.diagnosticsFor(b, 5)); got != "httponly,samesite,secure" {
		t.Errorf("after a bad didChangeConfiguration (the previous settings apply): %s", got)
	}
	// Empty settings (what clients send when the user set none) change nothing either.
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{}})
	c.change(b, 6, contentChange{Text: app + "\n"})
	if got := codes(c.diagnosticsFor(b, 6)); got != "httponly,samesite,secure" {
		t.Errorf("after empty settings: %s", got)
	}
	if err := c.shutdown(); err != nil {
		t.Error(err)
	}
}

// TestBrokenCode: a file outside any module, a file that does not parse and a package that
// does not type-check neither crash the server nor stop it: it logs why, and publishes what
// the analyzer still finds.
func TestBrokenCode(t *testing.T) {
	ws := t.TempDir()
	outside := filepath.Join(ws, "loose", "main.go")
	writeFile(t, outside, app)
	mod := filepath.Join(ws, "mod")
	writeFile(t, filepath.Join(mod, "go.mod"), goMod)
	typeErr := filepath.Join(mod, "app.go")
	writeFile(t, typeErr, app)
	syntax := filepath.Join(mod, "syntax", "bad.go")
	writeFile(t, syntax, "package syntax\n\nfunc (\n")

	c := startServer(t)
	c.initialize(ws, []string{encodingUTF16}, nil)

	c.open(outside, 1, app)
	c.waitFor("a log message about the file outside a module", func() bool {
		return strings.Contains(fmt.Sprint(c.logs), "not in a Go module")
	})

	c.open(syntax, 1, "package syntax\n\nfunc (\n")
	c.diagnosticsFor(syntax, 1)
	c.waitFor("a log message about the syntax error", func() bool {
		return strings.Contains(fmt.Sprint(c.logs), "bad.go:3:")
	})

	broken := strings.Replace(app, `Path: "/"})`, `Path: "/"})
	undefined()`, 1)
	c.open(typeErr, 1, broken)
	if got := codes(c.diagnosticsFor(typeErr, 1)); got != "httponly,samesite,secure" {
		t.Errorf("a package that does not type-check: diagnostics %q, want the analyzer's", got)
	}
	c.waitFor("a log message about the type error", func() bool {
		return strings.Contains(fmt.Sprint(c.logs), "undefined: undefined")
	})

	// The half-typed state of an edit, then the fix of it.
	c.change(typeErr, 2, contentChange{Text: strings.Replace(app, "func handler(", "func handler(w", 1)})
	c.diagnosticsFor(typeErr, 2)
	c.change(typeErr, 3, contentChange{Text: app})
	if got := codes(c.diagnosticsFor(typeErr, 3)); got != "httponly,samesite,secure" {
		t.Errorf("after the package was repaired: %q", got)
	}
	if err := c.shutdown(); err != nil {
		t.Error(err)
	}
}

// TestTypingCancelsStaleRuns: a burst of changes, faster than the debounce, publishes the
// newest version only.
func TestTypingCancelsStaleRuns(t *testing.T) {
	ws := t.TempDir()
	writeFile(t, filepath.Join(ws, "go.mod"), goMod)
	file := filepath.Join(ws, "app.go")
	writeFile(t, file, app)
	c := startServer(t)
	c.initialize(ws, []string{encodingUTF16}, nil)
	c.open(file, 1, app)
	c.diagnosticsFor(file, 1)

	text := app
	for v := int32(2); v <= 20; v++ {
		next := text + "// typing\n"
		c.change(file, v, incrementalChange(text, next, c.encoding))
		text = next
		time.Sleep(debounce / 10)
	}
	if got := codes(c.diagnosticsFor(file, 20)); got != "httponly,samesite,secure" {
		t.Errorf("after typing: %q", got)
	}
	time.Sleep(2 * debounce)
	c.mu.Lock()
	defer c.mu.Unlock()
	var versions []int32
	for _, p := range c.diags[pathToURI(file)] {
		versions = append(versions, *p.Version)
	}
	if fmt.Sprint(versions) != "[1 20]" {
		t.Errorf("versions published: %v, want [1 20] (nothing for the stale ones)", versions)
	}
}

// TestClose: closing the last file of a package clears its diagnostics.
func TestClose(t *testing.T) {
	ws := t.TempDir()
	writeFile(t, filepath.Join(ws, "go.mod"), goMod)
	file := filepath.Join(ws, "app.go")
	writeFile(t, file, app)
	c := startServer(t)
	c.initialize(ws, []string{encodingUTF16}, nil)
	c.open(file, 1, app)
	if len(c.diagnosticsFor(file, 1)) == 0 {
		t.Fatal("no diagnostics")
	}
	c.notify("textDocument/didClose", didCloseParams{TextDocument: textDocumentIdentifier{URI: pathToURI(file)}})
	c.waitFor("the diagnostics to be cleared", func() bool {
		ps := c.diags[pathToURI(file)]
		last := ps[len(ps)-1]
		return last.Version == nil && len(last.Diagnostics) == 0
	})
}

// TestPositionEncodingUTF8: a client that offers utf-8 gets it, and columns in bytes.
func TestPositionEncodingUTF8(t *testing.T) {
	ws := t.TempDir()
	writeFile(t, filepath.Join(ws, "go.mod"), goMod)
	file := filepath.Join(ws, "app.go")
	text := strings.Replace(app, `Value: "v"`, `Value: "🍪🍪"`, 1)
	writeFile(t, file, text)
	for _, enc := range []string{encodingUTF8, encodingUTF16} {
		c := startServer(t)
		res := c.initialize(ws, []string{encodingUTF16, enc}, nil) // the server prefers utf-8
		if res.Capabilities.PositionEncoding != enc {
			t.Fatalf("offered utf-16 and %s, got %s", enc, res.Capabilities.PositionEncoding)
		}
		c.open(file, 1, text)
		c.diagnosticsFor(file, 1)
		fixAll := c.codeActions(file, lspRange{}, kindSourceFixAll)
		if len(fixAll) != 1 {
			t.Fatalf("%s: fix-all actions: %s", enc, toJSON(fixAll))
		}
		got := c.applyEdit(pathToURI(file), text, fixAll[0].Edit)
		if want := `Value: "🍪🍪", Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: true})`; !strings.Contains(got, want) {
			t.Errorf("%s: fix-all gives\n%s\nwant a line with %s", enc, got, want)
		}
		c.shutdown()
	}
}

// TestLifecycle: the server stops when its client goes away: stdin closed, or the process
// named in initialize gone; exit without shutdown is an error; requests before initialize
// are refused.
func TestLifecycle(t *testing.T) {
	t.Run("stdin closed", func(t *testing.T) {
		r, w := io.Pipe()
		done := make(chan error, 1)
		go func() { done <- Serve(context.Background(), r, io.Discard, io.Discard) }()
		w.Close()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "without shutdown") {
				t.Errorf("Serve = %v, want an error saying the client left without shutdown", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the server did not stop when stdin closed")
		}
	})

	t.Run("client process gone", func(t *testing.T) {
		proc := exec.Command("sleep", "60")
		if err := proc.Start(); err != nil {
			t.Skip(err)
		}
		c := startServer(t)
		c.call("initialize", map[string]any{"processId": proc.Process.Pid, "capabilities": map[string]any{}}, new(initializeResult))
		proc.Process.Kill()
		proc.Wait()
		select {
		case err := <-c.served:
			c.served <- err
			if err == nil || !strings.Contains(err.Error(), "exited") {
				t.Errorf("Serve = %v, want an error naming the client process", err)
			}
		case <-time.After(15 * time.Second):
			t.Fatal("the server did not stop when its client process ended")
		}
	})

	t.Run("exit without shutdown", func(t *testing.T) {
		c := startServer(t)
		var before any
		err := c.conn.Call(context.Background(), "textDocument/codeAction", map[string]any{}, &before)
		if err == nil || !strings.Contains(err.Error(), "not initialized") {
			t.Errorf("a request before initialize: %v", err)
		}
		c.initialize(t.TempDir(), nil, nil)
		c.notify("exit", nil)
		select {
		case err := <-c.served:
			c.served <- err
			if err == nil {
				t.Error("Serve after exit without shutdown = nil, want an error (exit status 1)")
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the server did not exit")
		}
	})
}

// TestMainCommand runs `cookiecheck lsp` as a process: -help, a bad argument, and a session whose
// stdin ends after shutdown and exit.
func TestMainCommand(t *testing.T) {
	bin := cookiecheckCmd(t)
	out, err := exec.Command(bin, "lsp", "-help").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "usage: cookiecheck lsp") {
		t.Errorf("cookiecheck lsp -help: %v\n%s", err, out)
	}
	out, err = exec.Command(bin, "lsp", "./...").CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 || strings.Count(string(out), "\n") != 1 {
		t.Errorf("cookiecheck lsp ./...: %v, want exit status 2 and one line\n%s", err, out)
	}

	var in bytes.Buffer
	for _, msg := range []string{
		`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}`,
		`{"jsonrpc":"2.0","method":"initialized","params":{}}`,
		`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`,
		`{"jsonrpc":"2.0","method":"exit"}`,
	} {
		fmt.Fprintf(&in, "Content-Length: %d\r\n\r\n%s", len(msg), msg)
	}
	cmd := exec.Command(bin, "lsp")
	cmd.Stdin = &in
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("cookiecheck lsp: %v\n%s", err, stderr.String())
	}
	for _, want := range []string{`"positionEncoding":"utf-16"`, `"codeActionKinds":["quickfix","source.fixAll.cookiecheck"]`, `"id":2,"result":null`} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("stdout lacks %s:\n%s", want, stdout.String())
		}
	}
}

// appUsingSecure returns a file of package app whose session cookie takes Secure from the
// constant Secure of the package config at importPath.
func appUsingSecure(importPath string) string {
	return `package app

import (
	"net/http"

	"` + importPath + `"
)

func handler(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "v", Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: config.Secure})
}
`
}

// TestSaveReanalyzesImporters: saving a package re-analyzes the open packages of its module,
// which may import it: here a constant of another package decides a finding.
func TestSaveReanalyzesImporters(t *testing.T) {
	ws := t.TempDir()
	writeFile(t, filepath.Join(ws, "go.mod"), goMod)
	cfg := filepath.Join(ws, "config", "config.go")
	const insecure = "package config\n\n// Secure says whether cookies need TLS.\nconst Secure = false\n"
	writeFile(t, cfg, insecure)
	file := filepath.Join(ws, "app", "app.go")
	text := appUsingSecure("example.com/app/config")
	writeFile(t, file, text)
	c := startServer(t)
	c.initialize(ws, []string{encodingUTF16}, nil)
	c.open(file, 1, text)
	c.open(cfg, 1, insecure)
	if got := codes(c.diagnosticsFor(file, 1)); got != "secure" {
		t.Fatalf("with Secure = false: %q, want secure", got)
	}
	c.diagnosticsFor(cfg, 1)
	c.change(cfg, 2, contentChange{Text: strings.Replace(insecure, "false", "true", 1)})
	c.diagnosticsFor(cfg, 2)
	c.mu.Lock()
	before := len(c.diags[pathToURI(file)])
	c.mu.Unlock()
	c.notify("textDocument/didSave", didSaveParams{TextDocument: textDocumentIdentifier{URI: pathToURI(cfg)}})
	c.waitFor("app.go analyzed again after config.go was saved", func() bool {
		ps := c.diags[pathToURI(file)]
		return len(ps) > before && len(ps[len(ps)-1].Diagnostics) == 0
	})
}

// TestPackageFiles: the files of the package that are not open get diagnostics too, and are
// published again only when their diagnostics change.
func TestPackageFiles(t *testing.T) {
	ws := t.TempDir()
	writeFile(t, filepath.Join(ws, "go.mod"), goMod)
	helper := filepath.Join(ws, "harden.go")
	const hardenHTTPOnly = "package app\n\nimport \"net/http\"\n\n// harden completes a cookie.\nfunc harden(c *http.Cookie) {\n\tc.HttpOnly = true\n}\n"
	writeFile(t, helper, hardenHTTPOnly)
	other := filepath.Join(ws, "login.go")
	writeFile(t, other, `package app

import "net/http"

func login(w http.ResponseWriter, r *http.Request) {
	c := &http.Cookie{Name: "session", Value: "v", Path: "/", SameSite: http.SameSiteLaxMode}
	harden(c)
	http.SetCookie(w, c)
}
`)
	c := startServer(t)
	c.initialize(ws, []string{encodingUTF16}, nil)
	c.open(helper, 1, hardenHTTPOnly)
	c.diagnosticsFor(helper, 1)
	published := func() []publishDiagnosticsParams {
		c.mu.Lock()
		defer c.mu.Unlock()
		return slices.Clone(c.diags[pathToURI(other)])
	}
	c.waitFor("login.go's diagnostics", func() bool { return len(c.diags[pathToURI(other)]) > 0 })
	if ps := published(); len(ps) != 1 || codes(ps[0].Diagnostics) != "secure" || ps[0].Version != nil {
		t.Fatalf("login.go (not open): %s, want its secure finding, without a version", toJSON(ps))
	}

	// Two edits that change nothing for login.go: once the second is published, the
	// first run has sent all it would send.
	c.change(helper, 2, contentChange{Text: hardenHTTPOnly + "// a comment\n"})
	c.diagnosticsFor(helper, 2)
	c.change(helper, 3, contentChange{Text: hardenHTTPOnly})
	c.diagnosticsFor(helper, 3)
	if ps := published(); len(ps) != 1 {
		t.Errorf("login.go published again although its diagnostics did not change: %s", toJSON(ps))
	}

	c.change(helper, 4, contentChange{Text: strings.Replace(hardenHTTPOnly, "c.HttpOnly = true", "c.HttpOnly = true\n\tc.Secure = true", 1)})
	c.diagnosticsFor(helper, 4)
	c.waitFor("login.go's diagnostics cleared", func() bool {
		ps := c.diags[pathToURI(other)]
		return len(ps) == 2 && len(ps[1].Diagnostics) == 0
	})
}

// TestCancelRequest: a code action waiting for the analysis of the latest edit can be
// cancelled, and says so.
func TestCancelRequest(t *testing.T) {
	ws := t.TempDir()
	writeFile(t, filepath.Join(ws, "go.mod"), goMod)
	file := filepath.Join(ws, "app.go")
	writeFile(t, file, app)
	c := startServer(t)
	c.initialize(ws, []string{encodingUTF16}, nil)
	c.open(file, 1, app)
	c.diagnosticsFor(file, 1)
	c.change(file, 2, contentChange{Text: app + "\n"}) // analyzed after the debounce
	params := map[string]any{
		"textDocument": textDocumentIdentifier{URI: pathToURI(file)},
		"range":        lspRange{},
		"context":      map[string]any{"diagnostics": []diagnostic{}},
	}
	call, err := c.conn.DispatchCall(context.Background(), "textDocument/codeAction", params, jsonrpc2.PickID(jsonrpc2.ID{Num: 4242}))
	if err != nil {
		t.Fatal(err)
	}
	c.notify("$/cancelRequest", map[string]any{"id": 4242})
	var actions []codeAction
	err = call.Wait(context.Background(), &actions)
	var rpcErr *jsonrpc2.Error
	if !errors.As(err, &rpcErr) || rpcErr.Code != codeRequestCancelled {
		t.Errorf("cancelled code action: %v, %v; want the error RequestCancelled", actions, err)
	}
}

// TestGoWork: a module of a go.work workspace sees the other modules' packages, as the go
// command does: here a constant of the other module decides a finding.
func TestGoWork(t *testing.T) {
	ws := t.TempDir()
	writeFile(t, filepath.Join(ws, "go.work"), "go 1.26\n\nuse (\n\t./app\n\t./config\n)\n")
	writeFile(t, filepath.Join(ws, "config", "go.mod"), "module example.com/config\n\ngo 1.26\n")
	writeFile(t, filepath.Join(ws, "config", "config.go"), "package config\n\nconst Secure = false\n")
	writeFile(t, filepath.Join(ws, "app", "go.mod"), "module example.com/app\n\ngo 1.26\n")
	file := filepath.Join(ws, "app", "app.go")
	text := appUsingSecure("example.com/config")
	writeFile(t, file, text)
	c := startServer(t)
	c.initialize(ws, []string{encodingUTF16}, nil)
	c.open(file, 1, text)
	if got := codes(c.diagnosticsFor(file, 1)); got != "secure" {
		t.Errorf("with config.Secure = false in the workspace's other module: %q, want secure", got)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.logs) != 0 {
		t.Errorf("log messages: %v", c.logs)
	}
}
