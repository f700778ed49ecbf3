#!/bin/sh
# Ecosystem checks: the first run, install/uninstall, manual pages, shell
# completion and the JSON Schema. Each check is tests/eco/check-NAME.sh,
# run from the repository root with the build folder as $1; it prints what
# it found wrong and exits non-zero, or exits 77 when a tool it needs is
# missing (reported as skipped).
# usage: tests/eco/run.sh BUILD
build=${1:-build}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
pass=0; fail=0; skip=0
for t in tests/eco/check-*.sh; do
	name=$(basename "$t" .sh); name=${name#check-}
	out=$(sh "$t" "$build" 2>&1); rc=$?
	if [ "$rc" -eq 0 ]; then pass=$((pass + 1))
	elif [ "$rc" -eq 77 ]; then skip=$((skip + 1)); echo "eco: skipped $name: $out"
	else fail=$((fail + 1)); echo "eco: FAIL $name"; printf '%s\n' "$out" | sed 's/^/    /' | head -n 60
	fi
done
echo "eco: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
