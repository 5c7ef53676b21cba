#!/usr/bin/env bash
# Builds golangci-lint with cookiecheck compiled in as a module plugin, from the Go module
# proxy alone (`golangci-lint custom` clones golangci-lint from GitHub), then lints
# testdata/golangci with it and checks the findings, the plugin settings, //nolint and --fix.
#
#   bash .ci/golangci.sh               build (or reuse) the binary and run the checks
#   bash .ci/golangci.sh --build-only  build (or reuse) the binary and print its path
#
# The binary is cached in $COOKIECHECK_CACHE (default ~/.cache/cookiecheck), keyed by the
# golangci-lint version, the Go version and the files of the packages the plugin links, so
# a rerun without source changes takes seconds. Exits non-zero on any failed check.
set -euo pipefail

GCL_VERSION=v2.15.0
MODULE=github.com/cookiecheck/cookiecheck
root=$(cd "$(dirname "$0")/.." && pwd)
cache=${COOKIECHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cookiecheck}
mkdir -p "$cache"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- build -----------------------------------------------------------------------------

# source_key hashes what the built binary depends on: the versions, go.mod, go.sum and the
# Go and embedded files of every package of this module that the plugin links.
source_key() {
	cd "$root"
	{
		echo "$GCL_VERSION"
		go version
		cat go.mod go.sum
		go list -deps -f '{{if and .Module (eq .Module.Path "'"$MODULE"'")}}{{range .GoFiles}}{{$.Dir}}/{{.}}
{{end}}{{range .EmbedFiles}}{{$.Dir}}/{{.}}
{{end}}{{end}}' ./plugin | sort -u | xargs sha256sum
	} | sha256sum | cut -c1-16
}

key=$(source_key)
bin="$cache/golangci-lint-$GCL_VERSION-$key"
# The version the binary reports, as `golangci-lint custom` stamps one
# (<version>-custom-gcl-<hash of the plugins>): golangci-lint's main package prints the
# build info's "(devel)" unless both main.version and main.date are set.
version="${GCL_VERSION#v}-custom-gcl-cookiecheck-$key"
if [[ -x $bin ]]; then
	echo "golangci-lint: reusing $bin" >&2
else
	start=$SECONDS
	echo "golangci-lint: building $GCL_VERSION with the cookiecheck plugin (a few minutes)" >&2
	src=$(go mod download -json "github.com/golangci/golangci-lint/v2@$GCL_VERSION" |
		sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	[[ -d $src ]] || { echo "golangci-lint: go mod download gave no source directory" >&2; exit 1; }
	cp -R "$src" "$tmp/gcl"
	chmod -R u+w "$tmp/gcl" # the module cache is read-only
	# What `golangci-lint custom` does: list the plugins in cmd/golangci-lint/plugins.go
	# and point go.mod at the plugin's module.
	printf 'package main\n\nimport _ "%s/plugin"\n' "$MODULE" >"$tmp/gcl/cmd/golangci-lint/plugins.go"
	(
		cd "$tmp/gcl"
		go mod edit -require="$MODULE@v0.0.0" -replace="$MODULE=$root"
		build() {
			go build -trimpath -o "$tmp/golangci-lint" \
				-ldflags "-s -w -X main.version=$version -X main.date=$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
				./cmd/golangci-lint
		}
		# go mod tidy only when the plugin's requirements change golangci-lint's go.sum.
		build 2>"$tmp/build.log" || {
			cat "$tmp/build.log" >&2
			echo "golangci-lint: retrying after go mod tidy" >&2
			go mod tidy && build
		}
	)
	mv "$tmp/golangci-lint" "$bin"
	# Keep the three newest binaries.
	ls -t "$cache"/golangci-lint-v* 2>/dev/null | tail -n +4 | xargs -r rm -f
	echo "golangci-lint: built in $((SECONDS - start))s: $bin" >&2
fi
if [[ ${1:-} == --build-only ]]; then
	echo "$bin"
	exit 0
fi

# --- checks ----------------------------------------------------------------------------

export GOLANGCI_LINT_CACHE="$cache/golangci-lint-cache" GOPROXY=off GOFLAGS=-mod=mod
failed=0
fail() { echo "FAIL: $*" >&2; failed=1; }

# lint DIR ARGS... runs the linter in DIR with plain one-line output; it exits 1 on findings.
lint() {
	local dir=$1
	shift
	(cd "$dir" && "$bin" run --output.text.print-issued-lines=false --output.text.colors=false --show-stats=false "$@" ./...)
}

# expect FILE NAME WANT COUNT: FILE has COUNT occurrences of WANT (COUNT "+": at least one).
expect() {
	local n
	n=$( (grep -oF -- "$3" "$1" || true) | wc -l)
	if [[ $4 == + ]]; then
		[[ $n -gt 0 ]] || fail "$2: no line with '$3'"
	else
		[[ $n -eq $4 ]] || fail "$2: $n times '$3', want $4"
	fi
}

# 0. The binary says which version it is, not "(devel)".
"$bin" version >"$tmp/version.txt" 2>&1 || fail "$bin version: exit status $?"
echo "--- golangci-lint version"
cat "$tmp/version.txt"
expect "$tmp/version.txt" version "golangci-lint has version $version built with" 1
expect "$tmp/version.txt" version "(devel)" 0

# 1. Findings with the settings of testdata/golangci/.golangci.yml (max-age 7d, prefix
# disabled) and golangci-lint's default issues settings (uniq-by-line: true): the plugin
# merges the findings of a line, so each line's issue names all of them.
cp -R "$root/testdata/golangci" "$tmp/lint"
status=0
lint "$tmp/lint" >"$tmp/findings.txt" 2>&1 || status=$?
echo "--- golangci-lint run (testdata/golangci), exit status $status"
cat "$tmp/findings.txt"
[[ $status -eq 1 ]] || fail "golangci-lint run: exit status $status, want 1 (findings)"
out="$tmp/findings.txt"
expect "$out" findings '(cookiecheck)' 6
expect "$out" findings 'handlers.go:13:21: http.Cookie "session" has no HttpOnly: scripts can read it, so an XSS flaw can steal it; has no SameSite: browsers without a Lax default send it on cross-site requests (CSRF); has no Secure: browsers send it over plain HTTP, where it can be read and stolen (cookiecheck)' 1
expect "$out" findings 'handlers.go:18:21: http.Cookie "remember_token" has no Secure:' 1
expect "$out" findings 'handlers.go:22:3: session cookie http.Cookie "remember_token" lives 10d, longer than the 7d limit' 1
expect "$out" findings 'handlers.go:30:80: http.Cookie "theme" sets SameSite to http.SameSiteDefaultMode' 1
expect "$out" findings 'handlers.go:31:2: http.Cookie "theme" sets Secure to false' 1
expect "$out" findings 'handlers.go:44:92: http.Cookie "widget_prefs" sets HttpOnly to false: scripts can read it, so an XSS flaw can steal it (not fixed automatically' 1
expect "$out" 'disabled category prefix' '__Host-' 0
expect "$out" '//cookiecheck:ignore secure' '"internal"' 0
expect "$out" '//nolint:cookiecheck' 'legacy_sid' 0

# 2. Invalid settings stop golangci-lint with the plugin's message.
cp -R "$root/testdata/golangci" "$tmp/bad"
sed -i 's/max-age: 7d/max-age: 7 days/' "$tmp/bad/.golangci.yml"
status=0
lint "$tmp/bad" >"$tmp/bad.txt" 2>&1 || status=$?
echo "--- golangci-lint run with max-age: 7 days, exit status $status"
cat "$tmp/bad.txt"
[[ $status -ne 0 && $status -ne 1 ]] || fail "bad settings: exit status $status, want an error status"
expect "$tmp/bad.txt" 'bad settings' 'plugin(cookiecheck): newPlugin cookiecheck settings: decoding settings: invalid duration "7 days"' +

# 3. group-by-line: false gives one issue per finding, of which uniq-by-line shows the first
# of each line: the two findings the plugin's default merges into line 13's issue are lost.
cp -R "$root/testdata/golangci" "$tmp/ungrouped"
sed -i 's/^          max-age: 7d$/          max-age: 7d\n          group-by-line: false/' "$tmp/ungrouped/.golangci.yml"
grep -q 'group-by-line: false' "$tmp/ungrouped/.golangci.yml" || fail "could not set group-by-line: false"
lint "$tmp/ungrouped" >"$tmp/ungrouped.txt" 2>&1 || true
echo "--- golangci-lint run with group-by-line: false"
cat "$tmp/ungrouped.txt"
expect "$tmp/ungrouped.txt" ungrouped '(cookiecheck)' 6
expect "$tmp/ungrouped.txt" ungrouped 'handlers.go:13:21:' 1
expect "$tmp/ungrouped.txt" ungrouped '; has no' 0

# 4. --fix on a copy: the one fix of line 13 inserts three fields at one position.
cp -R "$root/testdata/golangci" "$tmp/fix"
status=0
lint "$tmp/fix" --fix >"$tmp/fix.txt" 2>&1 || status=$?
echo "--- golangci-lint run --fix, exit status $status"
cat "$tmp/fix.txt"
echo "--- diff"
diff -u "$root/testdata/golangci/handlers.go" "$tmp/fix/handlers.go" || true
fixed="$tmp/fix/handlers.go"
login=$(grep -F 'Name: "session", Value: r.FormValue("token")' "$fixed")
for field in 'Secure: true' 'HttpOnly: true' 'SameSite: http.SameSiteLaxMode'; do
	n=$(grep -oF "$field" <<<"$login" | wc -l)
	[[ $n -eq 1 ]] || fail "--fix: login has '$field' $n times, want 1: $login"
done
grep -A8 'Name:     "remember_token"' "$fixed" | grep -qE '^\s+Secure: +true,$' || fail "--fix: remember_token lacks Secure: true"
expect "$fixed" --fix 'c.Secure = true' 1
expect "$fixed" --fix 'Value: r.FormValue("theme"), HttpOnly: true, SameSite: http.SameSiteLaxMode}' 1
expect "$fixed" --fix 'Name: "widget_prefs", Value: "1", Path: "/", Secure: true, HttpOnly: false,' 1
expect "$fixed" --fix 'Name: "__Host-widget", Value: "1", Secure: true, HttpOnly: true, SameSite: http.SameSiteNoneMode})' 1
expect "$fixed" --fix '//nolint:cookiecheck' 1
(cd "$tmp/fix" && go build ./... && go vet ./...) || fail "--fix: the fixed module does not build"

# 5. A second run reports only what has no fix (the lifetime, HttpOnly off on purpose), and
# --fix changes nothing.
status=0
(cd "$tmp/fix" && "$bin" run --output.json.path=stdout --show-stats=false ./...) >"$tmp/second.json" 2>&1 || status=$?
echo "--- second golangci-lint run, exit status $status"
grep -o '"Text":"[^"]*\(\\"[^"]*\)*"' "$tmp/second.json" || true
expect "$tmp/second.json" 'second run' '"FromLinter":"cookiecheck"' 2
expect "$tmp/second.json" 'second run' '"SuggestedFixes"' 0
expect "$tmp/second.json" 'second run' 'lives 10d, longer than the 7d limit' 1
expect "$tmp/second.json" 'second run' 'sets HttpOnly to false' 1
cp "$fixed" "$tmp/fixed-once.go"
lint "$tmp/fix" --fix >/dev/null 2>&1 || true
cmp -s "$fixed" "$tmp/fixed-once.go" || fail "--fix is not idempotent"

if [[ $failed -ne 0 ]]; then
	echo "golangci-lint checks FAILED" >&2
	exit 1
fi
echo "golangci-lint checks passed"
