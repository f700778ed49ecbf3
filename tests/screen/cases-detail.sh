# Screen cases: the details panel is the schema's (issue 8): its rows, their
# order and their short labels come from the schema table, in both
# languages, at 80x24 — the indicator's head first (name, baseline,
# target, the quarter's actual), then the activity's fields, its further
# columns (extra) and each indicator's unit, actuals and further columns;
# a further column is edited in place like any field (set path
# extra.KEY). Sourced by run.sh (helpers there).

CASES="$CASES detail_schema_en detail_schema_mn"

case_detail_schema_en() {
	fresh extra.yaml
	start 80 24 extra.yaml
	wait_for "Indicators and details 1.1"
	keys Tab
	wait_for "[Indicators and details 1.1]"
	# the head, compactly: label column as wide as the head's labels
	has "│Indicator 1  Үйлчилгээний тоо"
	has "│ Baseline    3"
	has "│ Target      5"
	has "│ Actual Q1   4"
	# the rest from the schema: budget text is shown only when written
	keys End
	settle
	has "│Тайлбар      хүсэлтээр"
	has "│Unit 1       тоо"
	has "│Actual 1     Q1:4 Q2:- Q3:- Q4:-"
	has "│Эх сурвалж 1 Тайлан"
	hasnt "Budget text"
	# edit the activity's further column in place (extra.Тайлбар), spelled
	# as its old value was
	keys Up Up Up
	keys Enter
	wait_for "Enter:keep"
	keys C-u
	text "шинэ утга"
	keys Enter
	wait_for "│Тайлбар      шинэ утга"
	keys C-s
	# poll the file until the save has written it
	i=0
	until grep -q '^          Тайлбар: шинэ утга$' "$tmp/work/extra.yaml"; do
		i=$((i + 1))
		[ $i -le $((timeout * 20)) ] ||
			{ echo "    extra.Тайлбар not written in its place"; cat "$tmp/work/extra.yaml"; return 1; }
		sleep 0.05
	done
	wait_gone "[+]"
	keys q
	wait_dead
}

case_detail_schema_mn() {
	fresh extra.yaml
	EXTRA_ENV="export TOLOV_LANG=mn" start 80 24 extra.yaml
	wait_for "Шалгуур үзүүлэлт, дэлгэрэнгүй 1.1"
	keys Tab
	wait_for "[Шалгуур үзүүлэлт, дэлгэрэнгүй 1.1]"
	# the seed table's header words: Суурь түвшин, Хүрэх түвшин,
	# Хариуцсан нэгж, Хугацаа, Төсөв (not Зорилт: that is an objective);
	# every value starts in the same column, after the widest label
	has "│Шалгуур 1      Үйлчилгээний тоо"
	has "│ Суурь түвшин  3"
	has "│ Хүрэх түвшин  5"
	has "│ Гүйцэтгэл У1  4"
	has "│Арга хэмжээ    Цахим үйлчилгээ нэвтрүүлэх"
	hasnt "│ Зорилт"
	keys Down Down Down Down Down Down
	settle
	has "│Хариуцсан нэгж Хууль, эрх зүйн хэлтэс"
	has "│Хугацаа        1-2 дугаар улирал"
	keys End
	settle
	has "│Хэмжих нэгж 1  тоо"
	has "│Гүйцэтгэл 1    У1:4 У2:- У3:- У4:-"
	has "│Тайлбар        хүсэлтээр"
	keys q
	wait_dead
}
