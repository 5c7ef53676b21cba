package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cookiecheck/cookiecheck/engine"
)

// pkgKey identifies a package by its directory and name: a directory may hold a package and
// its external test package (p and p_test).
type pkgKey struct{ dir, name string }

// pkgState is the analysis state of one package with open files.
type pkgState struct {
	key       pkgKey
	module    *module
	anchor    string        // the file analyzed (its package is): the latest one changed
	gen       uint64        // bumped by every change; a run publishes only if still current
	timer     *time.Timer   // the debounced run
	cancel    func()        // cancels the current run
	running   chan struct{} // closed when the current run ends
	pending   bool          // a run for gen is scheduled or running
	changed   chan struct{} // closed and replaced when files or pending change
	files     map[string]*fileResult
	published map[string]string // files with diagnostics on the client -> their JSON
	lastErrs  string            // the load errors last logged
}

// fileResult is the last analysis of one file of a package.
type fileResult struct {
	uri     string
	version *int32 // the editor's version analyzed; nil for a file that is not open
	content []byte // the content analyzed: fix offsets refer to it
	mapper  *mapper
	diags   []engine.Diagnostic
	lsp     []diagnostic   // diags as published, in the same order
	result  *engine.Result // the analysis of the whole package, for ApplyFixes

	fixAllOnce sync.Once
	fixAll     *codeAction // the fix-all action, computed once (nil: none)
}

// keyOf returns the package key of an open document. The caller holds s.mu.
func keyOf(doc *document) pkgKey {
	return pkgKey{filepath.Dir(doc.path), packageName(doc.text)}
}

// schedule arranges for the package of file (open) to be analyzed after delay, cancelling
// the run in progress for that package, whose result would be stale.
func (s *server) schedule(path string, delay time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.shutdown {
		return
	}
	doc := s.docs[path]
	if doc == nil {
		return
	}
	dir := filepath.Dir(path)
	root := s.moduleRoot(dir)
	if root == "" {
		go s.logOnce(messageTypeWarning, fmt.Sprintf("cookiecheck: %s is not in a Go module (no go.mod in its directory or above): not analyzed", path))
		return
	}
	key := keyOf(doc)
	p := s.pkgs[key]
	if p == nil {
		p = &pkgState{
			key:       key,
			module:    s.module(root),
			changed:   make(chan struct{}),
			files:     make(map[string]*fileResult),
			published: make(map[string]string),
		}
		s.pkgs[key] = p
	}
	p.anchor = path
	s.restart(p, delay)
}

// restart (re)starts the debounced run of p. The caller holds s.mu.
func (s *server) restart(p *pkgState, delay time.Duration) {
	p.gen++
	gen := p.gen
	if p.timer != nil {
		p.timer.Stop()
	}
	if p.cancel != nil {
		p.cancel()
		p.cancel = nil
	}
	if !p.pending {
		p.pending = true
		p.broadcast()
	}
	p.timer = time.AfterFunc(delay, func() { s.run(p, gen) })
}

// broadcast wakes the code actions waiting for p. The caller holds s.mu.
func (p *pkgState) broadcast() {
	close(p.changed)
	p.changed = make(chan struct{})
}

// reanalyzeAll reruns every package with open files (after a configuration change).
func (s *server) reanalyzeAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range s.pkgs {
		s.restart(p, 0)
	}
}

// closed handles the close of path: its package is analyzed again if other files of it are
// open (the file now counts as on disk), or forgotten, its diagnostics cleared, if not.
func (s *server) closed(path string) {
	s.mu.Lock()
	var clear []string
	for key, p := range s.pkgs {
		if _, ok := p.files[path]; !ok && p.anchor != path {
			continue
		}
		var others []string
		for other, doc := range s.docs {
			if keyOf(doc) == key {
				others = append(others, other)
			}
		}
		if len(others) > 0 {
			slices.Sort(others)
			p.anchor = others[0]
			s.restart(p, 0)
			continue
		}
		p.gen++ // a run in flight must not publish
		if p.timer != nil {
			p.timer.Stop()
		}
		if p.cancel != nil {
			p.cancel()
		}
		for file := range p.published {
			clear = append(clear, file)
		}
		clear = append(clear, path)
		p.pending = false
		p.broadcast()
		delete(s.pkgs, key)
	}
	s.mu.Unlock()
	slices.Sort(clear)
	for _, file := range slices.Compact(clear) {
		s.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: pathToURI(file), Diagnostics: []diagnostic{}})
	}
}

// run analyzes p for generation gen, if it is still current, and publishes the result.
func (s *server) run(p *pkgState, gen uint64) {
	s.mu.Lock()
	if p.gen != gen || s.shutdown {
		s.mu.Unlock()
		return
	}
	prev := p.running
	done := make(chan struct{})
	p.running = done
	ctx, cancel := context.WithCancel(s.ctx)
	p.cancel = cancel
	anchor := p.anchor
	encoding := s.encoding
	// The snapshot: every open file of the module, and the versions of those of p.
	overlay := make(map[string][]byte)
	versions := make(map[string]int32)
	uris := make(map[string]string)
	root := p.module.root + string(filepath.Separator)
	for path, doc := range s.docs {
		if strings.HasPrefix(path, root) {
			overlay[path] = doc.text
		}
		if keyOf(doc) == p.key {
			versions[path] = doc.version
			uris[path] = doc.uri
		}
	}
	s.mu.Unlock()
	defer close(done)
	defer cancel()
	if prev != nil {
		<-prev // one analysis of a package at a time: the stale one was cancelled
	}
	if ctx.Err() != nil {
		return
	}

	sess, a := s.prepare(p.module, p.key.dir)
	res, err := sess.AnalyzeFile(ctx, anchor, overlay, a)
	if ctx.Err() != nil {
		return // superseded
	}

	// Convert the result outside the lock.
	files := make(map[string]*fileResult) // the files of the package
	mappers := make(map[string]*mapper)   // every file a diagnostic refers to
	mapperOf := func(path string) *mapper {
		m := mappers[path]
		if m == nil {
			content, ok := overlay[path]
			if !ok {
				content, _ = os.ReadFile(path)
			}
			m = newMapper(content, encoding)
			mappers[path] = m
		}
		return m
	}
	fileOf := func(path string) *fileResult {
		fr := files[path]
		if fr == nil {
			fr = &fileResult{uri: pathToURI(path), mapper: mapperOf(path), result: res}
			fr.content = fr.mapper.content
			if v, ok := versions[path]; ok {
				fr.version = &v
				fr.uri = uris[path]
			}
			files[path] = fr
		}
		return fr
	}
	for path := range versions {
		fileOf(path)
	}
	var loadErrs string
	if err != nil {
		loadErrs = err.Error()
	} else {
		for _, d := range res.Diagnostics {
			fr := fileOf(d.Pos.Filename)
			fr.diags = append(fr.diags, d)
			fr.lsp = append(fr.lsp, toLSP(d, fr.mapper, mapperOf))
		}
		var msgs []string
		for _, e := range res.Errors {
			msgs = append(msgs, e.Error())
		}
		loadErrs = strings.Join(msgs, "\n")
	}

	s.mu.Lock()
	if p.gen != gen {
		s.mu.Unlock()
		return
	}
	var publish []publishDiagnosticsParams
	if err == nil {
		for path := range p.published {
			if fr := files[path]; fr == nil || len(fr.diags) == 0 {
				publish = append(publish, publishDiagnosticsParams{URI: pathToURI(path), Diagnostics: []diagnostic{}})
				delete(p.published, path)
			}
		}
		for path, fr := range files {
			if len(fr.lsp) == 0 && fr.version == nil {
				continue
			}
			// An open file gets diagnostics for each version; a file on disk only when they
			// change (an edit of one file of a large package leaves the others' alone).
			text := diagnosticsJSON(fr.lsp)
			if fr.version != nil || p.published[path] != text {
				publish = append(publish, publishDiagnosticsParams{URI: fr.uri, Version: fr.version, Diagnostics: nonNil(fr.lsp)})
			}
			if len(fr.lsp) > 0 {
				p.published[path] = text
			}
		}
		p.files = files
	}
	p.pending = false
	p.broadcast()
	logErrs := loadErrs != p.lastErrs
	p.lastErrs = loadErrs
	s.mu.Unlock()

	if logErrs && loadErrs != "" {
		s.logMessage(messageTypeWarning, fmt.Sprintf("cookiecheck: %s (package %s): %s", p.key.dir, p.key.name, loadErrs))
	}
	slices.SortFunc(publish, func(a, b publishDiagnosticsParams) int { return strings.Compare(a.URI, b.URI) })
	for _, params := range publish {
		s.notify("textDocument/publishDiagnostics", params)
	}
}

// toLSP converts a diagnostic of the file that m maps; mapperOf maps the files of its related
// positions.
func toLSP(d engine.Diagnostic, m *mapper, mapperOf func(string) *mapper) diagnostic {
	out := diagnostic{
		Range:    m.lspRange(d.Pos.Offset, max(d.Pos.Offset, d.End.Offset)),
		Severity: severityWarning,
		Code:     d.Category,
		Source:   "cookiecheck",
		Message:  d.Message,
	}
	if d.URL != "" {
		out.CodeDescription = &codeDescription{Href: d.URL}
	}
	for _, r := range d.Related {
		rm := mapperOf(r.Pos.Filename)
		out.RelatedInformation = append(out.RelatedInformation, diagnosticRelatedInformation{
			Location: location{URI: pathToURI(r.Pos.Filename), Range: rm.lspRange(r.Pos.Offset, r.End.Offset)},
			Message:  r.Message,
		})
	}
	return out
}

// diagnosticsJSON returns the JSON of ds, to compare with what was published.
func diagnosticsJSON(ds []diagnostic) string {
	b, _ := json.Marshal(ds)
	return string(b)
}

func nonNil(ds []diagnostic) []diagnostic {
	if ds == nil {
		return []diagnostic{}
	}
	return ds
}
