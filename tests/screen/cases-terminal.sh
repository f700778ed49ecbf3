# Screen cases: a terminal that misbehaves — resizes down to 1x1 in the
# middle of editing, prompts and saves; bytes that are not UTF-8 and
# escape sequences typed where text is expected; a terminal that closes
# while tolov draws. None may crash tolov, change the plan in a way the
# user did not ask for, or leave it running. Sourced by run.sh.

CASES="$CASES resize_storm hostile_input terminal_closed"

# expect_edit ID PATH=VALUE...: the plan must equal the fixture with
# exactly these edits (made by the command line).
expect_edit() {
	cp "$data/small.yaml" "$tmp/want.yaml"
	"$bin" set "$tmp/want.yaml" "$@" >/dev/null
	cmp "$tmp/want.yaml" "$tmp/work/small.yaml" || {
		echo "    the plan is not what was typed:"
		diff "$tmp/want.yaml" "$tmp/work/small.yaml" | sed 's/^/    /'
		exit 1
	}
}

sizes="1 1|3 2|80 24|17 5|1 40|200 60|40 12|2 2|79 23|5 1"

resize_all() {
	echo "$sizes" | tr '|' '\n' | while read -r w h; do
		T resize-window -t "$pane" -x "$w" -y "$h"
		sleep 0.05
		[ -z "${1:-}" ] || text "$1"
	done
	T resize-window -t "$pane" -x 80 -y 24
}

case_resize_storm() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	# while editing a note: every size, a letter typed at each
	keys Tab Tab Enter C-u
	settle
	resize_all x
	wait_for "Quarterly status"
	keys Enter
	wait_for "xxxxxxxxxx"
	alive
	# while typing a command, and while it saves
	keys :
	resize_all
	text "w"
	keys Enter
	resize_all
	wait_for "Saved"
	expect_edit 1.1 "status.q1.note=xxxxxxxxxx"
	# during the changed-on-disk question and the save-as prompt
	keys 7
	wait_for "[+]"
	printf '# outside\n' >> "$tmp/work/small.yaml"
	keys C-s
	wait_for "The file changed on disk"
	resize_all
	wait_for "The file changed on disk"
	keys s
	resize_all
	text "copy.yaml"
	keys Enter
	wait_for "Saved a copy"
	# during the search prompt and the help
	keys /
	resize_all
	keys Escape '?'
	resize_all
	keys Escape
	settle
	alive
	"$bin" validate "$tmp/work/copy.yaml"
}

case_hostile_input() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys Tab Tab
	wait_for "[Quarterly status 1.1]"
	# escape sequences tolov does not know, in the status panel: none
	# may act as keys ("[200~" would be: previous quarter, rate 0)
	text "$(printf '\033[200~')"
	text "$(printf '\033[1;5P\033[99;99;99~')"
	text "$(printf '\033]0;title\007')"
	settle
	hasnt "[+]"
	alive
	# in the line editor: invalid UTF-8 and sequences typed among text
	keys Enter C-u
	settle
	text "ab"
	T send-keys -t "$pane" -H ff fe c0 af ed a0 80 f8 88 80 80 80 80
	text "cd"
	text "$(printf '\033[200~')"
	text "ef"
	text "$(printf '\033]2;x\033\\')"
	text "$(printf '\033[1;5P')"
	text "gh"
	T send-keys -t "$pane" -H ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff
	keys Enter
	wait_for "abcdefgh"
	alive
	keys C-s
	wait_for "Saved"
	expect_edit 1.1 "status.q1.note=abcdefgh"
	"$bin" validate "$tmp/work/small.yaml"
	# at the search and command prompts
	keys /
	T send-keys -t "$pane" -H ff c0
	text "$(printf '\033[200~')"
	text "ХЭЛТЭС"
	keys Enter
	wait_for "Match"
	keys :
	text "$(printf '\033[201~')"
	text "quarter 2"
	keys Enter
	wait_for "Q2 progress"
	alive
	expect_edit 1.1 "status.q1.note=abcdefgh"
}

# The terminal goes away while tolov is busy drawing: it must write the
# unsaved work and end within seconds, not hang or spin.
case_terminal_closed() {
	rm -rf "$tmp/work"; mkdir -p "$tmp/work"
	gen=$(dirname "$bin")/tools/genplan
	if [ -x "$gen" ]; then
		"$gen" -n 3000 -o "$tmp/work/big.yaml"
	else
		cp "$root/tests/data/plans/anti-corruption-2023.yaml" "$tmp/work/big.yaml"
	fi
	cp "$tmp/work/big.yaml" "$tmp/big.orig"
	closed_while_drawing
	# again with no hang-up signal at all (tolov in a session of its
	# own): the terminal's end of input alone must end it
	rm -f "$tmp/work/big.yaml.save" "$tmp/pid"
	{
		echo '#!/bin/sh'
		echo "exec setsid -w sh -c 'echo \$\$ > \"$tmp/pid\"; exec \"\$0\" \"\$@\"' \"$tui\" \"\$@\""
	} > "$tmp/nohup.sh"
	chmod +x "$tmp/nohup.sh"
	if command -v setsid >/dev/null 2>&1; then
		tui="$tmp/nohup.sh" closed_while_drawing
	fi
}

closed_while_drawing() {
	start 200 60 big.yaml
	wait_for "Goals"
	pid=$(T display -p -t "$pane" '#{pane_pid}')
	[ ! -s "$tmp/pid" ] || pid=$(cat "$tmp/pid")
	# y answers "rate it anyway?" when the generated 1.1 is not scheduled
	# in Q1 (and does nothing when it is)
	keys Tab Tab 7 y
	wait_for "[+]"
	# keep it drawing: resizes and page keys, then close the terminal
	i=0
	while [ $i -lt 30 ]; do
		T resize-window -t "$pane" -x $((100 + i * 3)) -y $((30 + i))
		keys PageDown PageDown Tab PageDown
		i=$((i + 1))
	done
	T kill-pane -t "$pane"
	i=0
	while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do
		sleep 0.05; i=$((i + 1))
	done
	if kill -0 "$pid" 2>/dev/null; then
		echo "    tolov still runs 5 s after its terminal closed:"
		ps -o pid,stat,pcpu,wchan:20,cmd -p "$pid" | sed 's/^/    /'
		kill -9 "$pid"
		exit 1
	fi
	test -f "$tmp/work/big.yaml.save" || { echo "    no recovery file"; exit 1; }
	[ "$(stat -c %a "$tmp/work/big.yaml.save")" = 600 ]
	grep -q "rating: 70" "$tmp/work/big.yaml.save"
	cmp "$tmp/big.orig" "$tmp/work/big.yaml"
	"$bin" validate "$tmp/work/big.yaml.save"
}
