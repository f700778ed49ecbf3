# Screen cases: looking — layout at every size, wide and hostile text,
# plain terminals, help, the report view, Mongolian, the seed plan. Sourced
# by run.sh; each case_NAME runs under set -e in a subshell, and any failing
# command fails the case. Helpers (run.sh): fresh, start, keys, text,
# wait_for, wait_gone, settle, golden, has, hasnt, alive, dead, exited_ok.
# The fixture small.yaml opens with the activities panel focused on 1.1,
# quarter 1 (its year is not the current one).

CASES="$CASES open navigate resize tiny wide escapes plain_terminals help report mongolian seed"

case_open() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	golden open-80x24
}

case_navigate() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Indicators and details 1.1"
	keys Down
	wait_for "Indicators and details 1.2"
	keys j
	wait_for "Indicators and details 1.3"
	keys k
	wait_for "Indicators and details 1.2"
	keys End
	wait_for "Indicators and details 1.3"
	keys Home
	wait_for "Indicators and details 1.1"
	keys BTab
	wait_for "[Goals (2)]"
	keys j
	wait_for "Activities 2 (1)"
	wait_for "Indicators and details 2.1"
	golden navigate-goal2
	keys g
	# the goals panel starts with "all goals" (issue 11)
	wait_for "All activities (4)"
	keys j
	wait_for "Activities 1 (3)"
	keys G
	wait_for "Activities 2 (1)"
	keys Tab Tab Tab
	wait_for "[Quarterly status 2.1]"
	keys Down
	wait_for "Q2 progress"
	keys PageDown
	wait_for "Q4 progress"
	keys Tab
	wait_for "[Goals (2)]"
}

case_resize() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	T resize-window -t "$pane" -x 40 -y 12
	wait_for "[Activities 1 (3)]"
	golden small-40x12
	keys Tab
	wait_for "Indicators and details"
	keys BTab
	T resize-window -t "$pane" -x 200 -y 60
	wait_for "Quarterly status 1.1"
	golden big-200x60
	T resize-window -t "$pane" -x 80 -y 24
	wait_for "Quarterly status 1.1"
	golden open-80x24
}

case_tiny() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	for size in "1 1" "2 1" "1 2" "3 3" "10 3" "20 5" "79 23" "5 40"; do
		set -- $size
		T resize-window -t "$pane" -x "$1" -y "$2"
		settle
		keys j Tab j
		settle
		alive
	done
	T resize-window -t "$pane" -x 80 -y 24
	wait_for "Quarterly status"
	settle
	screen > "$tmp/before.txt"
	# what incremental drawing left must equal a full repaint
	keys C-l
	settle
	screen > "$tmp/after.txt"
	cmp "$tmp/before.txt" "$tmp/after.txt"
	grep -q "┌ Goals (2) ──" "$tmp/after.txt"
}

case_wide() {
	fresh wide.yaml
	start 80 24 wide.yaml
	wait_for "Wide text"
	golden wide-80x24
	keys Tab
	wait_for "[Indicators and details 1.1]"
	# the indicator's name, baseline, target and actual come first
	# (issue 11): the title is the fifth field
	keys Down Down Down Down Enter
	settle
	text "中文"
	keys Enter
	wait_for "after it中文"
	alive
}

case_escapes() {
	fresh escapes.yaml
	start 80 24 escapes.yaml
	wait_for "with escapes"
	has 'Plan \x1b]0;pwned-title\x07 with escapes'
	has 'Red \x1b[31mRED…'
	has 'Bidi <U+202E>evil<U+202C>'
	has 'C1 \x9b31m here'
	keys Tab
	wait_for "[Indicators and details 1.1]"
	has 'Unit \x07 bell'
	keys Tab
	T resize-window -t "$pane" -x 120 -y 30
	wait_for 'note with \x1b]2;also-pwned\x07'
	T resize-window -t "$pane" -x 80 -y 24
	wait_for '│1 Red \x1b[31mRED…    100.0%││'
	title=$(T display -p -t "$pane" '#{pane_title}')
	case "$title" in *pwned*) echo "    the plan set the terminal title: $title"; exit 1 ;; esac
	# no colour or mode sequence from the plan reached the terminal
	T capture-pane -p -e -t "$pane" > "$tmp/esc.txt"
	if grep -q "$(printf '\033')\[31mRED" "$tmp/esc.txt"; then
		echo "    raw escape from plan text reached the terminal"; exit 1
	fi
	golden escapes-80x24
}

case_plain_terminals() {
	fresh small.yaml
	# a non-UTF-8 locale: ASCII borders, plan text as '?' per column
	EXTRA_ENV="export LANG=C LC_ALL=C" start 80 24 small.yaml
	wait_for "+ Goals (2) ---"
	has "|1 ???????, ??????? ?~  65.0%|"
	has "Train staff on the complai~"
	keys j
	wait_for "Indicators and details 1.2"
	# colours by default...
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	T capture-pane -p -e -t "$pane" > "$tmp/color.txt"
	grep -q "$(printf '\033')\[[0-9;]*3[0-7]m\|38;5;" "$tmp/color.txt"
	# ...and none with NO_COLOR: bold and reverse only
	EXTRA_ENV="export NO_COLOR=1" start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	T capture-pane -p -e -t "$pane" > "$tmp/mono.txt"
	if grep -q "$(printf '\033')\[[0-9;]*3[0-7]m\|38;5;\|4[0-7]m" "$tmp/mono.txt"; then
		echo "    colours despite NO_COLOR"; exit 1
	fi
	grep -q "$(printf '\033')\[[0-9;]*7m" "$tmp/mono.txt"
}

case_help() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys '?'
	# the help shows which page it is on (issue 11)
	wait_for "[Keys 1/"
	golden help-80x24
	keys G
	wait_for ":filter unit"
	has "[Keys 6/6]"
	keys Escape
	wait_gone "[Keys"
	golden open-80x24
}

case_report() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys r
	# the title shows the page (issue 11)
	wait_for "[Report, quarter 1 1/"
	has "Үйлчилгээг цахимжуулах"
	keys G
	settle
	keys g
	settle
	keys Escape
	wait_gone "[Report, quarter 1"
	golden open-80x24
	keys ']' r
	wait_for "[Report, quarter 2"
	keys q
	wait_gone "[Report, quarter 2"
}

case_mongolian() {
	fresh small.yaml
	start 80 24 --lang mn small.yaml
	wait_for "Зорилтууд"
	golden mn-80x24
	EXTRA_ENV="export TOLOV_LANG=mn" start 80 24 small.yaml
	wait_for "Зорилтууд"
	EXTRA_ENV="unset TOLOV_LANG; export LANG=mn_MN.UTF-8 LC_ALL=" start 80 24 small.yaml
	wait_for "Зорилтууд"
	keys '?'
	wait_for "Товчлуурууд"
}

case_seed() {
	seed="$root/tests/data/plans/anti-corruption-2023.yaml"
	[ -f "$seed" ] || { echo "    (no seed plan yet)"; return 0; }
	rm -rf "$tmp/work"; mkdir -p "$tmp/work"
	cp "$seed" "$tmp/work/seed.yaml"
	start 80 24 seed.yaml
	wait_for "АЙМГИЙН"
	wait_for "Indicators and details 1.1"
	keys /
	text "ПРОКУРОР"
	keys Enter
	wait_for "Indicators and details 6.1"
	keys BTab G
	wait_for "[Goals (6)]"
	keys Tab G
	settle
	alive
	T resize-window -t "$pane" -x 200 -y 60
	settle
	alive
}

# The bottom line names the keys of what is open: the line editor while a
# field is edited in place, the scrolling keys over the report and help,
# the panel's keys again once they close (both languages).
CASES="$CASES bottom_keys"
case_bottom_keys() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys Tab Tab Enter
	wait_for "Editing: Enter:keep  Esc:cancel"
	keys Escape
	wait_for "1/7/3/0/-/x rate"
	keys r
	wait_for "[Report, quarter 1"
	has "PgUp/PgDn:scroll"
	hasnt "1/7/3/0/-/x rate"
	keys q
	wait_for "1/7/3/0/-/x rate"
	keys :q Enter
	exited_ok
	start 80 24 --lang mn small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys Tab Tab Enter
	wait_for "Засаж байна: Enter:хадгалах"
	keys Escape
	wait_for "1/7/3/0/-/x"
	keys '?'
	wait_for "PgUp/PgDn:гүйлгэх"
}
