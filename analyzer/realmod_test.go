package analyzer_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// realModules returns testdata/realmod, a module that uses the real libraries at their
// newest versions, and the environment to load it in; see realModule.
func realModules(t *testing.T) (dir string, env []string) {
	t.Helper()
	return realModule(t, "realmod")
}

// realModule returns testdata/<name>, a module that uses the real libraries, and the
// environment to load it in, after making sure its modules are in the module cache. With
// COOKIECHECK_REAL_MODULES=1 (CI) they are downloaded through the proxy and a failure fails
// the test; otherwise the proxy stays off and the test is skipped when they are missing.
func realModule(t *testing.T, name string) (dir string, env []string) {
	t.Helper()
	required := os.Getenv(realModulesEnv) == "1"
	if testing.Short() && !required {
		t.Skip("loads the real modules; skipped in -short mode unless " + realModulesEnv + "=1")
	}
	dir, err := filepath.Abs(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GO111MODULE=on")
	if !required {
		env = append(env, "GOPROXY=off")
	}
	start := time.Now()
	download := exec.Command("go", "mod", "download")
	download.Dir = dir
	download.Env = env
	if out, err := download.CombinedOutput(); err != nil {
		if required {
			t.Fatalf("go mod download in %s: %v\n%s", dir, err, out)
		}
		first, _, _ := strings.Cut(string(out), "\n")
		t.Skipf("real modules are not in the module cache (set %s=1 to download them): %v: %s",
			realModulesEnv, err, first)
	}
	t.Logf("go mod download: %v", time.Since(start).Round(time.Millisecond))
	return dir, env
}

// TestRealModules lints testdata/realmod, realistic code against the real libraries at
// their pinned versions, and checks its // want comments: a renamed field or a changed API
// in a library fails here instead of silently losing findings.
func TestRealModules(t *testing.T) {
	dir, _ := realModules(t)
	analysistest.Run(t, dir, analyzer.Analyzer, "./...")
}

// TestRealModulesOld lints testdata/realmod_old, pinned to releases whose defaults differ
// from the newest (gorilla/sessions v1.2.2, gorilla/csrf v1.6.2, echo v4.1.17,
// gin-contrib/sessions v1.0.1): the version is read from the module cache path, and the
// messages name it.
func TestRealModulesOld(t *testing.T) {
	dir, _ := realModule(t, "realmod_old")
	analysistest.Run(t, dir, analyzer.Analyzer, "./...")
}
