#!/usr/bin/env bash
# A real editor against `cookiecheck lsp`: Neovim from Debian's packages (.ci/run installs it),
# headless, with its built-in LSP client configured by .ci/nvim/init.lua. .ci/nvim/drive.lua
# opens a copy of testdata/demo/handlers.go, waits for cookiecheck's diagnostics, applies a
# quick fix and then the fix-all action through Neovim's code-action menu, and writes the
# file; this script then compares it with what `cookiecheck -fix` writes on another copy.
# Both copies get a non-ASCII cookie value on a line that a fix edits, so that a wrong
# UTF-16 conversion would put the edit in the wrong place. Prints the transcript.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export GOFLAGS=${GOFLAGS:--buildvcs=false}
nvim --version | head -1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/bin/cookiecheck" ./cmd/cookiecheck

for copy in editor cli; do
	mkdir -p "$work/$copy"
	sed 's/Value: "1"/Value: "🍪"/' testdata/demo/handlers.go >"$work/$copy/handlers.go"
	printf 'module example.com/demo\n\ngo 1.26\n' >"$work/$copy/go.mod"
done
grep -q '🍪' "$work/editor/handlers.go"

status=0
(cd "$work/cli" && "$work/bin/cookiecheck" -fix . >/dev/null 2>&1) || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
	echo "cookiecheck -fix failed with status $status"
	exit 1
fi

cd "$work/editor"
COOKIECHECK="$work/bin/cookiecheck" timeout 300 nvim --headless -n -i NONE -u "$repo/.ci/nvim/init.lua" \
	-c "luafile $repo/.ci/nvim/drive.lua" handlers.go

echo "-- the file Neovim wrote, compared with cookiecheck -fix on the other copy:"
if diff -u "$work/cli/handlers.go" "$work/editor/handlers.go"; then
	echo "identical"
else
	echo "FAIL: they differ"
	exit 1
fi
