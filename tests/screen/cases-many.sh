# Screen cases of many plans at 80x24: the chooser's rows with long
# Mongolian titles (issue 11, "Many plans"). Sourced by run.sh.

CASES="$CASES chooser_80_en chooser_80_mn"

# never CMD...: fails when CMD succeeds (set -e ignores "! CMD")

# chooser_80 LANG PROGRESS-LABEL OVERDUE-LABEL: three plans, two with long
# Mongolian titles and an organisation; at 80 columns every row shows its
# progress, activities, overdue count and file name, the title shortened
# with an ellipsis.
chooser_80() {
	rm -rf "$tmp/work" 2>/dev/null || { sleep 0.5; rm -rf "$tmp/work"; }
	mkdir -p "$tmp/work/offices"
	cp "$root/tests/data/plans/anti-corruption-2023.yaml" "$tmp/work/offices/aimag-anti-corruption-2023.yaml"
	cp "$root/tests/data/plans/anti-corruption-2023.yaml" "$tmp/work/offices/khan-uul.yaml"
	"$bin" set --ignore-lock "$tmp/work/offices/khan-uul.yaml" \
		"title=Хан-Уул дүүргийн Засаг даргын Тамгын газрын авлигын эсрэг үйл ажиллагааны 2023 оны төлөвлөгөө" \
		"organisation=Хан-Уул дүүргийн Засаг даргын Тамгын газар" >/dev/null
	"$bin" set "$tmp/work/offices/khan-uul.yaml" 1.1 status.q2.rating=100 >/dev/null
	cp "$data/small.yaml" "$tmp/work/offices/"
	EXTRA_ENV="export TOLOV_LANG=$1 TOLOV_TODAY=2023-08-15" start 80 24 offices
	wait_for "$2"
	has "$3"
	# today is in Q3: Q2 has ended, its unrated activities are overdue
	keys '['
	wait_for "2  offices/"
	screen > "$tmp/rows"
	# one row per plan, each with progress (or -), activities, overdue
	# and the file's name, the long titles cut with an ellipsis
	grep -E '^ +- +18 +17  АЙМГИЙН ЗАСАГ ДАРГЫН.*…  aimag-an.*…2023\.yaml$' "$tmp/rows"
	grep -E '^ +100\.0% +18 +16  Хан-Уул дүүргийн Засаг.*…  khan-uul\.yaml$' "$tmp/rows"
	grep -E '^ +- +4 +3  Сургалтын төлөвлөгөө 2023 +small\.yaml$' "$tmp/rows"
	has "offices/"
	# no row runs past the screen's edge
	never grep -q "$(printf '.%.0s' $(seq 81))" "$tmp/rows"
	keys G
	keys Enter
	wait_for "Сургалтын төлөвлөгөө 2023"
	keys q
	wait_for "$2"
	keys q
	wait_dead
	exited_ok
}
case_chooser_80_en() { chooser_80 en "Progress  Activities  Overdue  Title (organisation)" "3 plans  Q3  offices/"; }
case_chooser_80_mn() { chooser_80 mn "Хэрэгжилт  Арга хэмжээ  Хэтэрсэн  Нэр (байгууллага)" "3 төлөвлөгөө  У3  offices/"; }

# report_pages LANG UNIT-LABEL MORE: the report (r) on the seed plan at
# 80x24 opens at the selected activity under its goal's heading, and no
# page ends inside an activity's block: each of the first pages ends with
# an activity's last line (its responsible unit), the lower border says
# there is more, and the next page starts with a whole activity or goal.
CASES="$CASES report_pages_en report_pages_mn"
report_pages() {
	seed_copy
	EXTRA_ENV="export TOLOV_LANG=$1 TOLOV_TODAY=2023-08-15" start 80 24 seed.yaml
	wait_for "АЙМГИЙН"
	keys r
	wait_for "$3"
	settle
	# the frame's inside: rows 3..22, without the borders
	page() { screen | sed -n '3,22p' | sed 's/^│//; s/│$//'; }
	page | head -n 1 | grep -E '^(Goal|Зорилт) 1\. Авлигын эсрэг хууль'
	n=1
	while [ $n -le 6 ]; do
		last=$(page | grep -v '^ *$' | tail -n 1)
		first=$(page | head -n 1)
		echo "page $n: [$first] ... [$last]"
		# ends with the last line of an activity's block
		printf '%s\n' "$last" | grep -E "^      $2: "
		# starts with an item: a goal heading or an activity "  N.N. "
		printf '%s\n' "$first" | grep -E '^((Goal|Зорилт) [0-9]+\. |  [0-9]+\.[0-9]+\. )'
		screen | sed -n '23p' | grep -F "$3"
		keys PgDn
		n=$((n + 1))
		settle
	done
	# the last page: the summary by unit; a row too wide for a table
	# (Mongolian) breaks between "label: value" pairs, never inside one
	keys G
	settle
	page | grep -E '(Unrated|Үнэлээгүй):? +[0-9]+'
	page > "$tmp/page"
	never grep -E ': *$' "$tmp/page"
	# a page back: the summary table whole, its heading, header row and
	# every row down to the whole plan's
	keys b
	settle
	page | grep -A10 -E '^(Summary|Нэгтгэл) *$' | grep -E '^  (Whole plan|Нийт төлөвлөгөө) '
	page | grep -A1 -E '^(Summary|Нэгтгэл) *$' | grep -E '(Progress|Хэрэгжилт)  100'
	# :goto 3.2, then r: 3.2 whole on the first page, budget and unit
	keys q
	keys :
	text "goto 3.2"
	keys Enter
	wait_for "Олон нийтийн хяналт"	# wraps after it in Mongolian
	has "хэрэгжүүлсэн"
	keys r
	wait_for "$3"
	settle
	page | grep -A12 -E '^  3\.2\. ' | grep -F "15,000,000"
	page | grep -A12 -E '^  3\.2\. ' | grep -E "^      $2: "
	keys q
	keys q
	wait_dead
}
case_report_pages_en() { report_pages en "Responsible unit" "more below"; }
case_report_pages_mn() { report_pages mn "Хариуцсан нэгж" "доор үргэлжилнэ"; }

# renumber_nested LANG DONE UNDONE: :renumber gives every goal of the tree
# its number in order, nested ones too (1.2 under 1, its activity 1.2.1),
# in one undo step; the saved file differs from the old one only in ids.
CASES="$CASES renumber_nested_en renumber_nested_mn"
renumber_nested() {
	fresh nested.yaml
	f=$tmp/work/nested.yaml
	"$bin" set "$f" 1.2 id=1.7 >/dev/null
	"$bin" set "$f" 1.2.1 id=1.7.4 >/dev/null
	"$bin" set "$f" 2 id=5 >/dev/null
	"$bin" set "$f" 2.1 id=5.3 "status.q2.note=see 1.7.4 and 5.3" >/dev/null
	cp "$f" "$tmp/before.yaml"
	EXTRA_ENV="export TOLOV_LANG=$1" start 80 24 nested.yaml
	wait_for "1.7   Nested goal"
	has "5   Second goal"
	keys :
	text "renumber"
	keys Enter
	wait_for "$2"
	wait_for "1.2   Nested goal"
	has "2   Second goal"
	has "1.2.1 Nested activity"
	hasnt "1.7"
	# one undo step brings every old id back
	keys u
	wait_for "$3"
	wait_for "1.7   Nested goal"
	has "5   Second goal"
	keys C-r
	wait_for "1.2   Nested goal"
	keys C-s
	sleep 0.5
	keys q
	wait_dead
	# only the id scalars changed; the note's ids are text and stay
	diff "$tmp/before.yaml" "$f" > "$tmp/d" || true
	cat "$tmp/d"
	test "$(grep -c '^[<>]' "$tmp/d")" -eq 8
	grep '^[<>]' "$tmp/d" > "$tmp/changed"
	never grep -v 'id: "' "$tmp/changed"
	grep -F 'see 1.7.4 and 5.3' "$f"
	grep -F 'id: "1.2.1"' "$f"
	grep -F 'id: "2.1"' "$f"
}
case_renumber_nested_en() { renumber_nested en "Renumbered" "Undone: renumber"; }
case_renumber_nested_mn() { renumber_nested mn "дугаарлалаа" "Буцаалаа: дахин дугаарлах"; }

# report_headings LANG MORE: on the nested plan, a section's name ("Part
# B") or a goal's heading never ends a page: it opens the next one with
# the goal and activity under it.
CASES="$CASES report_headings_en report_headings_mn"
report_headings() {
	rm -rf "$tmp/work" 2>/dev/null || { sleep 0.5; rm -rf "$tmp/work"; }
	mkdir -p "$tmp/work"
	cp "$root/tests/data/nested/ministry.yaml" "$tmp/work/"
	EXTRA_ENV="export TOLOV_LANG=$1 TOLOV_TODAY=2024-07-15" start 80 24 ministry.yaml
	wait_for "Ministry integrity plan 2024"
	keys '['
	sleep 0.3
	keys r
	wait_for "$2"
	settle
	page() { screen | sed -n '3,22p' | sed 's/^│//; s/│$//'; }
	n=1
	while [ $n -le 3 ]; do
		last=$(page | grep -v '^ *$' | tail -n 1)
		echo "page $n ends: [$last]"
		printf '%s\n' "$last" > "$tmp/last"
		never grep -E '^ *(Part [AB]|Goal [0-9.]+\.|Зорилт [0-9.]+\.)' "$tmp/last"
		keys PgDn
		settle
		n=$((n + 1))
	done
	keys q q
	wait_dead
}
case_report_headings_en() { report_headings en "more below"; }
case_report_headings_mn() { report_headings mn "доор үргэлжилнэ"; }
