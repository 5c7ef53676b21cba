package cli

import (
	"io"
	"strconv"
	"strings"

	"github.com/cookiecheck/cookiecheck/analyzer"
)

// VetInvocation reports whether args are go vet's or go fix's: flags and a single *.cfg file
// (one package, as the go command describes it), or the -flags query. They go to the
// unitchecker protocol; go vet's -V=full query is answered by Main.
func VetInvocation(args []string) bool {
	if len(args) == 1 && args[0] == "-flags" {
		return true
	}
	var files []string
	for _, arg := range args {
		if !strings.HasPrefix(arg, "-") {
			files = append(files, arg)
		}
	}
	return len(files) == 1 && strings.HasSuffix(files[0], ".cfg")
}

// vetDriverFlags are the flags of the vet protocol's driver (singlechecker and
// go/analysis/internal/analysisflags).
var vetDriverFlags = map[string]bool{
	"V": true, "all": true, "c": true, "cpuprofile": true, "debug": true, "diff": true, "fix": true,
	"flags": true, "json": true, "memprofile": true, "source": true, "tags": true, "test": true,
	"trace": true, "v": true,
}

// CheckVetFlags rejects an unknown flag, or a bad value of one of the analyzer's own flags,
// with one line on stderr, before the vet driver prints its whole usage (once per package of
// the build). It returns the exit status and false when args are bad.
func CheckVetFlags(args []string, stderr io.Writer) (int, bool) {
	fresh := analyzer.New(analyzer.DefaultConfig())
	for _, arg := range args {
		if !strings.HasPrefix(arg, "-") {
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		f := fresh.Flags.Lookup(name)
		switch {
		case f == nil && !vetDriverFlags[name]:
			return usageError(stderr, "flag provided but not defined: -%s (see cookiecheck -help)", name), false
		case f == nil || !hasValue:
			continue // the driver's; go vet passes the analyzer's as -name=value
		}
		if err := f.Value.Set(value); err != nil {
			return usageError(stderr, "invalid value %q for flag -%s: %v (see cookiecheck -help)", value, name, err), false
		}
	}
	return 0, true
}

// FixRequested reports whether args ask the vet driver to apply fixes (go fix's -fix).
func FixRequested(args []string) bool {
	for _, arg := range args {
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if strings.HasPrefix(arg, "-") && name == "fix" {
			on, err := strconv.ParseBool(value)
			return !hasValue || on || err != nil
		}
	}
	return false
}
