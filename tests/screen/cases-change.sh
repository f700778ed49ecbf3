# Screen cases: changing (issue 11) — moving an activity to another goal
# (:move and m), :renumber, undo and redo selecting what they changed, a
# save refused after another tolov took the lock over. Sourced by run.sh.

CASES="$CASES move_goal renumber undo_selects redo_selects_en redo_selects_mn lock_lost new_plan new_plan_keys_en new_plan_keys_mn many_plans unsafe_lock"

case_move_goal() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Activities 1 (3)"
	keys j
	wait_for "Indicators and details 1.2"
	keys :
	text "move 2"
	keys Enter
	wait_for "Moved 1.2 to goal 2."
	# the moved activity stays selected, now under goal 2
	wait_for "Activities 2 (2)"
	has "Indicators and details 1.2"
	keys u
	wait_for "Activities 1 (3)"
	has "Indicators and details 1.2"
	# m asks for the goal
	keys m
	wait_for "Move to goal:"
	text "2"
	keys Enter
	wait_for "Moved 1.2 to goal 2."
	keys :
	text "move 9"
	keys Enter
	wait_for "9"
	has "Activities 2 (2)"
	keys C-s
	wait_for "Saved"
	"$bin" validate "$tmp/work/small.yaml"
	grep -A3 'id: "2"' "$tmp/work/small.yaml" | grep -q activities
}

case_renumber() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Activities 1 (3)"
	keys :
	text "renumber"
	keys Enter
	wait_for "Every id is already in order."
	keys j :
	text "move 2"
	keys Enter
	wait_for "Moved 1.2 to goal 2."
	keys :
	text "renumber"
	keys Enter
	wait_for "Renumbered goals and activities in their order"
	wait_for "2.2"
	has "Activities 2 (2)"
	keys u
	wait_for "Undone"
	keys :
	text "goto 1.2"
	keys Enter
	wait_for "Indicators and details 1.2"
	has "Activities 2 (2)"
}

case_undo_selects() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Activities 1 (3)"
	# rate 2.1, go elsewhere, undo: 2.1 is selected again
	keys :
	text "goto 2.1"
	keys Enter
	wait_for "Indicators and details 2.1"
	keys Tab Tab 3
	wait_for "[+]"
	keys :
	text "goto 1.3"
	keys Enter
	wait_for "Indicators and details 1.3"
	keys u
	wait_for "Undone"
	wait_for "Indicators and details 2.1"
	keys :
	text "goto 1.1"
	keys Enter
	wait_for "Indicators and details 1.1"
	keys C-r
	wait_for "Redone"
	wait_for "Indicators and details 2.1"
}

# Redo selects the item the step is about, wherever it is now: an
# activity moved to another goal (not the one now at its old place), a
# deleted activity's neighbour in its goal (not another goal's); the
# message names the item.
redo_selects() {
	lang=$1 undone=$2 redone=$3 details=$4
	fresh small.yaml
	EXTRA_ENV="export TOLOV_LANG=$lang" start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys :
	text "goto 1.2"
	keys Enter
	wait_for "$details 1.2"
	keys :
	text "move 2"
	keys Enter
	keys :
	text "goto 1.1"
	keys Enter
	wait_for "$details 1.1"
	keys u
	wait_for "$undone 1.2"
	wait_for "$details 1.2"
	keys :
	text "goto 1.1"
	keys Enter
	wait_for "$details 1.1"
	keys C-r
	wait_for "$redone 1.2"
	wait_for "$details 1.2"
	# the last activity of goal 1 deleted, undone, redone from goal 2
	keys :
	text "goto 1.3"
	keys Enter
	wait_for "$details 1.3"
	keys d
	keys y
	keys u
	wait_for "$details 1.3"
	keys :
	text "goto 2.1"
	keys Enter
	wait_for "$details 2.1"
	keys C-r
	wait_for "$details 1.1"
	hasnt "$details 2.1"
}
case_redo_selects_en() { redo_selects en "Undone: move activity" "Redone: move activity" "Indicators and details"; }
case_redo_selects_mn() { redo_selects mn "Буцаалаа: арга хэмжээ зөөх" "Дахин хийлээ: арга хэмжээ зөөх" "Шалгуур үзүүлэлт, дэлгэрэнгүй"; }

case_lock_lost() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys Tab Tab 7
	wait_for "[+]"
	pane=tv2
	start 80 24 small.yaml
	wait_for "Read-only: "
	keys :
	text "takeover"
	keys Enter
	wait_for "(y/n)"
	keys y
	wait_for "The lock is yours"
	pane=tv
	keys C-s
	wait_for "Not saved:"
	has "took the lock"
	has "[+]"
	cmp -s "$data/small.yaml" "$tmp/work/small.yaml"
	# a copy elsewhere still works
	keys :
	text "w copy.yaml"
	keys Enter
	wait_for "Saved a copy"
	grep -q "rating: 70" "$tmp/work/copy.yaml"
	T kill-session -t tv2
}

case_new_plan() {
	rm -rf "$tmp/work" 2>/dev/null || { sleep 0.5; rm -rf "$tmp/work"; }
	mkdir -p "$tmp/work"
	start 80 24 new.yaml
	wait_for "new.yaml does not exist."
	wait_for "Create a new plan there? (y/n)"
	text "y"
	keys Enter
	wait_for "Title of the plan:"
	text "Шинэ төлөвлөгөө"
	keys Enter
	wait_for "Year (Enter: none):"
	text "2025"
	keys Enter
	wait_for "Шинэ төлөвлөгөө"
	wait_for "Goals (0)"
	keys q
	wait_dead
	"$bin" validate "$tmp/work/new.yaml"
	grep -q "year: 2025" "$tmp/work/new.yaml"
	# declined: nothing made
	EXTRA_ENV="export TOLOV_LANG=mn" start 80 24 other.yaml
	wait_for "other.yaml файл алга."
	text "n"
	keys Enter
	wait_for "Юу ч үүсгэсэнгүй."
	test ! -e "$tmp/work/other.yaml"
}

# Making a plan from the interface: y/n is one key (the title typed right
# after it is the title), a missing folder is said before anything is
# asked, the new plan opens on the goals panel with its hint whole.
new_plan_keys() {
	lang=$1 missing=$2 ask=$3 title=$4 hint=$5 added=$6 nofolder=$7 notmade=$8
	rm -rf "$tmp/work" 2>/dev/null || { sleep 0.5; rm -rf "$tmp/work"; }
	mkdir -p "$tmp/work"
	EXTRA_ENV="export TOLOV_LANG=$lang" start 80 24 fresh.yaml
	wait_for "$missing"
	wait_for "$ask"
	text "y"
	wait_for "$title"
	text "Шинэ план"
	keys Enter
	keys Enter
	wait_for "$hint"
	keys a
	wait_for "$added"
	keys C-s
	settle
	grep -q 'title: "Шинэ план"' "$tmp/work/fresh.yaml"
	keys q
	wait_dead
	keep_pane
	EXTRA_ENV="export TOLOV_LANG=$lang" tui="$tmp/keep.sh" start 80 24 nodir/x.yaml
	wait_for "tolov ended: 1"
	has "$nofolder"
	hasnt "$ask"
	hasnt "$title"
	# Ctrl-C at the question is a no: nothing made
	EXTRA_ENV="export TOLOV_LANG=$lang" tui="$tmp/keep.sh" start 80 24 other.yaml
	wait_for "$ask"
	keys C-c
	wait_for "tolov ended: 1"
	has "$notmade"
	test ! -e "$tmp/work/other.yaml"
}
case_new_plan_keys_en() { new_plan_keys en "fresh.yaml does not exist." "(y/n)" "Title of the plan:" "(no goals: a adds one)" "Added 1" "nodir/x.yaml: error: cannot create: no folder nodir" "Nothing was created."; }
case_new_plan_keys_mn() { new_plan_keys mn "fresh.yaml файл алга." "(y/n)" "Төлөвлөгөөний нэр:" "(зорилт алга: a нэмнэ)" "1 нэмлээ." "nodir/x.yaml: error: үүсгэж чадсангүй: nodir хавтас алга" "Юу ч үүсгэсэнгүй."; }

case_many_plans() {
	rm -rf "$tmp/work" 2>/dev/null || { sleep 0.5; rm -rf "$tmp/work"; }
	mkdir -p "$tmp/work/dir"
	cp "$data/small.yaml" "$data/nested.yaml" "$tmp/work/dir/"
	start 80 24 dir
	# the top line: how many plans, the quarter, the folder (not the
	# column header again)
	wait_for "2 plans  Q1  dir/"
	hasnt "Plans: progress"
	# columns (progress, activities, overdue, title, file); the folder
	# they share is said once on the top line
	has "Q1  dir/"
	screen | grep -E '^ +66\.7% +4 +0  Сургалтын төлөвлөгөө 2023 +small\.yaml$'
	screen | grep -E '^ +100\.0% +3 +0  Nested plan +nested\.yaml$'
	keys ']'
	wait_for "plans  Q2"
	keys '['
	wait_for "plans  Q1"
	# open one: its own interface, lock and save; q comes back
	keys j Enter
	wait_for "Сургалтын төлөвлөгөө 2023"
	wait_for "Activities 1 (3)"
	test -f "$tmp/work/dir/.small.yaml.lock"
	keys Tab Tab 0
	wait_for "[+]"
	keys C-s
	wait_for "Saved"
	keys q
	wait_for "2 plans  Q1"
	test ! -f "$tmp/work/dir/.small.yaml.lock"
	# its line is read again: 1.1 is now rated 0 in Q1
	wait_for "33.3%           4        0  Сургалтын төлөвлөгөө 2023"
	# L goes back keeping the plan open: its edits, undo and lock
	keys Enter
	wait_for "Activities 1 (3)"
	keys Tab Tab 7
	wait_for "[+]"
	keys L
	wait_for "2 plans  Q1"
	# its line shows the plan as edited: 1.1 now 70
	has "+   56.7%           4        0  Сургалтын"
	test -f "$tmp/work/dir/.small.yaml.lock"
	# q in the list with unsaved work asks again
	keys q
	wait_for "Unsaved changes in 1 plan (marked +)"
	keys Enter
	wait_for "[+]"
	keys u
	wait_for "Undone"
	keys q
	wait_for "2 plans  Q1"
	test ! -f "$tmp/work/dir/.small.yaml.lock"
	keys q
	wait_dead
	exited_ok
	# two files named on the command line, in Mongolian
	EXTRA_ENV="export TOLOV_LANG=mn" start 80 24 dir/nested.yaml dir/small.yaml
	wait_for "2 төлөвлөгөө  У1"
	has "Nested plan"
	keys q
	wait_dead
}

case_unsafe_lock() {
	fresh small.yaml
	ln -s "$tmp/elsewhere" "$tmp/work/.small.yaml.lock"
	start 80 24 small.yaml
	wait_for "[read-only]"
	has "Read-only: the lock file is a symbolic link"
	keys Tab Tab 7
	wait_for "The plan is open read-only."
	test ! -e "$tmp/elsewhere"
	keys q
	wait_dead
	start 80 24 --ignore-lock small.yaml
	wait_for "Editing without a lock (--ignore-lock)"
	hasnt "[read-only]"
}
