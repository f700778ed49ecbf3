# Screen cases: changing — editing in place and in $EDITOR, the line
# editor, ratings with undo and redo, search, filters, the command line,
# adding/deleting/moving, quitting, refused saves, the lock and recovery
# after a hang-up. Sourced by run.sh (see cases-view.sh for the helpers).

CASES="$CASES edit_note line_editor rating_undo search filter commands structure quit save_refused editor lock_hangup"

case_edit_note() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys Tab Tab
	wait_for "[Quarterly status 1.1]"
	keys Enter
	settle
	keys C-u
	text "Шинэ тайлбар Өө"
	keys Enter
	wait_for "Шинэ тайлбар Өө"
	has "[+]"
	cmp -s "$data/small.yaml" "$tmp/work/small.yaml" || { echo "    written before save"; exit 1; }
	keys :
	text "w"
	keys Enter
	wait_for "Saved"
	hasnt "[+]"
	"$bin" validate "$tmp/work/small.yaml"
	grep -q 'note: "Шинэ тайлбар Өө"' "$tmp/work/small.yaml"
	# Esc cancels an edit
	keys Enter
	settle
	text "discarded"
	keys Escape
	settle
	hasnt "discarded"
}

case_line_editor() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys Tab Tab Enter
	settle
	keys C-u
	text "abc def"
	keys C-w
	text "ӨҮЁ"
	keys Left Left BSpace
	keys Home DC C-e
	text "!"
	keys Enter
	wait_for "bc ҮЁ!"
	keys Enter C-a C-k
	text "x"
	keys C-a
	text "y"
	keys End
	text "z"
	keys Enter
	wait_for "yxz"
	# a note wider than its field wraps over lines while typed (issue 11)
	keys Enter C-u
	text "0123456789abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ"
	settle
	has "0123456789abcdefghijklmnopq"
	has "ABCDEFGH"
	keys Escape
	wait_for "yxz"
	# a line wider than the command line scrolls; the cut side is marked
	keys :
	text "goto 0123456789abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ0123456789abcdefghijklmnopqrstuvwxyz"
	settle
	has "…"
	has "ABCDEFGHIJ0123456789abcdefghijklmnopqrstuvwxyz"
	keys Home
	settle
	has ":goto 0123456789abc"
	keys Escape
}

case_rating_undo() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys Tab Tab
	wait_for "[Quarterly status 1.1]"
	keys 7
	wait_for "Q1 •  70 under way"
	keys 3
	wait_for "Q1 •  30 insufficient"
	keys Down 0
	wait_for "Q2 •   0 not done"
	# not due is "-" (n stays search everywhere: issue 11)
	text "-"
	wait_for "Q2 •   - not due"
	keys x
	wait_for "Q2 •   . not rated"
	keys s
	wait_for "Q2       not scheduled"
	keys u
	wait_for "Undone"
	wait_for "Q2 •   . not rated"
	keys u u u u u
	wait_for "Q1 • 100 done"
	keys u
	wait_for "Nothing to undo"
	hasnt "[+]"
	keys C-r C-r
	wait_for "Q1 •  30 insufficient"
	keys C-r C-r C-r C-r
	wait_for "Q2       not scheduled"
	keys C-r
	wait_for "Nothing to redo"
	has "[+]"
}

case_search() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys /
	text "ёС ЗҮЙН"
	keys Enter
	wait_for "Indicators and details 1.2"
	wait_for "Match 1/1"
	keys /
	text "ХЭЛТЭС"
	keys Enter
	wait_for "Match 3/4"
	wait_for "Indicators and details 1.3"
	keys n
	wait_for "Match 4/4"
	wait_for "Indicators and details 2.1"
	keys n
	wait_for "Match 1/4"
	wait_for "Indicators and details 1.1"
	keys N
	wait_for "Match 4/4"
	keys /
	text "өргөдөл"
	keys Enter
	wait_for "[Goals (2)]"
	wait_for "Match 1/1"
	keys /
	text "nothing like this"
	keys Enter
	wait_for "Not found: nothing like this"
}

case_filter() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys f
	wait_for "filter: Q1 unrated (F)"
	wait_for "(no activity matches the filter)"
	keys f
	wait_for "filter: Q1 below 70 (F)"
	wait_for "Indicators and details 1.3"
	keys f
	wait_for "filter: Q1 not due (F)"
	wait_for "Indicators and details 1.2"
	keys F
	wait_for "Filter cleared."
	wait_for "Activities 1 (3)"
	keys g U
	wait_for "unit=Хууль, эрх зүйн хэлтэс"
	wait_for "Activities 1 1/3 filter"
	keys U S
	wait_for "scheduled in Q1"
	wait_for "Activities 1 2/3 filter"
	keys F
	wait_for "Activities 1 (3)"
	keys :
	text "filter unit Захиргааны хэлтэс"
	keys Enter
	wait_for "Activities 1 2/3 filter"
}

case_commands() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys :
	text "goto 2.1"
	keys Enter
	wait_for "Indicators and details 2.1"
	keys :
	text "set title=Шинэ нэр,  with  spaces "
	keys Enter
	wait_for "Шинэ нэр,  with  spaces"
	keys :
	text "quarter 3"
	keys Enter
	wait_for "Q3 progress"
	keys :
	text "set status.q3.rating=70"
	keys Enter
	wait_for "Q3 •  70 under way"
	keys :
	text "set bogus=1"
	keys Enter
	wait_for "not a field"
	keys :
	text "quarter 9"
	keys Enter
	wait_for "The quarter must be 1 to 4."
	keys :
	text "nonsense"
	keys Enter
	wait_for "Unknown command: nonsense"
	cmp -s "$data/small.yaml" "$tmp/work/small.yaml"
	keys :
	text "wq"
	keys Enter
	wait_dead
	"$bin" validate "$tmp/work/small.yaml"
	grep -q 'title: "Шинэ нэр,  with  spaces "' "$tmp/work/small.yaml"
}

case_structure() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys a
	wait_for "Added 1.4"
	wait_for "Activities 1 (4)"
	keys d
	# the question says what goes with it (issue 11)
	wait_for "Delete activity 1.4? (y/n)"
	keys y
	wait_for "Deleted 1.4."
	wait_for "Activities 1 (3)"
	keys g j J
	wait_for "Moved."
	keys :
	text "w"
	keys Enter
	wait_for "Saved"
	"$bin" validate "$tmp/work/small.yaml"
	a=$(grep -n '"1.2"' "$tmp/work/small.yaml" | cut -d: -f1)
	b=$(grep -n '"1.3"' "$tmp/work/small.yaml" | cut -d: -f1)
	[ "$b" -lt "$a" ]
	keys Tab
	wait_for "[Indicators and details 1.2]"
	keys a
	wait_for "Indicator 2"
	keys u u
	wait_for "Undone"
	keys BTab BTab a
	wait_for "Added 3"
	wait_for "Goals (3)"
}

case_quit() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys Tab Tab 7
	wait_for "[+]"
	keys q
	wait_for "Quit without saving? (y/n)"
	keys n
	settle
	alive
	has "[+]"
	keys q y
	wait_dead
	exited_ok
	cmp -s "$data/small.yaml" "$tmp/work/small.yaml"
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys q
	wait_dead
}

case_save_refused() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys Tab Tab 7
	wait_for "[+]"
	printf '# changed by someone else\n' >> "$tmp/work/small.yaml"
	cp "$tmp/work/small.yaml" "$tmp/other.yaml"
	keys C-s
	wait_for "changed on disk"
	has "[+]"
	cmp -s "$tmp/other.yaml" "$tmp/work/small.yaml"
	keys Escape
	wait_for "your edits are kept"
	keys :
	text "w!"
	keys Enter
	wait_for "Saved"
	hasnt "[+]"
	"$bin" validate "$tmp/work/small.yaml"
}

case_editor() {
	fresh small.yaml
	cat > "$tmp/ed-ok.sh" <<'EOF'
printf 'Note from the editor\n' > "$1"
EOF
	cat > "$tmp/ed-bad.sh" <<'EOF'
printf 'bad \033[31m text\n' > "$1"
EOF
	EXTRA_ENV="export EDITOR='sh $tmp/ed-ok.sh'" start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys Tab Tab E
	wait_for "Note from the editor"
	has "[+]"
	keys q y
	wait_dead
	EXTRA_ENV="export EDITOR='sh $tmp/ed-bad.sh'" start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys Tab Tab E
	wait_for "Refused"
	hasnt "[+]"
}

case_lock_hangup() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys Tab Tab 7
	wait_for "[+]"
	first=$(T display -p -t "$pane" '#{pane_pid}')
	pane=tv2
	start 80 24 small.yaml
	wait_for "Read-only: "
	keys Tab Tab 3
	wait_for "The plan is open read-only."
	keys q
	wait_dead
	pane=tv
	kill -HUP "$first"
	wait_dead
	test -f "$tmp/work/small.yaml.save"
	grep -q "rating: 70" "$tmp/work/small.yaml.save"
	cmp -s "$data/small.yaml" "$tmp/work/small.yaml"
	start 80 24 small.yaml
	wait_for "Unsaved work found"
	has "small.yaml.save"
	hasnt "read-only"
}
