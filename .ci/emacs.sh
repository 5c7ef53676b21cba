#!/usr/bin/env bash
# A second real editor: Emacs with lsp-mode, both from Debian's packages (emacs-nox,
# elpa-lsp-mode; .ci/run installs them), in batch mode. .ci/emacs/drive.el registers
# `cookiecheck lsp` as an lsp-mode add-on client (the way it runs beside gopls), opens a copy
# of testdata/demo/handlers.go, waits for the diagnostics, applies a quick fix and the fix-all
# action, and saves; the file must equal what `cookiecheck -fix` writes on another copy. As in
# .ci/nvim.sh, both copies have a 🍪 on a line that the quick fix edits after it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export GOFLAGS=${GOFLAGS:--buildvcs=false}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/bin/cookiecheck" ./cmd/cookiecheck
for copy in editor cli; do
	mkdir -p "$work/$copy"
	sed 's/Value: "1"/Value: "🍪"/' testdata/demo/handlers.go >"$work/$copy/handlers.go"
	printf 'module example.com/demo\n\ngo 1.26\n' >"$work/$copy/go.mod"
done
status=0
(cd "$work/cli" && "$work/bin/cookiecheck" -fix . >/dev/null 2>&1) || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 3 ]

# lsp-mode's own messages ("LSP :: ...") go to stderr; the transcript to stdout.
COOKIECHECK="$work/bin/cookiecheck" timeout 300 \
	emacs --batch -l "$repo/.ci/emacs/drive.el" "$work/editor/handlers.go" 2>"$work/emacs.log" ||
	{ cat "$work/emacs.log"; exit 1; }

echo "-- the file Emacs saved, compared with cookiecheck -fix on the other copy:"
if diff -u "$work/cli/handlers.go" "$work/editor/handlers.go"; then
	echo "identical"
else
	echo "FAIL: they differ"
	exit 1
fi
