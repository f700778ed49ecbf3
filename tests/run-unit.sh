#!/bin/sh
# Run every cmocka suite given on the command line; print each suite's own
# report, then one summary for all of them in cmocka's words.
# usage: run-unit.sh BUILD_TEST_DIR SUITE...
dir=$1; shift
total=0; failed=0; bad=""
for t in "$@"; do
	out=$(CMOCKA_MESSAGE_OUTPUT=stdout "$t" 2>&1); rc=$?
	printf '%s\n' "$out"
	n=$(printf '%s\n' "$out" | sed -n 's/^\[==========\] \([0-9][0-9]*\) test(s) run\..*/\1/p' | tail -n 1)
	f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9][0-9]*\) test(s).*/\1/p' | tail -n 1)
	total=$((total + ${n:-0}))
	if [ "$rc" -ne 0 ]; then
		failed=$((failed + ${f:-1})); bad="$bad $(basename "$t")"
	fi
done
passed=$((total - failed))
echo "[==========] $total test(s) run in $# suites."
echo "[  PASSED  ] $passed test(s)."
if [ "$failed" -ne 0 ]; then
	echo "[  FAILED  ] $failed test(s), in:$bad"
	echo "unit: $passed passed, $failed failed"
	exit 1
fi
echo "unit: $passed passed, 0 failed"
