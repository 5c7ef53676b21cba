#!/usr/bin/env bash
# VS Code's side of the protocol, without VS Code (which cannot be installed here): builds the
# minimal extension's dependencies (editors/vscode, npm ci) and runs editors/vscode/smoke.js,
# which talks to `cookiecheck lsp` through vscode-languageserver-protocol, the library under
# VS Code's LSP client, and applies the source.fixAll action that editor.codeActionsOnSave
# would run. The result must equal what `cookiecheck -fix` writes.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/cookiecheck" ./cmd/cookiecheck
mkdir -p "$work/cli"
cp testdata/demo/handlers.go "$work/cli/"
printf 'module example.com/demo\n\ngo 1.26\n' >"$work/cli/go.mod"
status=0
(cd "$work/cli" && "$work/cookiecheck" -fix . >/dev/null 2>&1) || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 3 ]

cd editors/vscode
npm ci --no-audit --no-fund --loglevel=error
node --check extension.js
node smoke.js "$work/cookiecheck" "$repo/testdata/demo/handlers.go" >"$work/fixed.go"
if diff -u "$work/cli/handlers.go" "$work/fixed.go"; then
	echo "source.fixAll through vscode-languageserver-protocol: identical to cookiecheck -fix"
else
	echo "FAIL: source.fixAll differs from cookiecheck -fix"
	exit 1
fi
