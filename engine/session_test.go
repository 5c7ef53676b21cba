package engine

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/cookiecheck/cookiecheck/analyzer"
)

// TestSession checks AnalyzeFile after edits: overlays of the file and of a dependency, a new
// import, a new unsaved file, a test file, a file outside the main module, cancellation.
func TestSession(t *testing.T) {
	cfg, _ := appConfig(t)
	s := NewSession(cfg)
	a := cfg.Analyzer
	bGo := filepath.Join(cfg.Dir, "b", "b.go")
	aGo := filepath.Join(cfg.Dir, "a", "a.go")
	orig := func(name string) string {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	bSrc, aSrc := orig(bGo), orig(aGo)
	marked := "b/b.go:11:2: call of marked MarkedSecure (its package has 1 marked)"

	for _, test := range []struct {
		name    string
		file    string
		overlay map[string]string
		want    []string
	}{
		{"on disk", bGo, nil, []string{marked}},
		{"again", bGo, nil, []string{marked}},
		{"the call removed", bGo, map[string]string{bGo: strings.Replace(bSrc, "a.MarkedSecure()", "a.Plain()", 1)}, nil},
		{"a new import", bGo, map[string]string{bGo: strings.Replace(strings.Replace(bSrc, `"fmt"`, `"fmt"
	"strings"`, 1), "fmt.Println()", "fmt.Println(strings.ToUpper(\"x\"))", 1)}, []string{strings.Replace(marked, ":11:", ":12:", 1)}},
		{"a dependency edited", bGo, map[string]string{
			aGo: strings.Replace(aSrc, "func MarkedSecure", "func Secure", 1),
			bGo: strings.Replace(bSrc, "a.MarkedSecure()", "a.Secure()", 1),
		}, nil},
		{"a new unsaved file", bGo, map[string]string{
			filepath.Join(cfg.Dir, "b", "extra.go"): "package b\n\nimport \"example.com/app/a\"\n\nfunc Extra() { a.MarkedSecure() }\n",
		}, []string{marked, "b/extra.go:5:16: call of marked MarkedSecure (its package has 1 marked)"}},
		{"a test file", filepath.Join(cfg.Dir, "b", "b_test.go"), nil, []string{marked,
			"b/b_test.go:10:2: call of marked MarkedSecure (its package has 1 marked)"}},
	} {
		t.Run(test.name, func(t *testing.T) {
			overlay := make(map[string][]byte)
			for name, content := range test.overlay {
				overlay[name] = []byte(content)
			}
			res, err := s.AnalyzeFile(context.Background(), test.file, overlay, a)
			if err != nil {
				t.Fatal(err)
			}
			if got := summary(cfg.Dir, res.Diagnostics); !slices.Equal(got, test.want) {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(test.want, "\n"))
			}
			if len(res.Errors) > 0 {
				t.Errorf("errors: %v", res.Errors)
			}
		})
	}

	t.Run("outside the main module", func(t *testing.T) {
		helper := filepath.Join(filepath.Dir(cfg.Dir), "lib", "helper", "helper.go")
		if _, err := s.AnalyzeFile(context.Background(), helper, nil, a); err == nil || !strings.Contains(err.Error(), "not in a package of the main module") {
			t.Errorf("AnalyzeFile(%s): %v, want an error", helper, err)
		}
	})

	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := s.AnalyzeFile(ctx, bGo, nil, a); !errors.Is(err, context.Canceled) {
			t.Errorf("AnalyzeFile with a cancelled context: %v, want context.Canceled", err)
		}
	})

	t.Run("concurrent", func(t *testing.T) {
		var wg sync.WaitGroup
		for i := range 8 {
			wg.Go(func() {
				// Even runs keep the call, odd runs remove it.
				src := bSrc
				if i%2 == 1 {
					src = strings.Replace(bSrc, "a.MarkedSecure()", "a.Plain()", 1)
				}
				res, err := s.AnalyzeFile(context.Background(), bGo, map[string][]byte{bGo: []byte(src)}, a)
				if err != nil {
					t.Error(err)
					return
				}
				if got, want := len(res.Diagnostics), 1-i%2; got != want {
					t.Errorf("run %d: %d diagnostics, want %d", i, got, want)
				}
			})
		}
		wg.Wait()
	})

	t.Run("invalidate", func(t *testing.T) {
		s.Invalidate()
		res, err := s.AnalyzeFile(context.Background(), bGo, nil, a)
		if err != nil || len(res.Diagnostics) != 1 {
			t.Errorf("after Invalidate: %v, %v", res, err)
		}
	})
}

// BenchmarkAnalyzeFile measures AnalyzeFile of the demo's handlers.go after an edit, warm:
// the graph and the dependencies' types are cached.
func BenchmarkAnalyzeFile(b *testing.B) {
	root, err := filepath.Abs(filepath.Join("..", "testdata", "demo"))
	if err != nil {
		b.Fatal(err)
	}
	file := filepath.Join(root, "handlers.go")
	src, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	s := NewSession(Config{Dir: root})
	a := analyzer.New(analyzer.DefaultConfig())
	if _, err := s.AnalyzeFile(context.Background(), file, nil, a); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		edited := append(slices.Clone(src), fmt.Sprintf("\n// edit %d\n", i)...)
		res, err := s.AnalyzeFile(context.Background(), file, map[string][]byte{file: edited}, a)
		if err != nil || len(res.Diagnostics) == 0 {
			b.Fatalf("%v, %v", res, err)
		}
	}
}
