# Screen cases: long notes and indicator names (held back at open and read
# when an activity is shown, plan_build_deferred) are on screen, edited
# from their whole text, searched and reported as any other. Sourced by
# run.sh (helpers there).

CASES="$CASES long_text_shown"

case_long_text_shown() {
	fresh long.yaml
	start 80 24 long.yaml
	wait_for "Урт тайлбартай төлөвлөгөө"
	keys Tab
	wait_for "[Indicators and details 1.1]"
	has "Сургалтад хамрагдсан албан"
	keys Tab
	wait_for "[Quarterly status 1.1]"
	has "Хоёрдугаар улиралд"
	# the editor starts from the whole note; the save keeps all of it
	keys Enter
	settle
	keys End
	text " Ө"
	keys Enter
	wait_for "[+]"
	keys :
	text "w"
	keys Enter
	wait_for "Saved"
	grep -q 'note: "Хоёрдугаар улиралд хэрэгжилтийг дахин хянаж шинэчилсэн Ө"}' "$tmp/work/long.yaml" ||
		{ echo "    the note was not edited from its whole text"; cat "$tmp/work/long.yaml"; return 1; }
	"$bin" validate "$tmp/work/long.yaml"
	# a word only in the other activity's note, then in its indicator's name
	keys /
	text "байршуулж"
	keys Enter
	wait_for "Match 1/1"
	wait_for "Indicators and details 1.2"
	keys /
	text "нийт үйлчилгээнээс"
	keys Enter
	wait_for "Match 1/1"
	keys q
	wait_dead
}
