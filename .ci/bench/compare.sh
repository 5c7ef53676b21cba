#!/usr/bin/env bash
# Reproducible performance comparison of cookiecheck (issue 5). See /work/notes/performance.md
# (the README "Performance" section).
#
#   bash .ci/bench/compare.sh            # N=5 runs of each command (about 15-20 min on 2 cores)
#   bash .ci/bench/compare.sh --quick    # N=1 (about 5 min)
#   BENCH_N=9 bash .ci/bench/compare.sh  # N from the environment
#
# Environment: BENCH_N (runs per command, default 5), BENCH_WORK (work directory, default
# ${TMPDIR:-/tmp}/cookiecheck-bench; it is emptied first and kept at the same path so the build
# cache is reused between invocations), GOSEC_VERSION (default v2.30.0).
#
# What it does:
#  1. builds cookiecheck (./cmd/cookiecheck), the no-op vet tool (./testdata/noopvet) and gosec
#     (go install ...@GOSEC_VERSION into a temporary GOBIN);
#  2. copies the workload module testdata/benchwork (one package blank-importing every package of
#     gin, fiber, echo, gorilla/sessions, iris, beego, golang.org/x/tools and the REST client of
#     k8s.io/client-go at pinned versions, so go list -deps ./... is over 1,000 packages, and
#     ./handlers, hand-written cookie code on those libraries) and fetches its modules through
#     the module proxy;
#  3. copies gin, echo, fiber and gorilla/sessions, at the versions the workload pins, from the
#     module cache: with ./handlers, they are the package set of the standalone comparison;
#  4. warms the build cache (go build, one untimed run of each command);
#  5. times, in interleaved rounds so that load from other processes spreads over every tool:
#       A. go vet -vettool=noopvet ./...        (in the workload)
#       B. go vet -vettool=cookiecheck ./...    (in the workload)
#       C. cookiecheck PKGS                     (standalone, per module of the set)
#       D. gosec -include=G124 DIRS              (per module of the set)
#     with /usr/bin/time: wall time, user+sys CPU and peak RSS; prints each run, the medians and
#     the ratios B/A and C/D.
#
# go vet caches each package's result under the vet tool's ID, the hash of the tool's binary
# (cmd/go runs "tool -V=full"). A second run with the same binary is all cache hits, so every
# timed vet run gets a fresh copy of the tool with a few unique bytes appended: a new ID and no
# cached results, while the build cache (compiled dependencies) stays warm.
# shellcheck disable=SC2016 # single-quoted $ are for go list templates, awk and generated scripts
set -euo pipefail

N=${BENCH_N:-5}
if [[ ${1:-} == --quick ]]; then
	N=1
fi
[[ $N =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_N must be a positive integer, got $N" >&2; exit 2; }
GOSEC_VERSION=${GOSEC_VERSION:-v2.30.0}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${BENCH_WORK:-${TMPDIR:-/tmp}/cookiecheck-bench}
start=$(date +%s)

# The standalone set: cookie-handling modules of the workload (their versions come from the
# workload's go.mod).
standalone_modules=(github.com/gin-gonic/gin github.com/labstack/echo/v4 github.com/gofiber/fiber/v2 github.com/gorilla/sessions)

export GOWORK=off
# Keep the environment's GOFLAGS except -mod (each module resolves with its own go.sum).
# shellcheck disable=SC2086 # split GOFLAGS into flags
GOFLAGS=$(printf '%s\n' ${GOFLAGS:-} | grep -v '^-mod=' | tr '\n' ' ' || true)
export GOFLAGS

log() { printf '[%4ds] %s\n' $(($(date +%s) - start)) "$*"; }

if [[ ! -x /usr/bin/time ]]; then
	log "installing GNU time"
	if [[ $(id -u) == 0 ]]; then
		apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
	else
		echo "/usr/bin/time (GNU time) is missing: apt-get install time" >&2
		exit 2
	fi
fi

rm -rf "$work"
mkdir -p "$work/bin" "$work/gobin" "$work/mods" "$work/runs"

# 1. Tools.
log "building cookiecheck and noopvet"
(cd "$root" && go build -o "$work/bin/cookiecheck" ./cmd/cookiecheck && go build -o "$work/bin/noopvet" ./testdata/noopvet)
log "building gosec $GOSEC_VERSION"
(cd "$work" && GOBIN=$work/gobin go install "github.com/securego/gosec/v2/cmd/gosec@$GOSEC_VERSION")
gosec=$work/gobin/gosec

# 2. The workload module.
cp -r "$root/testdata/benchwork" "$work/benchwork"
cd "$work/benchwork"
log "fetching the workload's modules (go mod download)"
go mod download
pkgcount=$(go list -deps ./... | wc -l)
stdcount=$(go list -deps -f '{{if .Standard}}x{{end}}' ./... | grep -c x || true)
if ((pkgcount < 1000)); then
	echo "the workload has only $pkgcount packages with dependencies (want >= 1000)" >&2
	exit 1
fi

# 3. The standalone set: the workload's own cookie package (./handlers) and the packages of
# each module of standalone_modules, copied from the module cache and analysed as a main module,
# so cookiecheck and gosec load the same packages with the same dependency versions.
: >"$work/cookiecheck.sh"
: >"$work/gosec.sh"
setpkgs=0
setlines=0
setlist=""
# add_to_set DIR PATTERN LABEL: adds the packages of PATTERN in module directory DIR.
add_to_set() {
	local dst=$1 pattern=$2 name=$3 list n l
	list=$work/mods/$(basename "$dst").list
	# go list fetches the module's own dependencies, pinned by its go.sum.
	(cd "$dst" && go list -f '{{if .GoFiles}}{{.ImportPath}} {{.Dir}}{{end}}' "$pattern") >"$list"
	n=$(wc -l <"$list")
	l=$(cd "$dst" && go list -f '{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}' "$pattern" | xargs cat | wc -l)
	setpkgs=$((setpkgs + n))
	setlines=$((setlines + l))
	setlist+="$name ($n packages), "
	# Exit codes: cookiecheck 3 = findings; gosec -no-fail exits 0 with issues.
	printf 'cd %q && { %q %s; rc=$?; ((rc == 0 || rc == 3)) || exit $rc; } >>%q 2>&1\n' \
		"$dst" "$work/bin/cookiecheck" "$(cut -d' ' -f1 "$list" | tr '\n' ' ')" "$work/runs/cookiecheck.out" >>"$work/cookiecheck.sh"
	printf 'cd %q && %q -quiet -no-fail -fmt=json -include=G124 %s >>%q 2>>%q || exit $?\n' \
		"$dst" "$gosec" "$(cut -d' ' -f2 "$list" | tr '\n' ' ')" "$work/runs/gosec.out" "$work/runs/gosec.err" >>"$work/gosec.sh"
}
add_to_set "$work/benchwork" ./handlers "example.com/benchwork/handlers"
for mod in "${standalone_modules[@]}"; do
	dir=$(go list -m -f '{{.Dir}}' "$mod")
	ver=$(go list -m -f '{{.Version}}' "$mod")
	[[ -n $dir && -d $dir ]] || { echo "$mod is not in the module cache" >&2; exit 1; }
	dst=$work/mods/$(echo "$mod" | tr / _)
	cp -r "$dir" "$dst"
	chmod -R u+w "$dst"
	add_to_set "$dst" ./... "$mod@$ver"
done
setlist=${setlist%, }

# 4. Warm the build cache: dependencies of the workload and of the standalone set.
log "warming the build cache (go build; one untimed run of each command)"
go build ./...
for d in "$work"/mods/*/; do (cd "$d" && go build ./... >/dev/null); done

# fresh_copy TOOL: a copy of TOOL with unique bytes appended, so that go vet has no cached
# results for it.
fresh_copy() {
	local dst
	dst=$work/bin/$(basename "$1")-fresh-$RANDOM$RANDOM
	cp "$1" "$dst"
	printf '\ncookiecheck-bench %s %s\n' "$(date +%s%N)" "$RANDOM" >>"$dst"
	echo "$dst"
}

# run_cmd NAME: one run of a command; prints "wall user sys maxrss_kb load1", load1 being the
# 1-minute load average when the run ended.
run_cmd() {
	local name=$1 tool rc=0 t=$work/runs/$1.time
	rm -f "$work/runs/$name.out" "$work/runs/$name.err"
	case $name in
	noop-vet | cookiecheck-vet)
		[[ $name == noop-vet ]] && tool=$(fresh_copy "$work/bin/noopvet") || tool=$(fresh_copy "$work/bin/cookiecheck")
		(cd "$work/benchwork" && /usr/bin/time -f '%e %U %S %M' -o "$t" go vet -vettool="$tool" ./... >"$work/runs/$name.out" 2>&1) || rc=$?
		rm -f "$tool"
		# go vet exits 1 when the tool reports findings.
		if ((rc != 0)) && ! [[ $rc == 1 && $name == cookiecheck-vet ]]; then
			rc=-$rc
		fi
		;;
	cookiecheck | gosec)
		/usr/bin/time -f '%e %U %S %M' -o "$t" bash "$work/$name.sh" || rc=-$?
		;;
	esac
	if ((rc < 0)); then
		echo "$name failed (exit ${rc#-}); last output:" >&2
		tail -20 "$work/runs/$name.out" "$work/runs/$name.err" 2>/dev/null >&2 || true
		tail -3 "$t" >&2 || true
		exit 1
	fi
	echo "$(tail -1 "$t") $(cut -d' ' -f1 /proc/loadavg)"
}

cmds=(noop-vet cookiecheck-vet cookiecheck gosec)
declare -A label=(
	[noop-vet]="go vet -vettool=noopvet ./..."
	[cookiecheck-vet]="go vet -vettool=cookiecheck ./..."
	[cookiecheck]="cookiecheck PKGS"
	[gosec]="gosec -include=G124 DIRS"
)

log "warm-up runs"
for c in noop-vet cookiecheck gosec; do
	run_cmd "$c" >/dev/null
done

# 5. Timed runs, interleaved.
for ((i = 1; i <= N; i++)); do
	for c in "${cmds[@]}"; do
		r=$(run_cmd "$c")
		echo "$r" >>"$work/runs/$c.all"
		log "run $i/$N $c: $r"
	done
done

# Findings of the last runs, to show the tools did work.
ccfind=$(grep -cE '^[^ ]+\.go:[0-9]+:[0-9]+: .* \([a-z]+\)$' "$work/runs/cookiecheck.out" || true)
gsfind=$(grep -o '"rule_id": *"G124"' "$work/runs/gosec.out" | wc -l || true)
vetfind=$(grep -cE '^[^#].*:[0-9]+:[0-9]+: ' "$work/runs/cookiecheck-vet.out" || true)

maxload=$(cat "$work"/runs/*.all | awk '$5 > m {m = $5} END {print m + 0}')

# median FILE COLUMN-EXPR: the median of an awk expression over the runs.
median() {
	awk "{print $2}" "$1" | sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'
}

echo
echo "=== cookiecheck performance comparison ==="
echo "date:        $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "go:          $(go version)"
echo "nproc:       $(nproc) (GOMAXPROCS unset: $(nproc))"
echo "load avg:    $(cut -d' ' -f1-3 /proc/loadavg) now; up to $maxload at the end of a timed run"
echo "cookiecheck: $(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo '?')$(cd "$root" && git status --porcelain -- analyzer cmd 2>/dev/null | grep -q . && echo ' + uncommitted changes')"
echo "gosec:       $GOSEC_VERSION, rule G124 (insecure http.Cookie: Secure, HttpOnly, SameSite)"
echo "runs:        N=$N per command (medians below), after one untimed warm-up run; rounds interleave the commands"
echo
echo "vet workload: testdata/benchwork: ./... is one package of $(grep -c '^	_ "' imports.go) blank imports and"
echo "  ./handlers (cookie code on net/http, gin, echo, fiber, gorilla/sessions);"
echo "  go list -deps ./... = $pkgcount packages ($stdcount std)."
echo "  go vet type-checks every dependency from source in the tool (\"VetxOnly\" mode, for facts"
echo "  and export data) and analyses only ./...; cookiecheck uses no facts, so on dependencies"
echo "  it does the same work as noopvet. Each timed vet run used a FRESH COPY of the tool binary"
echo "  with unique bytes appended (new tool ID), so go vet had no cached results."
echo
echo "standalone set (cookiecheck vs gosec): $setpkgs packages, $setlines lines of non-test Go:"
echo "  $setlist."
echo "  Decision: both tools analyse exactly these packages and no dependency: the same list"
echo "  (import paths for cookiecheck, their directories for gosec), non-test files only"
echo "  (cookiecheck's default, gosec's default), each module as the main module with its own"
echo "  go.sum; dependencies are loaded from export data, not analysed. Analysing all $pkgcount"
echo "  packages would take gosec (one go list per package) far too long and mostly measure"
echo "  loading std, k8s and x/tools, which set no cookies; the blank-import package alone would"
echo "  compare two loaders on an empty package."
echo
printf '%-36s %9s %9s %12s\n' command "wall s" "cpu s" "peak RSS MiB"
declare -A W C M
for c in "${cmds[@]}"; do
	W[$c]=$(median "$work/runs/$c.all" '$1')
	C[$c]=$(median "$work/runs/$c.all" '$2+$3')
	M[$c]=$(median "$work/runs/$c.all" '$4/1024')
	printf '%-36s %9.2f %9.2f %12.0f\n' "${label[$c]}" "${W[$c]}" "${C[$c]}" "${M[$c]}"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a/b; else print "n/a"}'; }
echo
echo "ratios (medians)                       wall      cpu      RSS"
printf '%-36s %8s %8s %8s\n' "cookiecheck-vet / noop-vet" "$(ratio "${W[cookiecheck-vet]}" "${W[noop-vet]}")" \
	"$(ratio "${C[cookiecheck-vet]}" "${C[noop-vet]}")" "$(ratio "${M[cookiecheck-vet]}" "${M[noop-vet]}")"
printf '%-36s %8s %8s %8s\n' "cookiecheck standalone / gosec" "$(ratio "${W[cookiecheck]}" "${W[gosec]}")" \
	"$(ratio "${C[cookiecheck]}" "${C[gosec]}")" "$(ratio "${M[cookiecheck]}" "${M[gosec]}")"
echo
if awk -v l="$maxload" -v n="$(nproc)" 'BEGIN {exit !(l > n + 0.5)}'; then
	echo "WARNING: the machine was busy (load up to $maxload on $(nproc) cores): other processes"
	echo "  took CPU, so wall times (and their ratios) are unreliable; compare the CPU times."
fi
echo "findings in the last run: cookiecheck standalone $ccfind, gosec G124 $gsfind, cookiecheck via vet $vetfind"
echo "peak RSS is /usr/bin/time's %M: the largest single process (go command or one tool process),"
echo "not the sum of concurrent processes. cpu = user + sys of the whole process tree."
echo "all runs (wall user sys maxrss_kB load1): $work/runs/*.all; total time $(($(date +%s) - start)) s"
