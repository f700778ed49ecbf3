#!/bin/sh
# Run every cmocka suite given on the command line; print each suite's own
# report, then one summary for all of them in cmocka's words. A suite may
# run several groups: every "N test(s) run" line counts, and so does every
# "FAILED N test(s)" line. A suite that exits non-zero without a failure
# count (a crash) counts one failure. Groups a suite skips say so in a
# "[  SKIPPED ] ..." line of their own, which the summary repeats.
# usage: run-unit.sh BUILD_TEST_DIR SUITE...
dir=$1; shift
total=0; failed=0; bad=""; skipped=""
sum() { awk '{ s += $1 } END { print s + 0 }'; }
for t in "$@"; do
	out=$(CMOCKA_MESSAGE_OUTPUT=stdout "$t" 2>&1); rc=$?
	printf '%s\n' "$out"
	n=$(printf '%s\n' "$out" | sed -n 's/^\[==========\] \([0-9][0-9]*\) test(s) run\..*/\1/p' | sum)
	f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9][0-9]*\) test(s).*/\1/p' | sum)
	s=$(printf '%s\n' "$out" | grep '^\[  SKIPPED \] [^0-9]' | sed 's/^\[  SKIPPED \] //')
	[ -n "$s" ] && skipped="$skipped
  $s"
	total=$((total + n))
	if [ "$rc" -ne 0 ] || [ "$f" -ne 0 ]; then
		[ "$f" -eq 0 ] && f=1
		failed=$((failed + f)); bad="$bad $(basename "$t")"
	fi
done
passed=$((total - failed))
echo "[==========] $total test(s) run in $# suites."
echo "[  PASSED  ] $passed test(s)."
[ -n "$skipped" ] && echo "[  SKIPPED ] groups:$skipped"
if [ "$failed" -ne 0 ]; then
	echo "[  FAILED  ] $failed test(s), in:$bad"
	echo "unit: $passed passed, $failed failed"
	exit 1
fi
echo "unit: $passed passed, 0 failed"
