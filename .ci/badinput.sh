#!/usr/bin/env bash
# Bad input: runs the built cookiecheck binary on bad flags, bad package patterns, a directory
# that is not a Go module and unreadable files. Each case runs with -fix on a fresh copy of
# testdata/demo made a module (so a tool that went on regardless would rewrite files), and
# must
#   - exit with status 2,
#   - print exactly one non-empty line, on stderr, and nothing on stdout,
#   - leave the tree byte-identical (checksums of every file before and after).
# Prints one line per case with what happened and exits non-zero if any case fails.
#
#   bash .ci/badinput.sh
#   COOKIECHECK=/path/to/binary bash .ci/badinput.sh    check a prebuilt binary
#   BADINPUT_VERBOSE=1 bash .ci/badinput.sh             also show each case's full stderr
#
# As root, chmod 000 does not make a file unreadable: that case then runs as user nobody
# (setpriv) with a Go build cache of its own in $BADINPUT_GOCACHE (default
# ${TMPDIR:-/tmp}/cookiecheck-badinput-gocache, kept between runs), which costs about a minute
# the first time.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'chmod -R u+rwX "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
chmod 755 "$tmp"

bin=${COOKIECHECK:-$tmp/cookiecheck}
if [ -z "${COOKIECHECK:-}" ]; then
	(cd "$root" && go build -o "$bin" ./cmd/cookiecheck) || { echo "badinput: build failed" >&2; exit 1; }
fi
chmod 755 "$bin"

failed=0
checksums() { (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum 2>&1); }

# fixture makes a fresh module with fixable cookies and prints its directory.
fixture() {
	local dir
	dir=$(mktemp -d "$tmp/case.XXXX")
	chmod 755 "$dir"
	cp "$root"/testdata/demo/*.go "$dir"/
	printf 'module example.com/demo\n\ngo 1.26\n' >"$dir/go.mod"
	echo "$dir"
}

# check NAME DIR [--as-nobody] ARGS...: runs cookiecheck ARGS in DIR and judges the result.
check() {
	local name=$1 dir=$2
	shift 2
	local runner=()
	if [ "${1:-}" = --as-nobody ]; then
		shift
		runner=(setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$tmp" GOCACHE="$nobody_cache" GOMODCACHE="$tmp/gomodcache")
	fi
	local before after status problems=()
	before=$(checksums "$dir")
	(cd "$dir" && "${runner[@]}" "$bin" "$@") >"$tmp/out" 2>"$tmp/err"
	status=$?
	after=$(checksums "$dir")
	local lines
	lines=$(grep -c . "$tmp/err")
	[ "$status" -eq 2 ] || problems+=("exit $status")
	[ "$lines" -eq 1 ] || problems+=("$lines lines on stderr")
	[ ! -s "$tmp/out" ] || problems+=("$(grep -c . "$tmp/out") lines on stdout")
	if [ "$before" != "$after" ]; then
		local changed
		changed=$(diff <(echo "$before") <(echo "$after") | sed -n 's/^> [0-9a-f]*  \.\///p' | tr '\n' ' ')
		problems+=("wrote ${changed% }")
	fi
	local verdict=ok
	if [ ${#problems[@]} -gt 0 ]; then
		verdict="FAIL: $(IFS=';'; echo "${problems[*]}" | sed 's/;/; /g')"
		failed=1
	fi
	printf '%-34s exit=%s  %s\n    cookiecheck %s\n    stderr: %s\n' "$name" "$status" "$verdict" "$*" "$(head -n 1 "$tmp/err")"
	if [ -n "${BADINPUT_VERBOSE:-}" ]; then sed 's/^/        | /' "$tmp/err"; fi
}

check "unknown flag" "$(fixture)" -fix -nosuchflag ./...
check "bad -max-age (not a duration)" "$(fixture)" -fix -max-age=abc ./...
check "bad -max-age (negative days)" "$(fixture)" -fix -max-age=-1d ./...
check "bad -disable (unknown category)" "$(fixture)" -fix -disable=nosuch ./...
check "bad -session-names (regexp)" "$(fixture)" -fix '-session-names=(' ./...
check "conflicting flags (-sarif -fix)" "$(fixture)" -sarif -fix ./...
check "conflicting flags (-json -fix)" "$(fixture)" -json -fix ./...
check "removed flag (-test)" "$(fixture)" -fix -test ./...
check "flag after the packages" "$(fixture)" ./... -fix
check "pattern: no such directory" "$(fixture)" -fix ./nosuchdir/...
check "pattern: malformed import path" "$(fixture)" -fix 'bad[pattern'
check "pattern: unknown package" "$(fixture)" -fix example.com/nosuch

dir=$(fixture)
rm "$dir/go.mod"
check "not a module (./...)" "$dir" -fix ./...
dir=$(fixture)
rm "$dir/go.mod"
check "not a module (.)" "$dir" -fix .

dir=$(fixture)
ln -s "$tmp/nonexistent.go" "$dir/missing.go"
check "unreadable file (dangling symlink)" "$dir" -fix ./...

dir=$(fixture)
printf 'package demo\n' >"$dir/locked.go"
chmod 000 "$dir/locked.go"
if [ "$(id -u)" -ne 0 ]; then
	check "unreadable file (mode 000)" "$dir" -fix ./...
elif command -v setpriv >/dev/null; then
	nobody_cache=${BADINPUT_GOCACHE:-${TMPDIR:-/tmp}/cookiecheck-badinput-gocache}
	mkdir -p "$nobody_cache" && chown -R 65534:65534 "$nobody_cache"
	chown -R 65534:65534 "$dir"
	check "unreadable file (mode 000, nobody)" "$dir" --as-nobody -fix ./...
else
	echo "unreadable file (mode 000)          skipped: running as root without setpriv"
fi

[ "$failed" -eq 0 ] && echo "badinput: OK" || echo "badinput: FAILED (cases marked FAIL above)"
exit "$failed"
