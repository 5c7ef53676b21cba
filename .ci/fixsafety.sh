#!/usr/bin/env bash
# Fix safety: applies every suggested fix with `cookiecheck -fix ./...` to a temporary copy of
# testdata/realmod (if present) and of testdata/demo (put in a module of its own), then checks
# that the fixed code still builds, vets and is gofmt-clean, that a second run offers no fix,
# and that -fix changed only files that had a fixable diagnostic (checksums of every other
# file, go.mod and go.sum included, are compared).
#
#   bash .ci/fixsafety.sh            all targets present
#   bash .ci/fixsafety.sh demo       only the targets named (realmod, demo, or a directory)
#
# Exits non-zero when any check fails. Set FIXSAFETY_KEEP=1 to keep the temporary copies.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
if [ -z "${FIXSAFETY_KEEP:-}" ]; then trap 'rm -rf "$tmp"' EXIT; else echo "fixsafety: copies kept in $tmp"; fi

# COOKIECHECK names a prebuilt binary to check instead of building ./cmd/cookiecheck.
bin=${COOKIECHECK:-$tmp/cookiecheck}
if [ -z "${COOKIECHECK:-}" ]; then
	(cd "$root" && go build -o "$bin" ./cmd/cookiecheck) || { echo "fixsafety: build failed" >&2; exit 1; }
fi

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(realmod demo)
failed=0
fail() { echo "fixsafety: $target: FAIL: $*" >&2; failed=1; tfailed=1; }

# checksums prints "sum  path" for every regular file under the current directory.
checksums() { find . -type f ! -name '*.orig' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum; }

# fixable_files prints the files that the suggested fixes of a -json report edit.
fixable_files() { sed -n 's/^[[:space:]]*"filename": "\(.*\)",\{0,1\}$/\1/p' "$1" | sort -u; }

# count_fixable counts the diagnostics of a -json report that carry a suggested fix.
count_fixable() { grep -c $'^\t\t\t\t"suggested_fixes":' "$1"; }

for target in "${targets[@]}"; do
	tfailed=0
	src=$root/testdata/$target
	case $target in */*) src=$(cd "$target" 2>/dev/null && pwd) || src=/nonexistent; target=$(basename "$target") ;; esac
	if [ ! -d "$src" ]; then
		echo "fixsafety: $target: absent (no testdata/$target), skipped"
		continue
	fi
	dir=$tmp/$target
	cp -R "$src" "$dir"
	if [ ! -f "$dir/go.mod" ]; then
		printf 'module example.com/%s\n\ngo 1.26\n' "$target" >"$dir/go.mod"
	fi
	cd "$dir" || exit 1
	# The copy is a module of its own, outside the project's module and workspace.
	export GOWORK=off GOFLAGS=-mod=readonly

	"$bin" -json ./... >"$tmp/$target.before.json" 2>"$tmp/$target.before.err"
	before=$(count_fixable "$tmp/$target.before.json")
	fixable_files "$tmp/$target.before.json" >"$tmp/$target.fixable"
	checksums >"$tmp/$target.sums"
	vet_before=0
	go vet ./... >/dev/null 2>&1 || vet_before=$?
	unformatted_before=$(gofmt -l .)

	"$bin" -fix ./... >"$tmp/$target.fix.out" 2>&1
	status=$?
	[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || fail "cookiecheck -fix exited $status: $(head -c 600 "$tmp/$target.fix.out")"

	out=$(go build ./... 2>&1) || fail "go build after -fix: $out"
	if [ "$vet_before" -eq 0 ]; then
		out=$(go vet ./... 2>&1) || fail "go vet after -fix: $out"
	else
		echo "fixsafety: $target: go vet failed before -fix too; not checked"
	fi
	# Files gofmt would change after -fix must be ones it would have changed before.
	unformatted=$(comm -13 <(sort <<<"$unformatted_before") <(gofmt -l . | sort))
	[ -z "$unformatted" ] || fail "gofmt -l after -fix lists: $unformatted"

	"$bin" -json ./... >"$tmp/$target.after.json" 2>"$tmp/$target.after.err"
	after=$(count_fixable "$tmp/$target.after.json")
	if [ "$after" -ne 0 ]; then
		fail "$after diagnostics still have a suggested fix after -fix:"
		grep -B3 $'^\t\t\t\t"suggested_fixes":' "$tmp/$target.after.json" | grep -E '"posn"|"message"' | head -n 20 >&2
	fi

	# Files no fix touches must be byte-identical (go.mod and go.sum included).
	changed=$(checksums | diff "$tmp/$target.sums" - | sed -n 's/^> [0-9a-f]*  //p')
	while IFS= read -r file; do
		[ -n "$file" ] || continue
		abs=$dir/${file#./}
		grep -qxF "$abs" "$tmp/$target.fixable" || fail "-fix changed $file, which had no fixable diagnostic"
	done <<<"$changed"
	nchanged=$(grep -c . <<<"$changed")
	nfixable=$(grep -c . "$tmp/$target.fixable")
	[ "$nchanged" -eq "$nfixable" ] || fail "$nfixable files had fixes but $nchanged changed"

	result=ok
	[ "$tfailed" -eq 0 ] || result=FAILED
	echo "fixsafety: $target: $before fixable diagnostics in $nfixable files; -fix exit $status; $nchanged files changed; $after fixable after: $result"
	cd "$root" || exit 1
done
[ "$failed" -eq 0 ] && echo "fixsafety: OK" || echo "fixsafety: FAILED" >&2
exit "$failed"
