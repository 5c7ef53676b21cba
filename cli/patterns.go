package cli

import (
	"bytes"
	"context"
	"os/exec"
	"strings"
)

// checkPatterns makes sure that the package patterns name packages, before anything is
// reported or written: a pattern that names nothing (a missing directory, a malformed or
// unknown import path, a directory outside any module, an unreadable file) is a usage error,
// one line, exit status 2, as a bad flag is. It asks `go list -find`, which reads only package
// clauses and imports, and returns the first error line, or "". An error at a position in a
// file (a syntax error) is not the pattern's fault: the analysis reports it (exit status 1).
func checkPatterns(ctx context.Context, patterns, buildFlags []string) string {
	args := append([]string{"list", "-e", "-find", "-f", "{{with .Error}}{{if not .Pos}}{{.}}{{end}}{{end}}"}, buildFlags...)
	cmd := exec.CommandContext(ctx, "go", append(append(args, "--"), patterns...)...)
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
	first, _, _ := strings.Cut(msg, "\n")
	return strings.TrimPrefix(first, "go: ")
}
