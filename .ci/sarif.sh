#!/usr/bin/env bash
# Writes the SARIF log of testdata/demo with `cookiecheck -sarif` and validates it with
# Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool), including its GitHub code
# scanning rules. The validator is installed once into $COOKIECHECK_CACHE (default
# ~/.cache/cookiecheck) and runs offline after that. Exits non-zero when cookiecheck fails
# or the validator reports an error or a warning.
set -euo pipefail

SMT_VERSION=5.7.0
root=$(cd "$(dirname "$0")/.." && pwd)
cache=${COOKIECHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cookiecheck}
smt_dir="$cache/sarif-multitool-$SMT_VERSION"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The npm package picks a native binary per platform; call it directly (its bin.js goes
# through a shell, which splits the validator's "A;B" arguments).
smt_path() { node -p "require('$smt_dir/node_modules/@microsoft/sarif-multitool')" 2>/dev/null; }
smt=$(smt_path || true)
if [[ -z $smt || ! -x $smt ]]; then
	echo "sarif: installing @microsoft/sarif-multitool@$SMT_VERSION into $smt_dir" >&2
	mkdir -p "$smt_dir"
	npm install --prefix "$smt_dir" --no-audit --no-fund --loglevel=error "@microsoft/sarif-multitool@$SMT_VERSION" >&2
	smt=$(smt_path)
	chmod u+x "$smt" # what the package's postinstall script does
fi

# The log of the demo, with paths relative to the repository root as GitHub expects.
(cd "$root" && go build -o "$tmp/cookiecheck" ./cmd/cookiecheck)
status=0
(cd "$root" && "$tmp/cookiecheck" -sarif ./testdata/demo) >"$tmp/demo.sarif" || status=$?
[[ $status -eq 3 ]] || { echo "FAIL: cookiecheck -sarif: exit status $status, want 3 (findings)" >&2; exit 1; }

# Rule SARIF2006 (UrisShouldBeReachable) fetches every URI of the log over the network:
# disabled, so that validation stays offline.
cat >"$tmp/validate.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
XML
status=0
"$smt" validate -c "$tmp/validate.xml" --rule-kind "Sarif;Gh" --level "Error;Warning;Note" \
	-o "$tmp/validation.sarif" "$tmp/demo.sarif" >"$tmp/validate.txt" 2>&1 || status=$?
echo "--- sarif-multitool validate, exit status $status"
grep -vE ': note SARIF' "$tmp/validate.txt" || true

# Summarize both logs; fail on validator errors and warnings (notes are advice, such as
# "provide a code snippet for context" or "rule ids like CC1001").
node - "$tmp/demo.sarif" "$tmp/validation.sarif" <<'JS'
const fs = require('fs');
const [demo, validation] = process.argv.slice(2).map(f => JSON.parse(fs.readFileSync(f, 'utf8')));
const results = demo.runs[0].results;
const byRule = {};
for (const r of results) byRule[r.ruleId] = (byRule[r.ruleId] || 0) + 1;
console.log(`cookiecheck: ${results.length} results`, byRule,
  `${results.filter(r => r.fixes).length} with fixes, ${demo.runs[0].tool.driver.rules.length} rules`);
const levels = { error: 0, warning: 0, note: 0 };
for (const r of validation.runs[0].results) {
  const level = r.level || 'warning';
  levels[level] = (levels[level] || 0) + 1;
  if (level !== 'note') console.log(`${level} ${r.ruleId}: ${JSON.stringify(r.message)}`);
}
const notes = {};
for (const r of validation.runs[0].results) if (r.level === 'note') notes[r.ruleId] = (notes[r.ruleId] || 0) + 1;
console.log('validator:', levels, 'notes by rule:', notes);
if (validation.runs[0].invocations?.some(i => !i.executionSuccessful)) { console.log('validator run failed'); process.exit(1); }
if (results.length === 0 || levels.error > 0 || levels.warning > 0) process.exit(1);
JS
[[ $status -eq 0 ]] || { echo "FAIL: sarif-multitool validate: exit status $status" >&2; exit 1; }
echo "SARIF checks passed"
