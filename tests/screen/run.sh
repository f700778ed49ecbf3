#!/bin/sh
# Screen tests of tolov's terminal interface: the real binary runs in tmux at
# fixed sizes; keys go in with send-keys and what a person would see comes
# back with capture-pane, compared with tests/screen/expected/*.txt or
# checked for the text that must (or must not) be there.
#
# usage: sh tests/screen/run.sh ./tolov
#   TOLOV_UPDATE_SCREEN=1   rewrite the expected screens from this run
#   TOLOV_SCREEN_ONLY=NAME  run only the cases whose name contains NAME
#   TOLOV_SCREEN_TIMEOUT=S  seconds to wait for a screen (default 10)
# Ends with "screen: N passed, M failed"; exits 1 when any failed.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
# TOLOV_SCREEN_BIN: another binary for the interface (the command line
# checks still use $1)
tui=${TOLOV_SCREEN_BIN:-$bin}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=$here/data
expected=$here/expected
timeout=${TOLOV_SCREEN_TIMEOUT:-10}
only=${TOLOV_SCREEN_ONLY:-}
pass=0; fail=0

if ! command -v tmux >/dev/null 2>&1; then
	echo "screen: tmux is not installed (make deps installs it)"
	echo "screen: 0 passed, 1 failed"
	exit 1
fi

sock=tolov-test-$$
tmp=$(mktemp -d)
T() { tmux -L "$sock" "$@"; }
cleanup() { T kill-server >/dev/null 2>&1; rm -rf "$tmp"; }
trap cleanup EXIT HUP INT PIPE TERM
pane=tv

# start W H ARGS... : run tolov in a fresh session of W x H.
start() {
	w=$1; h=$2; shift 2
	T kill-session -t "$pane" >/dev/null 2>&1 || true
	printf '%s\n' "$@" > "$tmp/args"
	cat > "$tmp/launch.sh" <<EOF
cd "$tmp/work"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color TOLOV_LANG=en ESCDELAY=25
# a day before every test plan's year: nothing is overdue unless a case sets it
export TOLOV_TODAY=2000-01-01
unset NO_COLOR LC_MESSAGES
${EXTRA_ENV:-}
exec "$tui" "\$@"
EOF
	T new-session -d -x "$w" -y "$h" -s "$pane" \
		"sh $tmp/launch.sh $(sed 's/.*/"&"/' "$tmp/args" | tr '\n' ' ')"
	T set-option -t "$pane" remain-on-exit on >/dev/null
	T set-option -t "$pane" status off >/dev/null
}

screen() { T capture-pane -p -t "$pane"; }
keys() { T send-keys -t "$pane" "$@"; }
text() { T send-keys -t "$pane" -l "$1"; }
# keep_pane: a wrapper around tolov that prints "tolov ended: STATUS" and
# keeps the pane, so what tolov says on leaving stays on the screen; run it
# with tui="$tmp/keep.sh" start ...
keep_pane() {
	{
		echo '#!/bin/sh'
		echo "\"$tui\" \"\$@\""
		echo 'echo "tolov ended: $?"'
		echo 'exec sleep 60'
	} > "$tmp/keep.sh"
	chmod +x "$tmp/keep.sh"
}
dead() { [ "$(T display -p -t "$pane" '#{pane_dead}')" = 1 ]; }

# wait_for TEXT: until the screen shows TEXT (fixed string).
wait_for() {
	i=0; n=$((timeout * 20))
	while [ $i -lt $n ]; do
		screen | grep -qF -- "$1" && return 0
		# tolov may print its last words and end between the capture
		# and this check: read the dead pane once more
		if dead; then screen | grep -qF -- "$1" && return 0; break; fi
		sleep 0.05; i=$((i + 1))
	done
	echo "    timed out waiting for: $1"; screen | sed 's/^/    | /'
	return 1
}

# wait_gone TEXT: until the screen no longer shows TEXT.
wait_gone() {
	i=0; n=$((timeout * 20))
	while [ $i -lt $n ]; do
		screen | grep -qF -- "$1" || return 0
		sleep 0.05; i=$((i + 1))
	done
	echo "    still on screen: $1"; return 1
}

# settle: until the screen has not changed for 0.3 s.
settle() {
	prev=""; same=0; i=0
	while [ $i -lt $((timeout * 10)) ]; do
		cur=$(screen)
		if [ -n "$prev" ] && [ "$cur" = "$prev" ]; then
			same=$((same + 1)); [ $same -ge 3 ] && return 0
		else
			same=0
		fi
		prev=$cur; sleep 0.1; i=$((i + 1))
	done
}

# wait_dead: until tolov has exited.
wait_dead() {
	i=0
	while [ $i -lt $((timeout * 20)) ]; do
		dead && return 0
		sleep 0.05; i=$((i + 1))
	done
	echo "    tolov did not exit"; return 1
}

# golden NAME: compare the screen with expected/NAME.txt.
golden() {
	settle
	screen > "$tmp/got.txt"
	if [ -n "${TOLOV_UPDATE_SCREEN:-}" ]; then
		cp "$tmp/got.txt" "$expected/$1.txt"
	fi
	if ! cmp -s "$tmp/got.txt" "$expected/$1.txt"; then
		echo "    screen differs from expected/$1.txt:"
		diff -u "$expected/$1.txt" "$tmp/got.txt" | head -n 60 | sed 's/^/    /'
		return 1
	fi
}

has() { screen | grep -qF -- "$1" || { echo "    missing on screen: $1"; screen | sed 's/^/    | /'; return 1; }; }
hasnt() { ! screen | grep -qF -- "$1" || { echo "    must not be on screen: $1"; return 1; }; }
exited_ok() {
	i=0
	while [ $i -lt $((timeout * 20)) ]; do
		st=$(T display -p -t "$pane" '#{pane_dead_status}#{?pane_dead_signal, signal #{pane_dead_signal},}')
		[ -n "$st" ] && break
		sleep 0.05; i=$((i + 1))
	done
	if [ -z "$st" ]; then
		# tmux sometimes loses the status of a pane whose process ran
		# LeakSanitizer's exit check (seen under make asan only). The
		# pane is dead; what tolov printed on its way out is still on it:
		# accept a clean screen, refuse any sanitizer report.
		if screen | grep -q -e Sanitizer -e 'runtime error'; then
			echo "    tolov exited with a sanitizer report:"; screen | sed 's/^/    | /'
			return 1
		fi
		echo "    (tmux did not report the exit status; no sanitizer report on the screen)"
		return 0
	fi
	[ "$st" = 0 ] || { echo "    tolov exited with status $st:"; screen | sed 's/^/    | /'; return 1; }
}
alive() { ! dead || { echo "    tolov exited:"; screen | sed 's/^/    | /'; return 1; }; }

fresh() {	# copy a fixture into the work folder
	# a tolov of the last case may still be writing its recovery file
	# there after its hang-up: try again once it is done
	rm -rf "$tmp/work" 2>/dev/null || { sleep 0.5; rm -rf "$tmp/work"; }
	mkdir -p "$tmp/work"
	cp "$data/$1" "$tmp/work/$1"
}

# never CMD...: fails when CMD holds. A case runs under `set -e`, which
# ignores the status of `! CMD`: such a line asserts nothing, so cases
# say `never CMD` (the runner refuses a case file with a `! CMD` line).
never() { if "$@"; then echo "    must not hold: $*"; return 1; fi; }

run_case() {
	name=$1
	case "$name" in *"$only"*) ;; *) return ;; esac
	( set -e; [ -z "${TOLOV_SCREEN_TRACE:-}" ] || set -x; "case_$name" ) > "$tmp/log" 2>&1
	rc=$?
	if [ "$rc" -eq 0 ]; then
		pass=$((pass + 1)); echo "screen: ok   $name"
	else
		fail=$((fail + 1)); echo "screen: FAIL $name"; sed 's/^/  /' "$tmp/log"
	fi
	T kill-session -t "$pane" >/dev/null 2>&1 || true
	return 0
}

# a `! CMD` line in a case asserts nothing under set -e: use never
if grep -n '^[[:space:]]*! ' "$here"/cases-*.sh; then
	echo "screen: FAIL the lines above assert nothing under set -e; write never CMD"
	exit 1
fi

CASES=""
. "$here/cases-view.sh"
. "$here/cases-edit.sh"
. "$here/cases-recover.sh"
. "$here/cases-terminal.sh"
. "$here/cases-reading.sh"
. "$here/cases-keys.sh"
. "$here/cases-change.sh"
. "$here/cases-many.sh"
. "$here/cases-detail.sh"
. "$here/cases-lists.sh"
. "$here/cases-review.sh"
. "$here/cases-long.sh"

for c in $CASES; do run_case "$c"; done
echo "screen: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
