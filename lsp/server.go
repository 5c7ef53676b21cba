// Package lsp is cookiecheck's language server: `cookiecheck lsp` speaks the Language Server
// Protocol 3.17 on stdin and stdout. It publishes cookiecheck's diagnostics for the packages of
// the files open in the editor, unsaved changes included, and offers their suggested fixes as
// code actions with the edits inline: a quick fix per fix, one that adds an ignore directive,
// and source.fixAll.cookiecheck for every fix of a file (what cookiecheck -fix writes).
//
// It analyzes through the engine package, as the command line does: one engine.Session per
// module, so that an edit costs the parse and type check of its package, not a go list or the
// type check of its dependencies.
package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/url"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"github.com/cookiecheck/cookiecheck/cli"
	"github.com/sourcegraph/jsonrpc2"
)

// debounce is how long the server waits after a didChange before it analyzes: typing
// produces a change per keystroke, and each restarts the wait.
const debounce = 100 * time.Millisecond

// Serve runs a language server on in and out until the client says exit, closes the
// connection, or its process (the processId of initialize) ends, or ctx is done. Log lines
// go to logw. It returns nil after a shutdown request and an exit notification, an error
// otherwise.
func Serve(ctx context.Context, in io.Reader, out io.Writer, logw io.Writer) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s := newServer(ctx, logw)
	stream := jsonrpc2.NewBufferedStream(stdio{in, out}, jsonrpc2.VSCodeObjectCodec{})
	conn := jsonrpc2.NewConn(ctx, stream, s, jsonrpc2.SetLogger(s.log))
	s.conn.Store(conn)
	defer s.stop()
	select {
	case <-conn.DisconnectNotify():
		return s.exitErr()
	case <-ctx.Done():
		conn.Close()
		return ctx.Err()
	}
}

// stdio joins the two halves of the connection.
type stdio struct {
	io.Reader
	io.Writer
}

// Close closes the halves that can be closed; an os.Stdin blocked in a read is left to the
// process exit.
func (c stdio) Close() error {
	var errs []error
	if r, ok := c.Reader.(io.Closer); ok {
		errs = append(errs, r.Close())
	}
	if w, ok := c.Writer.(io.Closer); ok {
		errs = append(errs, w.Close())
	}
	return errors.Join(errs...)
}

// server is the state of one connection. mu guards everything below it; no method holds it
// while it analyzes or writes to the client.
type server struct {
	ctx  context.Context
	conn atomic.Pointer[jsonrpc2.Conn]
	log  *log.Logger

	mu          sync.Mutex
	initialized bool
	shutdown    bool
	exited      bool
	clientGone  string               // why the client is considered gone
	encoding    string               // negotiated position encoding
	docChanges  bool                 // the client takes WorkspaceEdit.documentChanges
	editorCfg   analyzer.Config      // the editor's settings
	docs        map[string]*document // by file name
	modules     map[string]*module   // by module root
	rootOf      map[string]string    // directory -> module root ("" outside any module)
	pkgs        map[pkgKey]*pkgState
	shown       map[string]bool // messages already shown with window/showMessage
	requests    map[string]context.CancelFunc
}

func newServer(ctx context.Context, logw io.Writer) *server {
	return &server{
		ctx:       ctx,
		log:       log.New(logw, "cookiecheck lsp: ", log.LstdFlags),
		encoding:  encodingUTF16,
		editorCfg: analyzer.DefaultConfig(),
		docs:      make(map[string]*document),
		modules:   make(map[string]*module),
		rootOf:    make(map[string]string),
		pkgs:      make(map[pkgKey]*pkgState),
		shown:     make(map[string]bool),
		requests:  make(map[string]context.CancelFunc),
	}
}

// document is an open file: the editor's text and version.
type document struct {
	path    string
	uri     string
	version int32
	text    []byte // never modified in place: a change makes a new slice
}

// Handle dispatches one message. The connection calls it for one message at a time, in
// order, so notifications that change state are applied in the order the client sent them;
// anything slow (analysis, a code action waiting for it) runs in its own goroutine.
func (s *server) Handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) {
	// The connection reads its first message before NewConn returns to Serve.
	s.conn.CompareAndSwap(nil, conn)
	s.mu.Lock()
	initialized, shutdown := s.initialized, s.shutdown
	s.mu.Unlock()
	switch {
	case req.Method == "exit":
		s.mu.Lock()
		s.exited = true
		s.mu.Unlock()
		conn.Close()
		return
	case !initialized && req.Method != "initialize":
		if !req.Notif {
			s.replyErr(ctx, req, codeServerNotInitialized, "server not initialized")
		}
		return
	case shutdown && !req.Notif:
		s.replyErr(ctx, req, jsonrpc2.CodeInvalidRequest, "server is shutting down")
		return
	}

	var err error
	switch req.Method {
	case "initialize":
		var p initializeParams
		if err = unmarshal(req, &p); err == nil {
			s.reply(ctx, req, s.initialize(&p))
		}
	case "initialized":
	case "shutdown":
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		s.stop()
		s.reply(ctx, req, nil)
	case "textDocument/didOpen":
		var p didOpenParams
		if err = unmarshal(req, &p); err == nil {
			s.didOpen(&p)
		}
	case "textDocument/didChange":
		var p didChangeParams
		if err = unmarshal(req, &p); err == nil {
			err = s.didChange(&p)
		}
	case "textDocument/didSave":
		var p didSaveParams
		if err = unmarshal(req, &p); err == nil {
			s.didSave(&p)
		}
	case "textDocument/didClose":
		var p didCloseParams
		if err = unmarshal(req, &p); err == nil {
			s.didClose(&p)
		}
	case "workspace/didChangeConfiguration":
		var p didChangeConfigurationParams
		if err = unmarshal(req, &p); err == nil {
			s.didChangeConfiguration(&p)
		}
	case "textDocument/codeAction":
		var p codeActionParams
		if err = unmarshal(req, &p); err == nil {
			reqCtx := s.startRequest(req)
			go func() {
				defer s.endRequest(req)
				actions, err := s.codeActions(reqCtx, &p)
				switch {
				case errors.Is(err, context.Canceled):
					s.replyErr(ctx, req, codeRequestCancelled, "cancelled")
					return
				case err != nil:
					s.replyErr(ctx, req, jsonrpc2.CodeInternalError, err.Error())
					return
				}
				s.reply(ctx, req, actions)
			}()
		}
	case "$/cancelRequest":
		var p cancelParams
		if err = unmarshal(req, &p); err == nil {
			s.mu.Lock()
			if cancel := s.requests[string(p.ID)]; cancel != nil {
				cancel()
			}
			s.mu.Unlock()
		}
	default:
		if !req.Notif {
			s.replyErr(ctx, req, jsonrpc2.CodeMethodNotFound, "method not supported: "+req.Method)
		}
		return // unknown notifications ($/setTrace, ...) are ignored, as the spec allows
	}
	if err != nil {
		if req.Notif {
			s.logMessage(messageTypeError, fmt.Sprintf("%s: %v", req.Method, err))
		} else {
			s.replyErr(ctx, req, jsonrpc2.CodeInvalidParams, err.Error())
		}
	}
}

// unmarshal decodes the params of req into v.
func unmarshal(req *jsonrpc2.Request, v any) error {
	if req.Params == nil {
		return errors.New("missing params")
	}
	return json.Unmarshal(*req.Params, v)
}

func (s *server) reply(ctx context.Context, req *jsonrpc2.Request, result any) {
	if err := s.conn.Load().Reply(ctx, req.ID, result); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.log.Printf("reply to %s: %v", req.Method, err)
	}
}

func (s *server) replyErr(ctx context.Context, req *jsonrpc2.Request, code int64, msg string) {
	err := s.conn.Load().ReplyWithError(ctx, req.ID, &jsonrpc2.Error{Code: code, Message: msg})
	if err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.log.Printf("reply to %s: %v", req.Method, err)
	}
}

// notify sends a notification; a closed connection is not worth a log line.
func (s *server) notify(method string, params any) {
	if err := s.conn.Load().Notify(s.ctx, method, params); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.log.Printf("%s: %v", method, err)
	}
}

// logMessage sends a window/logMessage: details the user may look up in the editor's log.
func (s *server) logMessage(typ int, msg string) {
	s.notify("window/logMessage", showMessageParams{Type: typ, Message: msg})
}

// showMessageOnce sends a window/showMessage the first time msg occurs: a setting the user
// must correct, not repeated at every keystroke.
func (s *server) showMessageOnce(typ int, msg string) {
	s.mu.Lock()
	seen := s.shown[msg]
	s.shown[msg] = true
	s.mu.Unlock()
	if !seen {
		s.notify("window/showMessage", showMessageParams{Type: typ, Message: msg})
		s.logMessage(typ, msg)
	}
}

// logOnce sends a window/logMessage the first time msg occurs.
func (s *server) logOnce(typ int, msg string) {
	s.mu.Lock()
	seen := s.shown[msg]
	s.shown[msg] = true
	s.mu.Unlock()
	if !seen {
		s.logMessage(typ, msg)
	}
}

// stop cancels every scheduled and running analysis: after shutdown nothing is published.
func (s *server) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range s.pkgs {
		p.gen++
		if p.timer != nil {
			p.timer.Stop()
		}
		if p.cancel != nil {
			p.cancel()
		}
	}
}

// startRequest returns the context of a request that $/cancelRequest cancels.
func (s *server) startRequest(req *jsonrpc2.Request) context.Context {
	ctx, cancel := context.WithCancel(s.ctx)
	id, _ := json.Marshal(req.ID)
	s.mu.Lock()
	s.requests[string(id)] = cancel
	s.mu.Unlock()
	return ctx
}

func (s *server) endRequest(req *jsonrpc2.Request) {
	id, _ := json.Marshal(req.ID)
	s.mu.Lock()
	if cancel := s.requests[string(id)]; cancel != nil {
		cancel()
		delete(s.requests, string(id))
	}
	s.mu.Unlock()
}

// initialize negotiates the position encoding and reads the settings. Workspace folders need
// no bookkeeping: each file is analyzed in the module of the nearest go.mod above it,
// whichever folder holds it.
func (s *server) initialize(p *initializeParams) initializeResult {
	s.mu.Lock()
	s.initialized = true
	for _, enc := range p.Capabilities.General.PositionEncodings {
		if enc == encodingUTF8 {
			s.encoding = encodingUTF8 // no conversion: Go offsets are bytes
		}
	}
	s.docChanges = p.Capabilities.Workspace.WorkspaceEdit.DocumentChanges
	encoding := s.encoding
	s.mu.Unlock()
	s.setEditorSettings("initializationOptions", p.InitializationOptions)

	if p.ProcessID != nil && *p.ProcessID > 0 {
		go s.watchProcess(*p.ProcessID)
	}
	return initializeResult{
		Capabilities: serverCapabilities{
			PositionEncoding: encoding,
			TextDocumentSync: textDocumentSync{OpenClose: true, Change: syncIncremental, Save: saveOptions{}},
			CodeActionProvider: codeActionOptions{
				CodeActionKinds: []string{kindQuickFix, kindFixAllOwn},
			},
			Workspace: workspaceCapabilities{
				WorkspaceFolders: workspaceFoldersServerCapabilities{Supported: true},
			},
		},
		ServerInfo: serverInfo{Name: "cookiecheck", Version: cli.Version()},
	}
}

// watchProcess closes the connection when the client's process is gone: an editor that
// crashed may leave our stdin open.
func (s *server) watchProcess(pid int) {
	tick := time.NewTicker(2 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-tick.C:
			if !processAlive(pid) {
				s.mu.Lock()
				s.clientGone = fmt.Sprintf("client process %d exited", pid)
				s.mu.Unlock()
				s.log.Printf("client process %d exited; stopping", pid)
				s.conn.Load().Close()
				return
			}
		}
	}
}

// exitErr says how the session ended: nil after shutdown and exit, as the spec asks.
func (s *server) exitErr() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.clientGone != "":
		return errors.New(s.clientGone)
	case s.shutdown && s.exited:
		return nil
	case s.exited:
		return errors.New("exit without shutdown")
	case s.shutdown:
		return nil // the client closed the connection after shutdown, without exit
	}
	return errors.New("the client closed the connection without shutdown")
}

// setEditorSettings makes raw, from initializationOptions or didChangeConfiguration, the
// editor's settings: the latest non-empty settings win as a whole, over the defaults (so a
// key the user removes goes back to its default). Empty settings change nothing: clients send
// them when the user configured none. Bad settings are shown once and change nothing either.
func (s *server) setEditorSettings(source string, raw json.RawMessage) bool {
	switch string(bytes.TrimSpace(raw)) {
	case "", "null", "{}", "[]":
		return false
	}
	cfg, err := decodeSettings(analyzer.DefaultConfig(), raw)
	if err != nil {
		s.showMessageOnce(messageTypeError, fmt.Sprintf("cookiecheck: settings from %s ignored: %v", source, err))
		return false
	}
	s.mu.Lock()
	s.editorCfg = cfg
	s.mu.Unlock()
	s.log.Printf("settings from %s: %s", source, configJSON(cfg))
	return true
}

func (s *server) didChangeConfiguration(p *didChangeConfigurationParams) {
	if s.setEditorSettings("workspace/didChangeConfiguration", p.Settings) {
		s.reanalyzeAll()
	}
}

func (s *server) didOpen(p *didOpenParams) {
	path, err := uriToPath(p.TextDocument.URI)
	if err != nil {
		s.logMessage(messageTypeWarning, fmt.Sprintf("%s: not analyzed: %v", p.TextDocument.URI, err))
		return
	}
	s.mu.Lock()
	s.docs[path] = &document{path: path, uri: p.TextDocument.URI, version: p.TextDocument.Version, text: []byte(p.TextDocument.Text)}
	s.mu.Unlock()
	s.schedule(path, 0)
}

func (s *server) didChange(p *didChangeParams) error {
	path, err := uriToPath(p.TextDocument.URI)
	if err != nil {
		return err
	}
	s.mu.Lock()
	doc := s.docs[path]
	if doc == nil {
		s.mu.Unlock()
		return fmt.Errorf("%s is not open", p.TextDocument.URI)
	}
	text := doc.text
	for _, c := range p.ContentChanges {
		if c.Range == nil {
			text = []byte(c.Text)
			continue
		}
		m := newMapper(text, s.encoding)
		start, end := m.offset(c.Range.Start), m.offset(c.Range.End)
		if end < start {
			start, end = end, start
		}
		next := make([]byte, 0, len(text)-(end-start)+len(c.Text))
		next = append(next, text[:start]...)
		next = append(next, c.Text...)
		text = append(next, text[end:]...)
	}
	version := doc.version
	if p.TextDocument.Version != nil {
		version = *p.TextDocument.Version
	}
	s.docs[path] = &document{path: path, uri: doc.uri, version: version, text: text}
	s.mu.Unlock()
	s.schedule(path, debounce)
	return nil
}

func (s *server) didSave(p *didSaveParams) {
	path, err := uriToPath(p.TextDocument.URI)
	if err != nil {
		return
	}
	// A save is when a change reaches the other open packages of the module: those that
	// import this one may find more or less through its new code.
	s.mu.Lock()
	root := s.moduleRoot(filepath.Dir(path))
	for _, p := range s.pkgs {
		if p.module.root == root && p.anchor != path {
			s.restart(p, 0)
		}
	}
	s.mu.Unlock()
	s.schedule(path, 0)
}

func (s *server) didClose(p *didCloseParams) {
	path, err := uriToPath(p.TextDocument.URI)
	if err != nil {
		return
	}
	s.mu.Lock()
	delete(s.docs, path)
	s.mu.Unlock()
	s.closed(path)
}

// uriToPath returns the file name of a file: URI.
func uriToPath(uri string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", err
	}
	if u.Scheme != "file" {
		return "", fmt.Errorf("not a file: URI (scheme %q)", u.Scheme)
	}
	p := u.Path
	if runtime.GOOS == "windows" {
		p = strings.TrimPrefix(p, "/") // file:///C:/x -> C:/x
	}
	return filepath.Clean(filepath.FromSlash(p)), nil
}

// pathToURI returns the file: URI of an absolute file name.
func pathToURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x -> /C:/x
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// configJSON renders cfg for a log line.
func configJSON(cfg analyzer.Config) string {
	b, _ := json.Marshal(cfg)
	return string(b)
}
