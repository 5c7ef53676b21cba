#!/usr/bin/env bash
# shellcheck disable=SC2086 # $pattern holds several package patterns, split on purpose
# Robustness sweep: builds cookiecheck and runs it over real code it was not written for, the
# Go standard library and the project's test corpora (testdata/realmod, and the real library
# packages testdata/benchwork imports; each only if present), and prints per target the
# packages analysed, the Go files, the findings, the analysis errors and the panics.
#
#   bash .ci/sweep.sh                 std and every corpus present
#   bash .ci/sweep.sh std             only the targets named (std, realmod, benchwork, or
#                                     the path of any module directory)
#   SWEEP_TESTS=false bash .ci/sweep.sh   skip test files (faster; else -include-tests)
#
# Exit status: non-zero on any panic or internal error of the analyzer (and on an analysis
# error, which the analyzer must not return on real code). Findings, and package load errors
# of a corpus (missing modules offline), are reported but do not fail the sweep.
# cookiecheck exits 3 when it reports findings and 1 when packages have errors, with -json as
# without: both are accepted. The JSON and stderr of each run are kept in $SWEEP_OUT if
# set, else in a temporary directory that is removed unless the sweep fails.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${SWEEP_OUT:-$(mktemp -d)}
mkdir -p "$out"
failed=0
if [ -z "${SWEEP_OUT:-}" ]; then trap '[ "$failed" -ne 0 ] || rm -rf "$out"' EXIT; fi
tests=${SWEEP_TESTS:-true}

# COOKIECHECK names a prebuilt binary to sweep instead of building ./cmd/cookiecheck.
bin=${COOKIECHECK:-$out/cookiecheck}
if [ -z "${COOKIECHECK:-}" ]; then
	(cd "$root" && go build -o "$bin" ./cmd/cookiecheck) || { echo "sweep: build failed" >&2; exit 1; }
fi

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(std realmod benchwork)

printf '%-10s %8s %7s %8s %7s %7s %6s %8s\n' target packages files findings fixable errors panics seconds
for target in "${targets[@]}"; do
	case $target in
	std) dir=$root ;;
	*/*) dir=$(cd "$target" 2>/dev/null && pwd) || dir=/nonexistent; target=$(basename "$target") ;;
	*) dir=$root/testdata/$target ;;
	esac
	if [ ! -f "$dir/go.mod" ]; then
		printf '%-10s absent (no %s)\n' "$target" "${dir#"$root"/}/go.mod"
		continue
	fi
	case $target in
	std) pattern=std ;;
	# benchwork only blank-imports packages of large real modules: sweep those packages.
	benchwork) pattern="./... $(cd "$dir" && go list -e -f '{{join .Imports " "}}' ./... 2>/dev/null | tr '\n' ' ')" ;;
	*) pattern=./... ;;
	esac
	json=$out/$target.json err=$out/$target.stderr
	start=$(date +%s)
	testflag=()
	[ "$tests" = true ] && testflag=(-include-tests)
	(cd "$dir" && GOFLAGS=-mod=readonly "$bin" -json "${testflag[@]}" $pattern) >"$json" 2>"$err"
	status=$?
	secs=$(( $(date +%s) - start ))

	# What was analysed: the packages the pattern matches and their Go files (with tests).
	pkgs=$(cd "$dir" && go list -e $pattern 2>/dev/null | wc -l)
	if [ "$tests" = true ]; then
		fmt='{{len .GoFiles}} {{len .CgoFiles}} {{len .TestGoFiles}} {{len .XTestGoFiles}}'
	else
		fmt='{{len .GoFiles}} {{len .CgoFiles}}'
	fi
	files=$(cd "$dir" && go list -e -f "$fmt" $pattern 2>/dev/null | tr ' ' '\n' | awk '{s+=$1} END {print s+0}')

	# -json prints {pkg: {analyzer: [diagnostic...] | {"error": ...}}}, indented with tabs:
	# a diagnostic's own fields sit at four tabs (related information is deeper).
	findings=$(grep -c $'^\t\t\t\t"posn":' "$json")
	fixable=$(grep -c $'^\t\t\t\t"suggested_fixes":' "$json")
	errors=$(grep -c $'^\t\t\t"error":' "$json")
	panics=$(cat "$json" "$err" | grep -c -E '^panic:|internal error|^fatal error:')
	printf '%-10s %8s %7s %8s %7s %7s %6s %8s\n' "$target" "$pkgs" "$files" "$findings" "$fixable" "$errors" "$panics" "$secs"

	if [ "$panics" -gt 0 ]; then
		failed=1
		echo "sweep: $target: panic or internal error (exit $status):" >&2
		grep -m 5 -A 12 -E '^panic:|internal error|fatal error:' "$json" "$err" >&2
	fi
	if [ "$errors" -gt 0 ]; then
		failed=1
		echo "sweep: $target: the analyzer returned errors:" >&2
		grep -m 5 $'^\t\t\t"error":' "$json" >&2
	fi
	case $status in
	0 | 3) ;;
	1)
		loaderrs=$(grep -c -v '^$' "$err")
		echo "sweep: $target: exit 1: $loaderrs lines of package errors on stderr (first 3 below; full: $err)" >&2
		head -n 3 "$err" >&2
		;;
	*)
		failed=1
		echo "sweep: $target: cookiecheck exited $status" >&2
		tail -n 20 "$err" >&2
		;;
	esac
done
if [ "$failed" -eq 0 ]; then
	echo "sweep: OK"
else
	echo "sweep: FAILED; outputs in $out" >&2
fi
exit "$failed"
