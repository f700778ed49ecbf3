# Screen cases of many plans at 80x24: the chooser's rows with long
# Mongolian titles (issue 11, "Many plans"). Sourced by run.sh.

CASES="$CASES chooser_80_en chooser_80_mn"

# chooser_80 LANG PROGRESS-LABEL OVERDUE-LABEL: three plans, two with long
# Mongolian titles and an organisation; at 80 columns every row shows its
# progress, activities, overdue count and file name, the title shortened
# with an ellipsis.
chooser_80() {
	rm -rf "$tmp/work" 2>/dev/null || { sleep 0.5; rm -rf "$tmp/work"; }
	mkdir -p "$tmp/work/plans"
	cp "$root/tests/data/plans/anti-corruption-2023.yaml" "$tmp/work/plans/aimag-anti-corruption-2023.yaml"
	cp "$root/tests/data/plans/anti-corruption-2023.yaml" "$tmp/work/plans/khan-uul.yaml"
	"$bin" set --ignore-lock "$tmp/work/plans/khan-uul.yaml" \
		"title=Хан-Уул дүүргийн Засаг даргын Тамгын газрын авлигын эсрэг үйл ажиллагааны 2023 оны төлөвлөгөө" \
		"organisation=Хан-Уул дүүргийн Засаг даргын Тамгын газар" >/dev/null
	"$bin" set "$tmp/work/plans/khan-uul.yaml" 1.1 status.q2.rating=100 >/dev/null
	cp "$data/small.yaml" "$tmp/work/plans/"
	EXTRA_ENV="export TOLOV_LANG=$1 TOLOV_TODAY=2023-08-15" start 80 24 plans
	wait_for "$2"
	has "$3"
	# today is in Q3: Q2 has ended, its unrated activities are overdue
	keys '['
	wait_for "2  plans/"
	screen > "$tmp/rows"
	# one row per plan, each with progress (or -), activities, overdue
	# and the file's name, the long titles cut with an ellipsis
	grep -E '^ +- +18 +17  АЙМГИЙН ЗАСАГ ДАРГЫН.*…  aimag-an.*…2023\.yaml$' "$tmp/rows"
	grep -E '^ +100\.0% +18 +16  Хан-Уул дүүргийн Засаг.*…  khan-uul\.yaml$' "$tmp/rows"
	grep -E '^ +- +4 +3  Сургалтын төлөвлөгөө 2023 +small\.yaml$' "$tmp/rows"
	has "plans/"
	# no row runs past the screen's edge
	! grep -q "$(printf '.%.0s' $(seq 81))" "$tmp/rows"
	keys G
	keys Enter
	wait_for "Сургалтын төлөвлөгөө 2023"
	keys q
	wait_for "$2"
	keys q
	wait_dead
	exited_ok
}
case_chooser_80_en() { chooser_80 en "Progress  Activities  Overdue  Title (organisation)" "Plans: progress"; }
case_chooser_80_mn() { chooser_80 mn "Хэрэгжилт  Арга хэмжээ  Хэтэрсэн  Нэр (байгууллага)" "Төлөвлөгөөнүүд"; }

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
	# :goto 3.2, then r: 3.2 whole on the first page, budget and unit
	keys q
	keys :
	text "goto 3.2"
	keys Enter
	wait_for "Олон нийтийн хяналт хэрэгжүүлсэн"
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
