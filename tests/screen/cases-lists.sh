# Screen cases: keys in the two screens before the interface (issue 11,
# "Keyboard and terminal") — the plan chooser (`tolov FOLDER`) and the
# merge-conflict picker read their keys as the interface does (input.c):
# arrows as ESC [ B or ESC O B, Esc and a key after it two keys, an
# unknown sequence (a paste marker, a terminal report) dropped whole
# instead of read as Esc; a resize redraws at the new size, also after a
# plan was opened from the list; a hang-up leaves as before (the chooser
# keeps the kept-open plans' work, the picker leaves the file as it was).
# Sourced by run.sh (helpers there; raw from cases-keys.sh).

CASES="$CASES chooser_keys_en chooser_keys_mn chooser_says_en chooser_says_mn chooser_resize chooser_hangup conflict_keys_en conflict_keys_mn conflict_hangup"

# two_plans: dir/nested.yaml (listed first) and dir/small.yaml
two_plans() {
	rm -rf "$tmp/work" 2>/dev/null || { sleep 0.5; rm -rf "$tmp/work"; }
	mkdir -p "$tmp/work/dir"
	cp "$data/small.yaml" "$data/nested.yaml" "$tmp/work/dir/"
}

# last_line: the screen's last row (the key line)
last_line() { screen | tail -n 1; }

# chooser_keys LANG TITLE UNSAVED Q: in the list, Down as CSI and as SS3
# selects the next plan (Enter opens it); a bracketed-paste marker and a
# cursor report are dropped whole (the list stays, [ is not the previous
# quarter); Esc and q in one read are Esc (asks about the unsaved plan)
# then q (quits).
chooser_keys() {
	two_plans
	EXTRA_ENV="export TOLOV_LANG=$1" start 80 24 dir
	wait_for "$2"
	has "${4}1  dir/"
	settle
	raw '\033[B'
	keys Enter
	wait_for "(3)"
	keys q
	wait_for "$2"
	# back at the first plan, then SS3 Down
	keys g
	raw '\033OB'
	keys Enter
	wait_for "(3)"
	keys q
	wait_for "$2"
	# CSI Up: the first plan; then Down again
	raw '\033[A'
	keys Enter
	wait_for "Top goal"
	keys q
	wait_for "$2"
	raw '\033[B'
	# sequences that are not keys: dropped whole, nothing else happens
	raw '\033[200~\033[12;40R\033[201~'
	settle
	alive
	has "${4}1  dir/"
	hasnt "${4}2  dir/"
	# a change kept open (L): Esc then q asks, then quits
	keys Enter
	wait_for "(3)"
	keys Tab Tab 7
	wait_for "[+]"
	keys L
	wait_for "$2"
	raw '\033'
	wait_for "$3"
	alive
	keys Enter
	wait_for "[+]"
	keys L
	wait_for "$2"
	raw '\033q'
	wait_dead
	exited_ok
	cmp -s "$data/small.yaml" "$tmp/work/dir/small.yaml"
}
case_chooser_keys_en() { chooser_keys en "2 plans" "Unsaved changes in 1 plan" Q; }
case_chooser_keys_mn() { chooser_keys mn "2 төлөвлөгөө" "Хадгалаагүй өөрчлөлттэй 1" У; }

# The list redraws at the terminal's new size: before and after a plan was
# opened from it (its key line on the last row, rows as wide as the
# screen).
# The list opens a plan at the list's quarter (not today's); a plan that
# does not load shows a short mark and Enter says why in full; a path is
# shortened only when the row has no room; the top line says how many
# plans, the quarter and the folder.
chooser_says() {
	lang=$1 plans=$2 q=$3 bad=$4
	two_plans
	printf 'tolov: 1\ntitle: Bad\nyear: abc\ngoals: []\n' > "$tmp/work/dir/zz-bad.yaml"
	EXTRA_ENV="export TOLOV_TODAY=2023-08-10 TOLOV_LANG=$lang" start 80 24 dir
	wait_for "$plans  ${q}3  dir/"
	has "$bad"
	screen | grep -F "$bad" | grep -F "zz-bad.yaml" | grep -qE '^ +! ' ||
		{ screen | sed 's/^/    | /'; false; }
	keys G Enter
	wait_for "zz-bad.yaml:3:7: error:"
	alive
	# Q2 in the list: the plan opens at Q2
	keys '[' g j
	wait_for "$plans  ${q}2  dir/"
	keys Enter
	wait_for "(3)"
	has "${q}2 "
	has "${q}2 -"
	hasnt "${q}3 -"
	keys q
	wait_for "$plans  ${q}2"
	keys q
	wait_dead
	# two folders: each path whole when the row has room for it
	mkdir -p "$tmp/work/examples"
	cp "$data/nested.yaml" "$tmp/work/examples/example-en.yaml"
	EXTRA_ENV="export TOLOV_LANG=$lang" start 80 24 dir/nested.yaml examples/example-en.yaml
	wait_for "examples/example-en.yaml"
	has "dir/nested.yaml"
	keys q
	wait_dead
}
case_chooser_says_en() { chooser_says en "3 plans" Q "cannot be read (Enter: why)"; }
case_chooser_says_mn() { chooser_says mn "3 төлөвлөгөө" У "уншигдсангүй (Enter: шалтгаан)"; }

case_chooser_resize() {
	two_plans
	start 80 24 dir
	wait_for "2 plans  Q"
	T resize-window -t "$pane" -x 100 -y 30
	i=0
	until last_line | grep -q "Enter:open"; do
		[ $i -lt 200 ] || { echo "    not redrawn at 100x30"; screen | sed 's/^/    | /'; exit 1; }
		sleep 0.05; i=$((i + 1))
	done
	keys j Enter
	wait_for "(3)"
	keys q
	wait_for "2 plans  Q"
	T resize-window -t "$pane" -x 70 -y 16
	i=0
	until last_line | grep -q "Enter:open"; do
		[ $i -lt 200 ] || { echo "    not redrawn at 70x16"; screen | sed 's/^/    | /'; exit 1; }
		sleep 0.05; i=$((i + 1))
	done
	settle
	[ "$(screen | wc -l)" = 16 ]
	# the title column follows the width: the long title is cut to 70
	screen > "$tmp/scr"
	never grep -q "$(printf '.%.0s' $(seq 71))" "$tmp/scr"
	has "nested.yaml"
	T resize-window -t "$pane" -x 80 -y 24
	i=0
	until last_line | grep -q "Enter:open"; do
		[ $i -lt 200 ] || { echo "    not redrawn at 80x24"; exit 1; }
		sleep 0.05; i=$((i + 1))
	done
	# Ctrl-C leaves as q does
	keys C-c
	wait_dead
	exited_ok
}

# kid: the tolov that keep.sh runs (the pane's process is keep.sh)
kid() {
	i=0
	while :; do
		p=$(ps -o pid= --ppid "$(T display -p -t "$pane" '#{pane_pid}')" | head -n 1 | tr -d ' ')
		[ -z "$p" ] || break
		[ $i -lt 100 ] || return 1
		sleep 0.05; i=$((i + 1))
	done
	echo "$p"
}

# A hang-up in the list, after a plan was opened and kept open with a
# change: tolov ends 129 and the kept plan's work is in its recovery file.
case_chooser_hangup() {
	two_plans
	keep_pane
	tui="$tmp/keep.sh" start 80 24 dir
	wait_for "2 plans  Q"
	keys j Enter
	wait_for "(3)"
	keys Tab Tab 7
	wait_for "[+]"
	keys L
	wait_for "2 plans  Q"
	settle
	kill -HUP "$(kid)"
	wait_for "tolov ended: 129"
	test -f "$tmp/work/dir/small.yaml.save"
	grep -q "rating: 70" "$tmp/work/dir/small.yaml.save"
	cmp -s "$data/small.yaml" "$tmp/work/dir/small.yaml"
}

# conflict_keys LANG FIRST SECOND: Right and Left as CSI and SS3 go between
# the two conflicts; a paste marker is dropped whole (the picker stays);
# the picker redraws after a resize; then picks save the plan.
conflict_keys() {
	fresh merged.yaml
	cp "$data/merged.yaml" "$tmp/merged.orig"
	EXTRA_ENV="export TOLOV_LANG=$1" start 80 24 merged.yaml
	wait_for "$2"
	settle
	raw '\033[C'
	wait_for "$3"
	raw '\033[D'
	wait_for "$2"
	raw '\033OC'
	wait_for "$3"
	raw '\033OD'
	wait_for "$2"
	raw '\033[200~'
	settle
	alive
	has "$2"
	T resize-window -t "$pane" -x 100 -y 30
	i=0
	until last_line | grep -q "q:"; do
		[ $i -lt 200 ] || { echo "    not redrawn at 100x30"; screen | sed 's/^/    | /'; exit 1; }
		sleep 0.05; i=$((i + 1))
	done
	has "$2"
	cmp -s "$tmp/merged.orig" "$tmp/work/merged.yaml"
	# theirs in the first, ours in the second: saved, the plan opens
	keys t o
	wait_for "Сургалтын төлөвлөгөө 2023"
	keys :q Enter
	wait_dead
	exited_ok
	"$bin" validate "$tmp/work/merged.yaml" >/dev/null
	grep -q 'note: "тэднийх"' "$tmp/work/merged.yaml"
	grep -q 'rating: 30, note: "Гурван' "$tmp/work/merged.yaml"
}
case_conflict_keys_en() {
	conflict_keys en "Merge conflicts in merged.yaml: 1 of 2" "Merge conflicts in merged.yaml: 2 of 2"
}
case_conflict_keys_mn() {
	conflict_keys mn "merged.yaml файлын нийлүүлэлтийн зөрчил: 1 / 2" "merged.yaml файлын нийлүүлэлтийн зөрчил: 2 / 2"
}

# A hang-up in the conflict picker (as Ctrl-C and Esc) leaves the file
# byte for byte as it was, and says so; tolov ends.
case_conflict_hangup() {
	fresh merged.yaml
	keep_pane
	# Ctrl-C and Esc leave it so too
	for k in C-c Escape; do
		tui="$tmp/keep.sh" start 80 24 merged.yaml
		wait_for "1 of 2"
		keys $k
		wait_for "tolov ended: 1"
		has "merged.yaml: merge conflicts left as they were"
		cmp -s "$data/merged.yaml" "$tmp/work/merged.yaml"
	done
	tui="$tmp/keep.sh" start 80 24 merged.yaml
	wait_for "1 of 2"
	keys o
	wait_for "2 of 2"
	settle
	kill -HUP "$(kid)"
	wait_for "tolov ended:"
	has "merged.yaml: merge conflicts left as they were"
	cmp -s "$data/merged.yaml" "$tmp/work/merged.yaml"
}
