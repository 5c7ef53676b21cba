package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
)

// workspaceFolder is what a client sends in initialize; the server needs none of it.
type workspaceFolder struct {
	URI  string `json:"uri"`
	Name string `json:"name"`
}

// testClient is an LSP client talking to a server run by Serve over pipes, recording what
// the server sends.
type testClient struct {
	t        testing.TB
	conn     *jsonrpc2.Conn
	served   chan error // Serve's result
	encoding string
	keep     int // if > 0, how many publishDiagnostics to keep per URI

	mu       sync.Mutex
	diags    map[string][]publishDiagnosticsParams // by URI, in arrival order
	logs     []showMessageParams
	shown    []showMessageParams
	received chan struct{} // signalled on every notification
}

// startServer runs Serve and returns a client connected to it. initialize is not sent.
func startServer(t testing.TB) *testClient {
	t.Helper()
	serverIn, clientOut := io.Pipe()
	clientIn, serverOut := io.Pipe()
	c := &testClient{
		t:        t,
		served:   make(chan error, 1),
		diags:    make(map[string][]publishDiagnosticsParams),
		received: make(chan struct{}, 1),
	}
	go func() {
		err := Serve(context.Background(), serverIn, serverOut, testLog{t})
		serverOut.Close()
		c.served <- err
	}()
	stream := jsonrpc2.NewBufferedStream(pipeConn{clientIn, clientOut}, jsonrpc2.VSCodeObjectCodec{})
	c.conn = jsonrpc2.NewConn(context.Background(), stream, jsonrpc2.HandlerWithError(c.handle))
	t.Cleanup(func() {
		c.conn.Close()
		select {
		case <-c.served:
		case <-time.After(10 * time.Second):
			t.Errorf("the server did not stop after its client closed the connection")
		}
	})
	return c
}

// testLog sends the server's log to the test's.
type testLog struct{ t testing.TB }

func (l testLog) Write(p []byte) (int, error) {
	if testing.Verbose() {
		l.t.Log(strings.TrimSpace(string(p)))
	}
	return len(p), nil
}

type pipeConn struct {
	*io.PipeReader
	*io.PipeWriter
}

func (p pipeConn) Close() error {
	p.PipeReader.Close()
	return p.PipeWriter.Close()
}

func (c *testClient) handle(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	c.mu.Lock()
	switch req.Method {
	case "textDocument/publishDiagnostics":
		var p publishDiagnosticsParams
		json.Unmarshal(*req.Params, &p)
		c.diags[p.URI] = append(c.diags[p.URI], p)
		if n := len(c.diags[p.URI]); c.keep > 0 && n > c.keep {
			c.diags[p.URI] = slices.Clone(c.diags[p.URI][n-c.keep:])
		}
	case "window/logMessage":
		var p showMessageParams
		json.Unmarshal(*req.Params, &p)
		c.logs = append(c.logs, p)
	case "window/showMessage":
		var p showMessageParams
		json.Unmarshal(*req.Params, &p)
		c.shown = append(c.shown, p)
	}
	c.mu.Unlock()
	select {
	case c.received <- struct{}{}:
	default:
	}
	return nil, nil
}

// initialize sends initialize and initialized, with the given position encodings offered
// and initializationOptions, and returns the result.
func (c *testClient) initialize(root string, encodings []string, options any) initializeResult {
	c.t.Helper()
	params := map[string]any{
		"processId":             os.Getpid(),
		"rootUri":               pathToURI(root),
		"workspaceFolders":      []workspaceFolder{{URI: pathToURI(root), Name: filepath.Base(root)}},
		"initializationOptions": options,
		"capabilities": map[string]any{
			"general":   map[string]any{"positionEncodings": encodings},
			"workspace": map[string]any{"workspaceEdit": map[string]any{"documentChanges": true}},
		},
	}
	var res initializeResult
	c.call("initialize", params, &res)
	c.notify("initialized", struct{}{})
	c.encoding = res.Capabilities.PositionEncoding
	return res
}

func (c *testClient) call(method string, params, result any) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := c.conn.Call(ctx, method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *testClient) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *testClient) open(path string, version int32, text string) {
	c.t.Helper()
	c.notify("textDocument/didOpen", didOpenParams{TextDocument: textDocumentItem{URI: pathToURI(path), Version: version, Text: text}})
}

// change sends a didChange with the given content changes.
func (c *testClient) change(path string, version int32, changes ...contentChange) {
	c.t.Helper()
	c.notify("textDocument/didChange", didChangeParams{
		TextDocument:   versionedTextDocumentIdentifier{URI: pathToURI(path), Version: &version},
		ContentChanges: changes,
	})
}

// waitFor waits until cond, evaluated under the client's lock, holds.
func (c *testClient) waitFor(what string, cond func() bool) {
	c.t.Helper()
	deadline := time.After(60 * time.Second)
	for {
		c.mu.Lock()
		ok := cond()
		c.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-c.received:
		case <-time.After(50 * time.Millisecond):
		case <-deadline:
			c.mu.Lock()
			defer c.mu.Unlock()
			c.t.Fatalf("timed out waiting for %s; log messages: %v", what, c.logs)
		}
	}
}

// diagnosticsFor waits for the diagnostics published for version of path and returns them.
func (c *testClient) diagnosticsFor(path string, version int32) []diagnostic {
	c.t.Helper()
	uri := pathToURI(path)
	var got []diagnostic
	c.waitFor(fmt.Sprintf("diagnostics of %s version %d", filepath.Base(path), version), func() bool {
		for _, p := range c.diags[uri] {
			if p.Version != nil && *p.Version == version {
				got = p.Diagnostics
				return true
			}
		}
		return false
	})
	return got
}

// codeActions requests the code actions of a range.
func (c *testClient) codeActions(path string, rng lspRange, only ...string) []codeAction {
	c.t.Helper()
	params := map[string]any{
		"textDocument": textDocumentIdentifier{URI: pathToURI(path)},
		"range":        rng,
		"context":      map[string]any{"diagnostics": []diagnostic{}, "only": only},
	}
	var actions []codeAction
	c.call("textDocument/codeAction", params, &actions)
	return actions
}

// applyEdit applies the edits of a workspace edit to text, the content of the document uri,
// as an editor does: all ranges refer to text before any edit.
func (c *testClient) applyEdit(uri, text string, we *workspaceEdit) string {
	c.t.Helper()
	var edits []textEdit
	for _, dc := range we.DocumentChanges {
		if dc.TextDocument.URI != uri {
			c.t.Fatalf("an edit of another document: %s", dc.TextDocument.URI)
		}
		edits = append(edits, dc.Edits...)
	}
	for u, es := range we.Changes {
		if u != uri {
			c.t.Fatalf("an edit of another document: %s", u)
		}
		edits = append(edits, es...)
	}
	m := newMapper([]byte(text), c.encoding)
	var bes []byteEdit
	for _, e := range edits {
		bes = append(bes, byteEdit{m.offset(e.Range.Start), m.offset(e.Range.End), e.NewText})
	}
	out, err := applyEdits([]byte(text), bes)
	if err != nil {
		c.t.Fatalf("applying %v: %v", edits, err)
	}
	return string(out)
}

// shutdown sends shutdown and exit, and returns Serve's result.
func (c *testClient) shutdown() error {
	c.t.Helper()
	var res any
	c.call("shutdown", nil, &res)
	c.notify("exit", nil)
	select {
	case err := <-c.served:
		c.served <- err // for the cleanup
		return err
	case <-time.After(10 * time.Second):
		c.t.Fatal("the server did not exit")
		return nil
	}
}
