package analyzer_test

// Library coverage written from RULES.md's library table and libraries.md. Each library has
// packages of side-by-side cases (positives with `// want`, negatives marked `// ok: <reason>`)
// and a package of fixes whose .golden files hold the fixed files.

import (
	"path/filepath"
	"testing"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// testLibrary runs the cases of pkgs, then the fixes of fixPkg, then checks that the fixed
// package leaves nothing to fix.
func testLibrary(t *testing.T, fixPkg string, pkgs ...string) {
	t.Helper()
	dir := testdata(t)
	analysistest.Run(t, dir, analyzer.Analyzer, pkgs...)
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer, fixPkg)
	fixesIdempotent(t, fixPkg)
}

// gorilla/sessions and the gorilla-compatible stores (redistore, memstore).
func TestLibGorilla(t *testing.T) {
	testLibrary(t, "libgorilla/fixes", "libgorilla", "libgorilla/session", "libgorilla/sessionwhole", "libgorilla/sessionlogout",
		"libgorilla/newsession", "libgorilla/backends")
}

func TestLibGin(t *testing.T) { testLibrary(t, "libgin/fixes", "libgin") }

func TestLibGinContrib(t *testing.T) {
	testLibrary(t, "libgincontrib/fixes", "libgincontrib", "libgincontrib/handlers", "libgincontrib/backends")
}

func TestLibSCS(t *testing.T) { testLibrary(t, "libscs/fixes", "libscs") }

// gorilla/csrf.
func TestLibCSRF(t *testing.T) { testLibrary(t, "libcsrf/fixes", "libcsrf") }

func TestLibNosurf(t *testing.T) { testLibrary(t, "libnosurf/fixes", "libnosurf", "libnosurf/base") }

func TestLibFiberV2(t *testing.T) { testLibrary(t, "libfiberv2/fix", "libfiberv2") }

func TestLibFiberV3(t *testing.T) { testLibrary(t, "libfiberv3/fix", "libfiberv3") }

func TestLibEchoV4(t *testing.T) {
	testLibrary(t, "libechov4/fix", "libechov4", "libechov4/defaultcfg", "libechov4/overridden")
}

func TestLibEchoV5(t *testing.T) {
	testLibrary(t, "libechov5/fix", "libechov5", "libechov5/defaultcfg", "libechov5/overridden")
}

func TestLibBeego(t *testing.T) {
	testLibrary(t, "libbeego/fix", "libbeego", "libbeego/framework", "libbeego/frameworkset", "libbeego/frameworkoff", "libbeego/frameworkconf")
}

func TestLibIris(t *testing.T) { testLibrary(t, "libiris/fix", "libiris") }

// Releases with other defaults (RULES.md "Versions"): stubs of gorilla/sessions v1.2.2,
// gorilla/csrf v1.6.2 and echo v4.1.17 in a second GOPATH, testdata/old.
func TestLibOldReleases(t *testing.T) {
	analysistest.Run(t, filepath.Join(testdata(t), "old"), analyzer.Analyzer, "libold")
}

// appleboy/gin-jwt v2 and v3: the login token cookie of GinJWTMiddleware.
func TestLibGinJWT(t *testing.T) {
	testLibrary(t, "libginjwt/fix", "libginjwt/v2", "libginjwt/v3")
}

// zerodha/simplesessions v3.
func TestLibSimpleSessions(t *testing.T) {
	testLibrary(t, "libsimplesessions/fix", "libsimplesessions")
}
