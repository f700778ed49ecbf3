#!/bin/sh
# Bytes tolov sends to the terminal for each Down key in the activities
# panel at 80x24: tolov runs in tmux, pipe-pane records everything it
# writes, and the recording's growth after each key is one sample.
#
# usage: sh tests/screen/bytes-per-key.sh ./tolov PLAN.yaml [KEYS]
# Prints one line per key ("key N: B bytes") and a last line
#   bytes-per-key: median M, min A, max B, over N keys
# Down moves through the first goal's activities; at its last activity the
# selection goes back to the top with Home (not counted) and Down goes on.
# Exit status 0, or 1 when the measurement could not be made.
set -u
[ $# -ge 2 ] || { echo "usage: $0 ./tolov PLAN.yaml [KEYS]" >&2; exit 2; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
plan=$2
n=${3:-30}
command -v tmux >/dev/null 2>&1 || { echo "bytes-per-key: tmux is not installed" >&2; exit 1; }
tmp=$(mktemp -d)
sock=tolov-bytes-$$
T() { tmux -L "$sock" "$@"; }
trap 'T kill-server >/dev/null 2>&1; rm -rf "$tmp"' EXIT HUP INT PIPE TERM
cp "$plan" "$tmp/plan.yaml"
: > "$tmp/out"

T new-session -d -x 80 -y 24 -s b \
	"cd $tmp && LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color TOLOV_LANG=en ESCDELAY=25 exec '$bin' plan.yaml"
T set-option -t b status off >/dev/null

size() { wc -c < "$tmp/out" | tr -d ' '; }
# wait until the recording has not grown for 0.15 s (at most 3 s)
quiet() {
	last=$(size); still=0; i=0
	while [ $i -lt 150 ]; do
		sleep 0.02; i=$((i + 1))
		cur=$(size)
		if [ "$cur" = "$last" ]; then
			still=$((still + 1)); [ $still -ge 8 ] && return 0
		else
			still=0; last=$cur
		fi
	done
}
i=0
while ! T capture-pane -p -t b | grep -q "Indicators and details"; do
	sleep 0.05; i=$((i + 1))
	[ $i -lt 200 ] || { echo "bytes-per-key: tolov did not start" >&2; T capture-pane -p -t b >&2; exit 1; }
done
T pipe-pane -t b -o "cat >> '$tmp/out'"
sleep 0.2
k=0
: > "$tmp/samples"
while [ $k -lt "$n" ]; do
	before=$(T capture-pane -p -t b)
	b0=$(size)
	T send-keys -t b Down
	quiet
	after=$(T capture-pane -p -t b)
	if [ "$before" = "$after" ]; then	# at the last activity: back to the top
		T send-keys -t b Home
		quiet
		continue
	fi
	k=$((k + 1))
	d=$(( $(size) - b0 ))
	echo "key $k: $d bytes"
	echo "$d" >> "$tmp/samples"
done
sort -n "$tmp/samples" > "$tmp/sorted"
cnt=$(wc -l < "$tmp/sorted" | tr -d ' ')
[ "$cnt" -gt 0 ] || { echo "bytes-per-key: no samples" >&2; exit 1; }
med=$(sed -n "$(( (cnt + 1) / 2 ))p" "$tmp/sorted")
min=$(head -n 1 "$tmp/sorted"); max=$(tail -n 1 "$tmp/sorted")
echo "bytes-per-key: median $med, min $min, max $max, over $cnt keys"
