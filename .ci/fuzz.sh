#!/usr/bin/env bash
# Fuzzes the analyzer: FuzzAnalyzer (analyzer/fuzz_test.go) feeds it arbitrary Go source and
# checks that it never panics and that every suggested fix keeps the file parsing and
# formatting (and type-checking, and leaves nothing to fix, when the input type-checks).
#
#   bash .ci/fuzz.sh                  fuzz for 60s
#   FUZZTIME=10m bash .ci/fuzz.sh     fuzz longer (any `go test -fuzztime` value: 30s, 5000x)
#   FUZZPARALLEL=1 bash .ci/fuzz.sh   use one worker (default: GOMAXPROCS)
#
# The seed corpus (testdata/src files mentioning Cookie, hand-written snippets, and
# analyzer/testdata/fuzz/FuzzAnalyzer/*) also runs in every plain `go test ./...`.
# A failing input is written to analyzer/testdata/fuzz/FuzzAnalyzer/ and from then on fails
# `go test` too: fix the bug and keep the file as a regression seed.
# Prints the number of executions; exits non-zero when fuzzing finds a failure.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1
log=$(mktemp)
trap 'rm -f "$log"' EXIT

args=(-run='^$' -fuzz='^FuzzAnalyzer$' -fuzztime="${FUZZTIME:-60s}")
[ -n "${FUZZPARALLEL:-}" ] && args+=(-parallel="$FUZZPARALLEL")
echo "go test ${args[*]} ./analyzer"
go test "${args[@]}" ./analyzer 2>&1 | tee "$log" | grep -v '^fuzz: elapsed' 
status=${PIPESTATUS[0]}

# The last progress line holds the totals: "fuzz: elapsed: 1m0s, execs: 130203 (0/sec), ..."
last=$(grep '^fuzz: elapsed' "$log" | tail -n 1)
execs=$(sed -n 's/.*execs: \([0-9]*\).*/\1/p' <<<"$last")
interesting=$(sed -n 's/.*new interesting: \([0-9]*\) (total: \([0-9]*\)).*/\1 new, \2 in corpus/p' <<<"$last")
echo "fuzz: ${execs:-0} executions${interesting:+, interesting inputs: $interesting}"
if [ "$status" -ne 0 ]; then
	echo "fuzz: FAILED (exit $status); see the failing input named above" >&2
fi
exit "$status"
