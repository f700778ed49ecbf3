#!/bin/sh
# bench.sh — tolov's timings on a large plan, against a bare libyaml parse.
#
#   sh tests/bench.sh [TOLOV] [TOOLS_DIR]        (make bench)
#
# Generates a plan of BENCH_ACTIVITIES activities in BENCH_GOALS goals
# (default 10000 in 200, about 22 MB) into BENCH_DIR (default bench-out/),
# then measures in one run:
#
#   bare parse     build/tools/bench_parse FILE: read + libyaml events only
#   validate       tolov validate FILE                    target <= 1.3x parse
#   set            tolov set FILE ID status.q2.note=...   target <= 2.0x parse
#                  (a field that exists; the file is restored before every run)
#   set, new key   tolov set FILE ID status.q3.note=...   target <= 2.0x parse
#                  (the first note of a quarter: a key is added)
#   first screen   tolov FILE with TOLOV_EXIT_AFTER_FIRST_DRAW=1 on an 80x24
#                  pseudo-terminal, TERM=xterm-256color   target <= 1.5x parse
#   peak memory    of each tolov command                  target <= 2.5x file size
#   Down key       bytes written to the terminal per Down in the activities
#                  panel, tolov FILE in tmux at 80x24     target median <= 1000
#   edits          the interface on an 80x24 pseudo-terminal (tests/tools/
#                  ptykeys): 20 mixed edits and undos in the activities panel
#                  (schedule a quarter, move, add, undo, redo), the time from
#                  each key to the first byte drawn   target max <= 50 ms
#   structural     the same for structural edits, each with its undo:
#                  add an activity, delete one, move one to another goal
#                  (the model is updated in parts)    target max <= 50 ms
#   import         tolov import of a BENCH_ACTIVITIES-activity plan table,
#                  as tab-separated text and as .xlsx (build/tools/gentable),
#                  against reading the same file's bytes: the ratio is
#                  reported (no target)
#
# Each timing is the median wall time of BENCH_RUNS runs (default 7) after
# one untimed warm-up run; peak memory is the largest over the runs. The
# machine's speed drifts (a shared machine), so each tolov command's runs
# alternate with runs of the bare parse, and its ratio is to the median of
# those (the bare parse's own row gives the first block's). The two
# interface measures print "n/a (interface not built)" when `tolov FILE`
# does not draw a screen and exit by itself within a few seconds.
#
# Environment: BENCH_ACTIVITIES, BENCH_RUNS, BENCH_DIR, BENCH_KEYS (Down
# presses, default 50). Needs tmux for the Down key measure; polls with
# fractional sleep (GNU and BusyBox sleep take it).
#
# Exit status: 0 when every measure ran (targets missed or not), 1 when a
# command failed.

set -u

TOLOV=${1:-./tolov}
TOOLS=${2:-build/tools}
RUNS=${BENCH_RUNS:-7}
N=${BENCH_ACTIVITIES:-10000}
G=${BENCH_GOALS:-200}
DIR=${BENCH_DIR:-bench-out}
KEYS=${BENCH_KEYS:-50}

case $TOLOV in */*) ;; *) TOLOV=./$TOLOV ;; esac

for t in runstat ptykeys; do
	if [ ! -x "$TOOLS/$t" ] || [ "tests/tools/$t.c" -nt "$TOOLS/$t" ]; then
		# `make bench` may predate the tool in its prerequisites; build it here.
		${MAKE:-make} --no-print-directory "$TOOLS/$t" >/dev/null || exit 1
	fi
done
for t in "$TOOLS/genplan" "$TOOLS/bench_parse" "$TOOLS/runstat" "$TOLOV"; do
	if [ ! -x "$t" ]; then
		echo "bench: $t is missing; run make first" >&2
		exit 1
	fi
done

mkdir -p "$DIR" || exit 1
PLAN=$DIR/plan.yaml
PRISTINE=$DIR/plan.orig.yaml
WORK=$DIR/work
mkdir -p "$WORK" || exit 1
failed=0

"$TOOLS/genplan" -n "$N" -g "$G" -o "$PRISTINE" || exit 1
cp "$PRISTINE" "$PLAN" || exit 1
SIZE=$(wc -c < "$PLAN" | tr -d ' ')
SET_ID=$("$TOOLS/genplan" -n "$N" -g "$G" --id-at $(( (N + 1) / 2 ))) || exit 1
SET_ARG='status.q2.note=Хоёрдугаар улиралд хэрэгжилтийг дахин хянаж, тайланг шинэчилсэн'

# median FILE: the middle value of a column of numbers.
median() {
	sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)]; else print 0 }'
}
maxof() {
	sort -n "$1" | tail -n 1
}

# measure NAME PREP -- CMD...: RUNS timed runs of CMD, PREP (a shell
# command, or :) before each; sets MED (seconds) and PEAK (KB), or returns 1.
measure() {
	name=$1 prep=$2
	shift 3
	: > "$WORK/wall" && : > "$WORK/rss" && : > "$WORK/base"
	i=0
	while [ "$i" -le "$RUNS" ]; do
		eval "$prep" || return 1
		if [ "$name" != "bare parse" ]; then	# the bare parse, alternating
			b=$("$TOOLS/runstat" -e LC_ALL=C.UTF-8 -- "$TOOLS/bench_parse" "$PLAN" 2>/dev/null) || return 1
			[ "$i" -eq 0 ] || echo "${b%% *}" >> "$WORK/base"
		fi
		line=$("$TOOLS/runstat" -e LC_ALL=C.UTF-8 -- "$@" 2>"$WORK/stderr") || return 1
		wall=${line%% *}
		rest=${line#* }
		rss=${rest%% *}
		rest=${rest#* }
		status=${rest%% *}
		if [ "$status" != "exit:0" ]; then
			echo "bench: $name: $status" >&2
			cat "$WORK/stderr" >&2
			return 1
		fi
		if [ "$i" -gt 0 ]; then	# run 0 warms the page cache
			echo "$wall" >> "$WORK/wall"
			echo "$rss" >> "$WORK/rss"
		fi
		i=$((i + 1))
	done
	MED=$(median "$WORK/wall")
	PEAK=$(maxof "$WORK/rss")
	PAIRED=$(median "$WORK/base")	# 0 for the bare parse itself
}

# verdict VALUE LIMIT STRICT: PASS when VALUE <= LIMIT (< when STRICT=1).
verdict() {
	awk -v v="$1" -v l="$2" -v s="$3" 'BEGIN { ok = s ? v < l : v <= l; print ok ? "PASS" : "MISS" }'
}
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "inf" }'
}

ROWS=$WORK/rows
: > "$ROWS"
# row LABEL SECONDS TIME_LIMIT PEAK_KB: one line of the table.
row() {
	label=$1 sec=$2 lim=$3 kb=$4
	base=$BASE	# the bare parse run alternately with it, when it was
	if [ -n "${PAIRED:-}" ] && [ "$PAIRED" != 0 ]; then base=$PAIRED; fi
	r=$(ratio "$sec" "$base")
	if [ -n "$lim" ]; then
		tv=$(verdict "$r" "$lim" 0)
		tt="<= ${lim}x $tv"
	else
		tt="-"
	fi
	mr=$(awk -v k="$kb" -v s="$SIZE" 'BEGIN { printf "%.2f", k * 1024 / s }')
	mb=$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')
	if [ -n "$lim" ]; then
		mv="<= 2.5x $(verdict "$mr" 2.5 0)"
	else
		mv="-"
	fi
	printf '%-22s %9.3f %7sx  %-14s %8s MB %6sx  %s\n' "$label" "$sec" "$r" "$tt" "$mb" "$mr" "$mv" >> "$ROWS"
}
na_row() {
	printf '%-22s %9s %8s  %-14s %11s %7s  %s\n' "$1" "n/a" "" "(interface not built)" "" "" "" >> "$ROWS"
}

echo "bench: $PLAN, $N activities, $SIZE bytes ($(stat -f -c %T "$DIR" 2>/dev/null || echo '?') file system), $RUNS runs each"

if measure "bare parse" : -- "$TOOLS/bench_parse" "$PLAN"; then
	BASE=$MED
	row "bare libyaml parse" "$MED" "" "$PEAK"
else
	echo "bench: the bare parse failed" >&2
	exit 1
fi

if measure "validate" : -- "$TOLOV" validate "$PLAN"; then
	row "tolov validate" "$MED" 1.3 "$PEAK"
else
	failed=1
fi

if measure "set" 'cp "$PRISTINE" "$PLAN"' -- "$TOLOV" set "$PLAN" "$SET_ID" "$SET_ARG"; then
	if cmp -s "$PRISTINE" "$PLAN"; then
		echo "bench: set $SET_ID did not change the file" >&2
		failed=1
	fi
	row "tolov set ($SET_ID)" "$MED" 2.0 "$PEAK"
else
	failed=1
fi
cp "$PRISTINE" "$PLAN"

# set that adds a key: genplan rates and notes only the first two quarters
SET_NEW='status.q3.note=Гуравдугаар улиралд эхэлсэн'
if measure "set, new key" 'cp "$PRISTINE" "$PLAN"' -- "$TOLOV" set "$PLAN" "$SET_ID" "$SET_NEW"; then
	if cmp -s "$PRISTINE" "$PLAN"; then
		echo "bench: set $SET_ID $SET_NEW did not change the file" >&2
		failed=1
	fi
	row "tolov set, new key" "$MED" 2.0 "$PEAK"
else
	failed=1
fi
cp "$PRISTINE" "$PLAN"

# ---- the terminal interface ----

# Does `tolov FILE` draw a screen and exit by itself? It must finish within a
# few seconds and write escape sequences to the terminal.
TERM_ENV="-e TERM=xterm-256color -e LC_ALL=C.UTF-8 -e TOLOV_LANG=en -e LINES=24 -e COLUMNS=80 -e TOLOV_EXIT_AFTER_FIRST_DRAW=1"
ui=0
# shellcheck disable=SC2086
probe=$("$TOOLS/runstat" -t 15 -p 80x24 -o "$WORK/first.out" $TERM_ENV -- "$TOLOV" "$PLAN" 2>/dev/null)
case $probe in
*" exit:0 "*)
	esc=$(printf '\033')
	if grep -q "$esc" "$WORK/first.out" 2>/dev/null; then
		ui=1
	fi
	;;
esac

if [ "$ui" = 1 ]; then
	: > "$WORK/wall" && : > "$WORK/rss" && : > "$WORK/base"
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		b=$("$TOOLS/runstat" -e LC_ALL=C.UTF-8 -- "$TOOLS/bench_parse" "$PLAN" 2>/dev/null) &&
			echo "${b%% *}" >> "$WORK/base"
		# shellcheck disable=SC2086
		line=$("$TOOLS/runstat" -t 30 -p 80x24 $TERM_ENV -- "$TOLOV" "$PLAN" 2>/dev/null)
		set -- $line
		if [ "${3:-}" != "exit:0" ]; then
			echo "bench: first screen: ${3:-no result}" >&2
			failed=1
			break
		fi
		echo "$1" >> "$WORK/wall"
		echo "$2" >> "$WORK/rss"
		i=$((i + 1))
	done
	PAIRED=$(median "$WORK/base")
	if [ "$i" = "$RUNS" ]; then
		row "first full screen" "$(median "$WORK/wall")" 1.5 "$(maxof "$WORK/rss")"
	fi
else
	na_row "first full screen"
fi

# Bytes per Down key, read from tmux's copy of what tolov writes.
keys_result="n/a (interface not built)"
if [ "$ui" = 1 ] && command -v tmux >/dev/null 2>&1; then
	sock=tolov-bench-$$
	LOG=$WORK/keys.log
	: > "$LOG"
	T="tmux -L $sock -f /dev/null"
	$T new-session -d -x 80 -y 24 -s bench \
		"sleep 0.5; exec env TERM=xterm-256color LC_ALL=C.UTF-8 TOLOV_LANG=en '$TOLOV' '$PLAN'" &&
	$T pipe-pane -o -t bench "cat >> '$LOG'"
	size() { wc -c < "$LOG" | tr -d ' '; }
	# settle: wait until LOG stops growing (0.1 s unchanged, at most 3 s).
	settle() {
		last=$(size) same=0 n=0
		while [ "$same" -lt 5 ] && [ "$n" -lt 150 ]; do
			sleep 0.02
			cur=$(size)
			if [ "$cur" = "$last" ]; then same=$((same + 1)); else same=0; last=$cur; fi
			n=$((n + 1))
		done
	}
	# The first screen: the pane shows text and the log has settled.
	n=0
	while [ "$n" -lt 300 ]; do
		if ! $T has-session -t bench 2>/dev/null; then break; fi
		if [ -n "$($T capture-pane -p -t bench 2>/dev/null | tr -d ' \n')" ] && [ "$(size)" -gt 0 ]; then
			break
		fi
		sleep 0.1
		n=$((n + 1))
	done
	if $T has-session -t bench 2>/dev/null && [ "$(size)" -gt 0 ]; then
		settle
		# Focus the activities panel: its title is bracketed when focused
		# ("[Activities ...]", in English as TOLOV_LANG=en asks).
		tabs=0
		while [ "$tabs" -lt 4 ] &&
		      ! $T capture-pane -p -t bench 2>/dev/null | grep -q '\[Activities'; do
			$T send-keys -t bench Tab
			settle
			tabs=$((tabs + 1))
		done
		if ! $T capture-pane -p -t bench 2>/dev/null | grep -q '\[Activities'; then
			echo "bench: could not see the activities panel focused; measuring anyway" >&2
		fi
		: > "$WORK/keys"
		k=0
		while [ "$k" -lt "$KEYS" ] && $T has-session -t bench 2>/dev/null; do
			before=$(size)
			$T send-keys -t bench Down
			w=0
			while [ "$(size)" = "$before" ] && [ "$w" -lt 100 ]; do
				sleep 0.02
				w=$((w + 1))
			done
			settle
			echo $(( $(size) - before )) >> "$WORK/keys"
			k=$((k + 1))
		done
		$T capture-pane -p -t bench > "$WORK/keys-screen.txt" 2>/dev/null
		if [ "$k" = "$KEYS" ]; then
			med=$(median "$WORK/keys")
			mx=$(maxof "$WORK/keys")
			keys_result="median $med B, max $mx B over $KEYS keys  (<= 1000 $(verdict "$med" 1000 0))"
		else
			keys_result="failed: tolov ended after $k keys"
			failed=1
		fi
	else
		keys_result="failed: no first screen in tmux"
		failed=1
	fi
	$T kill-server 2>/dev/null
fi

# ---- edits and undos in the interface ----
# The answer to each key: from writing it to the first byte drawn.
EDIT_KEYS='!Tab s u J u K u a u ^R u s s u u J K u u ^R u'
edits_result="n/a (interface not built)"
if [ "$ui" = 1 ] && [ -x "$TOOLS/ptykeys" ]; then
	cp "$PRISTINE" "$PLAN"
	if "$TOOLS/ptykeys" -p 80x24 -e TERM=xterm-256color -e LC_ALL=C.UTF-8 -e TOLOV_LANG=en \
		-k "$EDIT_KEYS" -- "$TOLOV" "$PLAN" > "$WORK/edits" 2>"$WORK/edits.err"; then
		line=$(tail -n 1 "$WORK/edits")
		set -- $line
		edits_result="max $2 ms, median $4 ms over $6 keys  (<= 50 $(verdict "$2" 50 0))"
	else
		edits_result="failed: $(cat "$WORK/edits.err")"
		failed=1
	fi
	cp "$PRISTINE" "$PLAN"
	rm -f "$DIR/.plan.yaml.lock"
fi

# ---- structural edits and their undo, each on its own ----
# Add an activity (a), delete it (d, answered y), move the selected
# activity to another goal (m, the goal's id, Enter), each followed by its
# undo (u): the time from the key that makes the change to the first byte
# drawn. The model is updated in parts for each (session.h).
MOVE_GOAL=$(( G * 3 / 4 ))
STRUCT_KEYS="!Tab a u !d y u !m $(echo "$MOVE_GOAL" | sed 's/./!& /g') Enter u"
struct_result="n/a (interface not built)"
if [ "$ui" = 1 ] && [ -x "$TOOLS/ptykeys" ]; then
	cp "$PRISTINE" "$PLAN"
	if "$TOOLS/ptykeys" -p 80x24 -e TERM=xterm-256color -e LC_ALL=C.UTF-8 -e TOLOV_LANG=en \
		-k "$STRUCT_KEYS" -- "$TOLOV" "$PLAN" > "$WORK/struct" 2>"$WORK/struct.err"; then
		struct_result=$(awk -v g="$MOVE_GOAL" '
			NF == 3 { ms[++n] = $2; if ($2 > mx) mx = $2 }
			END {
				if (n < 6) { print "failed: " n " answers"; exit }
				printf "add %.1f, undo %.1f; delete %.1f, undo %.1f; move to goal %s %.1f, undo %.1f ms  (max %.1f, <= 50 %s)",
					ms[1], ms[2], ms[3], ms[4], g, ms[5], ms[6], mx, mx <= 50 ? "PASS" : "MISS"
			}' "$WORK/struct")
	else
		struct_result="failed: $(cat "$WORK/struct.err")"
		failed=1
	fi
	cp "$PRISTINE" "$PLAN"
	rm -f "$DIR/.plan.yaml.lock"
fi

# ---- import of a large plan table (text and .xlsx) ----
IMPORT_ROWS=$WORK/import-rows
: > "$IMPORT_ROWS"
if [ ! -x "$TOOLS/gentable" ]; then
	${MAKE:-make} --no-print-directory "$TOOLS/gentable" >/dev/null || failed=1
fi
if [ -x "$TOOLS/gentable" ]; then
	for kind in tsv xlsx; do
		TABLE=$DIR/table.$kind
		if [ "$kind" = tsv ]; then opt=-o; else opt=-x; fi
		"$TOOLS/gentable" -n "$N" "$opt" "$TABLE" || { failed=1; continue; }
		tsize=$(wc -c < "$TABLE" | tr -d ' ')
		if measure "read $kind" : -- "$TOOLS/gentable" --read "$TABLE"; then
			READ=$MED
		else
			failed=1
			continue
		fi
		if measure "import $kind" : -- "$TOLOV" import "$TABLE" -o "$WORK/imported.yaml"; then
			printf '%-22s %9.3f s  %8sx reading its %s bytes (%.3f s)  peak %.1f MB\n' \
				"tolov import .$kind" "$MED" "$(ratio "$MED" "$READ")" "$tsize" "$READ" \
				"$(awk -v k="$PEAK" 'BEGIN { print k / 1024 }')" >> "$IMPORT_ROWS"
		else
			failed=1
		fi
	done
fi

echo
printf '%-22s %9s %8s  %-14s %11s %7s  %s\n' "measure" "median s" "ratio" "time target" "peak mem" "x file" "memory target"
echo "(each ratio: to the median of bare-parse runs alternating with that command's runs)"
cat "$ROWS"
printf '%-22s %s\n' "bytes per Down key" "$keys_result"
printf '%-22s %s\n' "edits and undos" "$edits_result"
printf '%-22s %s\n' "structural edits" "$struct_result"
if [ -s "$IMPORT_ROWS" ]; then
	echo
	echo "import of a $N-activity plan table, against reading the same file's bytes:"
	cat "$IMPORT_ROWS"
fi

# Merges (issue "git-native plans"): 200 random pairs of concurrent edits
# on two branches of the seed plan, merged by git with tolov's merge driver
# and, for the figure it is measured against, by git's default line merge.
echo
if command -v git >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1 &&
	[ -x "$TOOLS/planedit" ]; then
	python3 "$(dirname "$0")/git/merge_pairs.py" "$TOLOV" || failed=1
else
	echo "merge pairs: skipped (needs git, python3 and $TOOLS/planedit)"
fi
exit $failed
