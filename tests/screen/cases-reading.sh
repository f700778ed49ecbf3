# Screen cases: reading a quarter (issue 11) — the walk on the seed plan in
# both languages, overdue marks and count from a set date, read-only made
# visible, "all goals" with plan-wide filters and per-goal counts, the
# per-unit view, long messages and :messages, the quarter cells in help.
# Sourced by run.sh (helpers there). Dates come from TOLOV_TODAY, never
# from the clock.

CASES="$CASES walk_en walk_mn overdue read_only all_goals units_messages goal_tree all_goal_ids edit_title_lines reading_mn filter_says_en filter_says_mn"

seed_copy() {
	rm -rf "$tmp/work" 2>/dev/null || { sleep 0.5; rm -rf "$tmp/work"; }
	mkdir -p "$tmp/work"
	cp "$root/tests/data/plans/anti-corruption-2023.yaml" "$tmp/work/seed.yaml"
}

# walk LANG INDICATOR-LABEL TARGET-LABEL NOTE-WORD: open the seed plan at
# 80x24, :goto 3.2, read the indicator, baseline and target without
# scrolling, rate Q2 70 with a note and an actual, see the report, save.
walk() {
	seed_copy
	EXTRA_ENV="export TOLOV_LANG=$1 TOLOV_TODAY=2023-08-15" start 80 24 seed.yaml
	wait_for "АЙМГИЙН"
	keys :
	text "goto 3.2"
	keys Enter
	# 3.2's own indicator: "$2 1" alone is on 1.1's screen before the jump
	# (its name wraps after "хяналт" in Mongolian, where every value
	# starts in the column of the widest label)
	wait_for "Олон нийтийн хяналт"
	has "хэрэгжүүлсэн"
	has "$2 1"
	has "$3"
	has "3 үйл ажиллагаа, 35 байгууллага"
	keys :
	text "quarter 2"
	keys Enter
	# the details panel: the quarter's actual is its fourth field
	keys Tab
	keys Down Down Down Enter
	settle
	text "2 үйл ажиллагаа, 20 байгууллага"
	keys Enter
	wait_for "2 үйл ажиллагаа, 20 байгууллага"
	keys Tab 7
	wait_for "[+]"
	keys Enter
	settle
	text "$4"
	keys Enter
	wait_for "$4"
	keys r
	wait_for "[$5"
	# the report: the indicator, its target and the quarter's actual, the
	# rating and the note (the report opens at the selected activity)
	has "3.2."
	has "$6"
	has "3 үйл ажиллагаа, 35 байгууллага"
	page_until "$4"
	has "2 үйл ажиллагаа, 20 байгууллага"
	keys q
	keys C-s
	wait_for "seed.yaml"
	grep -q 'rating: 70' "$tmp/work/seed.yaml"
	grep -q "$4" "$tmp/work/seed.yaml"
	grep -q 'q2: "2 үйл ажиллагаа, 20 байгууллага"' "$tmp/work/seed.yaml"
	hasnt "[+]"
}

# page_until TEXT: page down the open text view until TEXT shows.
page_until() {
	i=0
	while [ $i -lt 20 ]; do
		screen | grep -qF -- "$1" && return 0
		keys Space; settle; i=$((i + 1))
	done
	echo "    never shown: $1"; screen | sed 's/^/    | /'; return 1
}

case_walk_en() { walk en "Indicator" "Target" "Three public hearings held" "Report, quarter 2" "Performance indicator: Олон нийтийн хяналт"; }
case_walk_mn() { walk mn "Шалгуур" "Хүрэх түвшин" "Гурван хэлэлцүүлэг хийсэн" "2-р улирлын тайлан" "шалгуур үзүүлэлт: Олон нийтийн хяналт"; }

case_overdue() {
	fresh small.yaml
	# Q1 and Q2 of 2023 have ended: 1.1 (Q2), 1.2 (Q2), 2.1 (Q2) are
	# scheduled there and not rated
	EXTRA_ENV="export TOLOV_TODAY=2023-07-10" start 80 24 small.yaml
	wait_for "3 overdue"
	# today's quarter is selected: Q3
	has " Q3 - |"
	has "1.1 Үйлчилгээг цахимжуулах ажл…  100   !   •   •"
	keys Tab Tab
	wait_for "Q2 •   ! overdue"
	# the rating filter picks overdue
	keys :
	text "filter rating overdue"
	keys Enter
	wait_for "overdue (F)"
	keys BTab BTab BTab g
	wait_for "All activities 3/4 filter"
	settle
	# the last day of Q2: nothing is overdue yet
	keys q
	wait_dead
	EXTRA_ENV="export TOLOV_TODAY=2023-06-30" start 80 24 small.yaml
	wait_for "Q2 progress"
	hasnt "overdue"
	keys q
	wait_dead
	EXTRA_ENV="export TOLOV_TODAY=2023-07-10 TOLOV_LANG=mn" start 80 24 small.yaml
	wait_for "3 хугацаа хэтэрсэн"
}

case_read_only() {
	fresh small.yaml
	start 80 24 --read-only small.yaml
	wait_for "[read-only]"
	keys j
	wait_for "?:help  /:search  r:report"
	hasnt "Enter:edit"
	keys Tab Tab 7
	wait_for "The plan is open read-only. (opened with --read-only)"
	hasnt "[+]"
	keys Enter
	wait_for "The plan is open read-only."
	keys C-s
	wait_for "The plan is open read-only."
	keys q
	wait_dead
	EXTRA_ENV="export TOLOV_LANG=mn" start 80 24 --read-only small.yaml
	wait_for "[зөвхөн унших]"
	hasnt "Enter:засах"
}

case_all_goals() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Activities 1 (3)"
	keys A
	wait_for "All activities (4)"
	has "2.1 Төсвийн зарцуулалтыг"
	# U: the selected activity's unit, plan-wide; per-goal counts
	keys j U
	wait_for "unit=Захиргааны хэлтэс"
	wait_for "All activities 2/4 filter"
	has "│* All goals         2  66.7%"
	has "│1 Өргөдөл, гомдлыг… 2  65.0%"
	has "│2 Ил тод байдлыг н… 0  70.0%"
	keys :
	text "filter off"
	keys Enter
	wait_for "All activities (4)"
	keys :
	text "filter unit Санхүүгийн хэлтэс"
	keys Enter
	wait_for "All activities 1/4 filter"
	keys :
	text "filter quarter 3"
	keys Enter
	settle
	has "All activities 1/4 filter"
	keys :
	text "filter rating below70"
	keys Enter
	wait_for "(no activity matches the filter)"
	keys :
	text "filter rating sometimes"
	keys Enter
	# says what rating takes, not "Unknown command" (issue 11 review)
	wait_for 'No rating "sometimes"'
	keys F
	wait_for "Filter cleared."
	# A again: back to the selected activity's goal
	keys A
	wait_for "Activities 1 (3)"
	# each goal's budget on the goals panel's border
	has "budget 2,000,000 MNT"
	keys BTab j
	wait_for "budget 500,000 MNT"
}

case_units_messages() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Activities 1 (3)"
	keys v
	wait_for "[Units, quarter 1]"
	has "Хууль, эрх зүйн хэлтэс"
	has "1 activity"
	hasnt "1 activities"
	has "budget 2,000,000 MNT"
	has "Захиргааны хэлтэс"
	keys q
	wait_gone "[Units"
	# a message wider than the line takes two lines, then :messages
	keys :
	text "goto one two three four five six seven eight nine ten eleven twelve thirteen"
	keys Enter
	wait_for "No goal or activity has id one two"
	has "twelve thirteen"
	keys j
	wait_gone "twelve thirteen"
	keys :
	text "messages"
	keys Enter
	wait_for "[Messages]"
	has "No goal or activity has id one two three four five six seven eight nine ten"
	keys q
	keys '?'
	wait_for "[Keys 1/"
	page_until "overdue: scheduled, the quarter has ended, not rated"
	keys g
	page_until "scheduled in the quarter, not rated yet"
}

case_goal_tree() {
	fresh nested.yaml
	start 80 24 nested.yaml
	wait_for "Nested plan"
	# the tree opens expanded, indented
	has "1   Top goal"
	has "1.2   Nested goal"
	# a goal lists its nested goals' activities too
	has "Activities 1 (2)"
	has "1.2.1 Nested activity"
	keys BTab
	wait_for "[Goals (3)]"
	keys -- -
	wait_for "1   + Top goal"
	hasnt "Nested goal"
	keys j
	wait_for "Activities 2 (1)"
	keys k +
	wait_for "1.2   Nested goal"
	keys j
	wait_for "Activities 1.2 (1)"
	# Enter still edits the title
	keys Enter C-u
	text "Renamed"
	keys Enter
	wait_for "1.2   Renamed"
	# going to an activity beneath a collapsed goal opens the tree to it
	keys k -
	wait_for "1   + Top goal"
	keys :
	text "goto 1.2.1"
	keys Enter
	wait_for "1.2   Renamed"
	has "Indicators and details 1.2.1"
}

case_all_goal_ids() {
	fresh ids.yaml
	start 80 24 ids.yaml
	wait_for "Ids plan"
	keys A
	wait_for "All activities (2)"
	# an id without its goal's gets it in front; one with it stays
	has "A:1 One under A"
	has "B.1 One under B"
}

case_edit_title_lines() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Indicators and details 1.1"
	# the title of 1.1 wraps to two lines in the details panel
	has "зохион байгуулах"
	keys Tab Down Down Down Down Enter C-u
	settle
	# while editing, the old title's second line is not left on screen
	hasnt "зохион байгуулах                 ││"
	text "New"
	settle
	T resize-window -t "$pane" -x 1 -y 1
	settle
	T resize-window -t "$pane" -x 80 -y 24
	settle
	keys Enter
	wait_for "Title        New"
	alive
}

case_reading_mn() {
	fresh small.yaml
	EXTRA_ENV="export TOLOV_LANG=mn" start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys A
	wait_for "Бүх арга хэмжээ (4)"
	has "Бүх зорилт"
	keys j U
	wait_for "Бүх арга хэмжээ 2/4 шүүлтүүр"
	keys F v
	wait_for "[Нэгжүүд, 1-р улирал]"
	has "төсөв 2,000,000 MNT"
	keys q '?'
	wait_for "[Товчлуурууд 1/"
	page_until "хугацаа хэтэрсэн: төлөвлөсөн, улирал дууссан, үнэлээгүй"
	keys q :
	text "messages"
	keys Enter
	wait_for "[Мэдэгдлүүд]"
}

# H shows the history through git of what is selected (issue 12): in the
# status panel the selected quarter's rating and note, with who changed
# them and when, newest first; outside git, the reason.
CASES="$CASES history"
case_history() {
	seed_copy
	# g MONTH AUTHOR MESSAGE: commit everything as AUTHOR on that date
	g() { env -i PATH="$PATH" HOME="$tmp" GIT_CONFIG_NOSYSTEM=1 \
		GIT_AUTHOR_DATE="2023-0$1-10T10:00:00+08:00" GIT_COMMITTER_DATE="2023-0$1-10T10:00:00+08:00" \
		git -C "$tmp/work" -c user.name="$2" -c user.email=u@example.org commit -q -a -m "$3"; }
	"$bin" set "$tmp/work/seed.yaml" 3.2 status.q2.rating=30 >/dev/null
	EXTRA_ENV="export TOLOV_TODAY=2023-08-15" start 80 24 seed.yaml
	wait_for "АЙМГИЙН"
	keys H
	wait_for "not a git repository"
	keys :q Enter
	exited_ok
	env -i PATH="$PATH" HOME="$tmp" git -C "$tmp/work" init -q
	env -i PATH="$PATH" HOME="$tmp" git -C "$tmp/work" add seed.yaml
	g 4 Дорж "Q2: first ratings"
	"$bin" set "$tmp/work/seed.yaml" 3.2 status.q2.rating=70 "status.q2.note=Гэрээнд тусгасан" >/dev/null
	g 7 Сараа "Q2 report"
	EXTRA_ENV="export TOLOV_TODAY=2023-08-15" start 80 24 seed.yaml
	wait_for "АЙМГИЙН"
	keys :
	text "goto 3.2"
	keys Enter Tab Tab
	wait_for "[Quarterly status 3.2]"
	keys Up H
	wait_for "[History of 3.2 status.q2 through git]"
	has "Сараа  status.q2.rating: 30 → 70"
	has "Сараа  status.q2.note: (none) → Гэрээнд тусгасан"
	has "Дорж  "
	has "q:close"
	keys q
	wait_gone "[History"
}

# A plan left with merge conflict markers (issue 12): before it opens, each
# conflict shows its line and both sides and the user picks one; q leaves
# the file byte for byte as it was (exit 1, said on the terminal); picking
# every side saves a valid plan holding the picks, then the plan opens.
CASES="$CASES merge_conflicts"
case_merge_conflicts() {
	seed_copy
	gw() { env -i PATH="$PATH" HOME="$tmp" GIT_CONFIG_NOSYSTEM=1 \
		git -C "$tmp/work" -c user.name=u -c user.email=u@example.org "$@"; }
	gw init -q -b main
	gw add seed.yaml
	gw commit -q -m base
	gw checkout -q -b other
	"$bin" set "$tmp/work/seed.yaml" 3.2 status.q2.rating=70 >/dev/null
	"$bin" set "$tmp/work/seed.yaml" 1.1 status.q1.note=тэднийх >/dev/null
	gw commit -q -a -m theirs
	gw checkout -q main
	"$bin" set "$tmp/work/seed.yaml" 3.2 status.q2.rating=30 >/dev/null
	"$bin" set "$tmp/work/seed.yaml" 1.1 status.q1.note=манайх >/dev/null
	gw commit -q -a -m ours
	gw merge -q other >/dev/null 2>&1 || true
	grep -q '^<<<<<<<' "$tmp/work/seed.yaml"
	cp "$tmp/work/seed.yaml" "$tmp/conflicted.yaml"
	keep_pane
	tui="$tmp/keep.sh" start 80 24 seed.yaml
	wait_for "Merge conflicts in seed.yaml: 1 of 2"
	has "ours (this branch): \"манайх\""
	has "theirs (the branch merged in): \"тэднийх\""
	keys q
	wait_for "tolov ended: 1"
	has "seed.yaml: merge conflicts left as they were"
	cmp "$tmp/conflicted.yaml" "$tmp/work/seed.yaml"
	EXTRA_ENV="export TOLOV_LANG=mn" start 80 24 seed.yaml
	wait_for "seed.yaml файлын нийлүүлэлтийн зөрчил: 1 / 2"
	keys o
	wait_for "2 / 2"
	has "тэднийх (нийлүүлсэн салбар): \"70\""
	keys t
	wait_for "АЙМГИЙН"
	keys :q Enter
	exited_ok
	never grep -q '^<<<<<<<\|^=======\|^>>>>>>>' "$tmp/work/seed.yaml"
	"$bin" validate "$tmp/work/seed.yaml" >/dev/null
	grep -q 'q1: {note: "манайх"}\|note: "манайх"' "$tmp/work/seed.yaml"
	grep -q 'rating: 70' "$tmp/work/seed.yaml"
}

# A rating filter's label says what it does (overdue counts every ended
# quarter, as the status line does); each refused :filter says why.
filter_says() {
	lang=$1 label=$2 e_quarter=$3 e_rating=$4 e_unit=$5 e_none=$6 e_close=$7
	fresh small.yaml
	EXTRA_ENV="export TOLOV_TODAY=2023-07-10 TOLOV_LANG=$lang" start 80 24 small.yaml
	wait_for "2023"
	keys :
	text "filter rating overdue"
	keys Enter
	wait_for "$label (F)"
	keys :
	text "filter quarter 7"
	keys Enter
	wait_for "$e_quarter"
	hasnt "Unknown command"
	keys :
	text "filter rating bad"
	keys Enter
	wait_for "$e_rating"
	keys :
	text "filter off"
	keys Enter
	keys :
	text "filter unit"
	keys Enter
	wait_for "$e_unit"
	keys :
	text "filter unit nosuch"
	keys Enter
	wait_for "$e_none"
	keys :
	text "filter unit Санхүүгийн"
	keys Enter
	wait_for "$e_close"
	has "Санхүүгийн хэлтэс"
}
case_filter_says_en() { filter_says en "Q1-Q4 overdue" 'No quarter "7": 1-4, or 0 for any.' 'No rating "bad": unrated, below70' ":filter unit needs a unit name" 'No activity has the unit "nosuch"' "; close:"; }
case_filter_says_mn() { filter_says mn "У1-У4 хугацаа хэтэрсэн" '"7" улирал алга: 1-4' '"bad" үнэлгээ алга: unrated' ":filter unit нэгжийн нэр" '"nosuch" нэгжтэй арга хэмжээ алга' "ойролцоо:"; }
# The Mongolian help names the arrow keys in Mongolian as its footer does
# ("Доош, j", not "Down, j"), heads the line editor's keys as a heading
# ("Мөр засвар:"), and no line of it runs into the right border (the
# :filter line once ended "| off│"); the title is "[Товчлуурууд 1/N]".
CASES="$CASES help_words_mn"
case_help_words_mn() {
	fresh small.yaml
	EXTRA_ENV="export TOLOV_LANG=mn" start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys '?'
	wait_for "[Товчлуурууд 1/"
	page_until "Доош, j"
	hasnt "Down, j"
	page_until "Мөр засвар:"
	hasnt "мөр засвар:"
	page_until ":filter rating"
	hasnt "off│"
	has ":filter unit НЭР | quarter N | off"
	keys q
	keys q
	wait_dead
}
