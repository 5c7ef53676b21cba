package analyzer_test

// Benchmarks of the settings scan of the config category (settings.go) on the packages go vet
// now runs the analyzer on for facts: packages that import no cookie library, so that only the
// settings scan runs before the fast path returns.
//
//	go test -run='^$' -bench=Settings -benchtime=20x ./analyzer
//
// Kinds (1k, 10k lines):
//   - settings: a config package: structs of bool fields with default/envDefault tags, flags
//     bound to them in init, and a DefaultConfig function; the scan walks the package.
//   - structs: structs with untagged bool fields and methods, importing neither flag nor a
//     config library: the scan reads the package scope only.

import (
	"fmt"
	"testing"

	"github.com/cookiecheck/cookiecheck/analyzer"
	"golang.org/x/tools/go/ast/inspector"
)

var settingsBenchKinds = []benchKind{
	{name: "settings", imports: []string{"flag", "os"}, unit: benchSettingsUnit, sizes: benchSizes[:2]},
	{name: "structs", imports: []string{"strings"}, unit: benchStructsUnit, sizes: benchSizes[:2]},
}

func benchSettingsUnit(i int) string {
	return fmt.Sprintf(`
// Config%[1]d is loaded from the environment.
type Config%[1]d struct {
	SecureCookie  bool   `+"`default:\"false\"`"+`
	HTTPOnly      bool   `+"`envDefault:\"true\"`"+`
	Insecure      bool   `+"`env-default:\"false\"`"+`
	Addr          string `+"`default:\":8080\"`"+`
	Debug         bool
	Cookie struct {
		Secure bool `+"`default:\"true\"`"+`
	}
}

var secure%[1]d = flag.Bool("secure-%[1]d", false, "")

func DefaultConfig%[1]d() Config%[1]d {
	return Config%[1]d{SecureCookie: false, Debug: os.Getenv("DEBUG") != ""}
}

func init() {
	var c Config%[1]d
	flag.BoolVar(&c.Debug, "debug-%[1]d", false, "")
	if *secure%[1]d {
		c.SecureCookie = true
	}
}
`, i)
}

func benchStructsUnit(i int) string {
	return fmt.Sprintf(`
type item%[1]d struct {
	name    string
	enabled bool
	hidden  bool
}

func (it *item%[1]d) Enable(on bool) { it.enabled = on && !strings.HasPrefix(it.name, "_") }

func newItem%[1]d(name string) *item%[1]d {
	it := &item%[1]d{name: name, hidden: strings.HasPrefix(name, ".")}
	it.Enable(true)
	return it
}
`, i)
}

// BenchmarkSettings times the analyzer's Run on packages without cookies, where all the work
// is the settings scan (no inspector is built: the fast path returns before it is needed).
func BenchmarkSettings(b *testing.B) {
	for _, k := range settingsBenchKinds {
		b.Run(k.name, func(b *testing.B) {
			for _, size := range k.sizes {
				b.Run(size.name, func(b *testing.B) {
					p := benchLoad(b, k, size.lines)
					a := analyzer.New(analyzer.DefaultConfig())
					var insp *inspector.Inspector // never read: no cookie library is imported
					diags := 0
					b.ReportAllocs()
					for b.Loop() {
						if _, err := a.Run(benchNewPass(a, p, insp, &diags)); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(p.lines), "ns/line")
				})
			}
		})
	}
}
