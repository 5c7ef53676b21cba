package cli

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
)

// versionFlag is -version, and -V as go vet asks it (-V=full).
type versionFlag int

const (
	versionNone  versionFlag = iota
	versionShort             // -version, -V
	versionFull              // -V=full
)

func (v *versionFlag) IsBoolFlag() bool { return true }
func (v *versionFlag) String() string   { return "" }
func (v *versionFlag) Set(s string) error {
	switch s {
	case "true":
		*v = versionShort
	case "full":
		*v = versionFull
	case "false":
		*v = versionNone
	default:
		return errors.New("want -version, or -V=full (for go vet)")
	}
	return nil
}

// Version returns the version of this build of cookiecheck.
func Version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(devel)"
	}
	return versionOf(info)
}

// versionOf returns the module version (v1.2.3 from go install ...@v1.2.3, or the pseudo-version
// go build stamps in a repository), else the VCS revision the build info records
// ("devel-1a2b3c4d5e6f", "-dirty" when the tree had changes), else "(devel)".
func versionOf(info *debug.BuildInfo) string {
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var revision string
	var modified bool
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if revision == "" {
		return "(devel)"
	}
	v := "devel-" + revision[:min(12, len(revision))]
	if modified {
		v += "-dirty"
	}
	return v
}

// vetVersion returns the -V=full line go vet and go fix ask for: cmd/go takes a version with
// "devel" in it to be a development build and identifies the tool by the last field, its
// buildID, so that cached results are reused only with the same binary. The buildID is the
// SHA-256 of the executable.
func vetVersion() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return fmt.Sprintf("cookiecheck version devel %s buildID=%x", strings.ReplaceAll(Version(), " ", "-"), h.Sum(nil)), nil
}
