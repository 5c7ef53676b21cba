package lsp

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Main runs `cookiecheck lsp` with the arguments after "lsp" and returns the exit status:
// 0 after a shutdown and exit, 1 when the client went away without them, 2 for bad usage.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("cookiecheck lsp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, `usage: cookiecheck lsp

Runs cookiecheck's language server on stdin and stdout (Language Server Protocol 3.17), for
editors: diagnostics of unsaved buffers, quick fixes, and source.fixAll.cookiecheck. The
analyzer's settings (max-age, disable, session-names, include-tests) come from the editor's
initializationOptions or workspace/didChangeConfiguration, or from the project's .golangci.yml
(linters.settings.custom.cookiecheck.settings), which wins. Logs go to stderr.
`)
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "cookiecheck lsp: unexpected argument %q (the server takes no arguments; see cookiecheck lsp -help)\n", fs.Arg(0))
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := Serve(ctx, stdin, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "cookiecheck lsp: %v\n", err)
		return 1
	}
	return 0
}
