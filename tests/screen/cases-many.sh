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
