#!/bin/sh
# Time from starting tolov to its first full screen on the terminal:
# TOLOV_EXIT_AFTER_FIRST_DRAW=1 makes tolov return right after the first
# doupdate, and script(1) gives it an 80x24 pseudo-terminal.
#
# usage: sh tests/screen/first-draw.sh ./tolov PLAN.yaml [RUNS]
# Prints "first-draw: median M ms, min A ms, max B ms, over N runs, S bytes"
# (S: bytes of the first screen). Exit status 1 when tolov failed.
set -u
[ $# -ge 2 ] || { echo "usage: $0 ./tolov PLAN.yaml [RUNS]" >&2; exit 2; }
bin=$1; plan=$2; runs=${3:-10}
command -v script >/dev/null 2>&1 || { echo "first-draw: script(1) is missing (util-linux)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
now_ns() { date +%s%N; }
: > "$tmp/times"
r=0
while [ $r -lt "$runs" ]; do
	t0=$(now_ns)
	LINES=24 COLUMNS=80 TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 TOLOV_LANG=en \
	TOLOV_EXIT_AFTER_FIRST_DRAW=1 script -qfec "'$bin' '$plan'" /dev/null > "$tmp/out" 2>&1 </dev/null
	rc=$?
	t1=$(now_ns)
	if [ $rc -ne 0 ] || ! grep -q "Indicators and details" "$tmp/out"; then
		echo "first-draw: tolov failed (exit $rc):" >&2; head -c 2000 "$tmp/out" >&2; exit 1
	fi
	echo $(( (t1 - t0) / 1000 )) >> "$tmp/times"
	r=$((r + 1))
done
sort -n "$tmp/times" > "$tmp/sorted"
cnt=$(wc -l < "$tmp/sorted" | tr -d ' ')
us() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }
med=$(sed -n "$(( (cnt + 1) / 2 ))p" "$tmp/sorted")
echo "first-draw: median $(us "$med") ms, min $(us "$(head -n 1 "$tmp/sorted")") ms," \
	"max $(us "$(tail -n 1 "$tmp/sorted")") ms, over $cnt runs, $(wc -c < "$tmp/out" | tr -d ' ') bytes"
