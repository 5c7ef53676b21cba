package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// valueFlags are the driver's and the analyzer's flags that take a separate value
// (-tags foo), so that the value is not taken for a package pattern.
var valueFlags = map[string]bool{
	"c": true, "tags": true, "cpuprofile": true, "memprofile": true, "trace": true, "debug": true, "V": true,
	"disable": true, "max-age": true, "session-names": true,
}

// checkPatterns makes sure the package patterns of a standalone run name packages, before
// the driver loads and type-checks them: a pattern that names nothing (a missing directory,
// a malformed or unknown import path, a directory outside any module) stops the command with
// one line and exit status 2, as a bad flag does. It asks `go list -find`, which reads only
// package clauses and imports. go vet's *.cfg runs and the -flags and -V queries are left to
// the driver.
func checkPatterns(args []string) {
	var patterns []string
	tags := ""
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			patterns = append(patterns, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(arg, "-") {
			patterns = append(patterns, arg)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		switch {
		case name == "flags" || name == "V" || name == "help" || name == "h":
			return // a query, not a run
		case valueFlags[name] && !hasValue && i+1 < len(args):
			i++
			value = args[i]
		}
		if name == "tags" {
			tags = value
		}
	}
	if len(patterns) == 1 && strings.HasSuffix(patterns[0], ".cfg") {
		return // go vet or go fix: the go command has checked the patterns
	}
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	list := []string{"list", "-e", "-find", "-f", "{{if .Error}}{{.Error}}{{end}}"}
	if tags != "" {
		list = append(list, "-tags="+tags)
	}
	cmd := exec.Command("go", append(list, patterns...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	msg := strings.TrimSpace(stdout.String())
	if err != nil {
		msg = strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
	}
	if msg != "" {
		first, _, _ := strings.Cut(msg, "\n")
		fmt.Fprintf(os.Stderr, "cookiecheck: %s\n", strings.TrimPrefix(first, "go: "))
		os.Exit(2)
	}
}
