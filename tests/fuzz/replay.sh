#!/bin/sh
# replay.sh — replay every fuzz regression input (tests/fuzz/regress/H/*)
# through harness H built with the ordinary compiler and tests/fuzz/replay.c
# instead of libFuzzer (the Makefile builds BUILD/fuzz-replay/H).
# usage: replay.sh BUILD      last line: "fuzz-replay: N passed, M failed"
build=${1:?usage: replay.sh BUILD}
root=$(cd "$(dirname "$0")/../.." && pwd)
pass=0; fail=0
for dir in "$root"/tests/fuzz/regress/*/; do
	h=$(basename "$dir")
	bin=$build/fuzz-replay/$h
	if [ ! -x "$bin" ]; then
		echo "fuzz-replay: FAIL $h: $bin was not built"
		fail=$((fail + 1))
		continue
	fi
	for f in "$dir"*; do
		[ -f "$f" ] || continue
		if out=$("$bin" "$f" 2>&1); then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "fuzz-replay: FAIL $h $(basename "$f")"
			printf '%s\n' "$out" | head -n 20
		fi
	done
done
echo "fuzz-replay: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
