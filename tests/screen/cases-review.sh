# Screen cases: what a newcomer's review of the interface found (issue 11),
# each in both languages: an indicator's whole name is readable (the
# selected row of a focused details panel shows it whole; the field
# editor wraps long text over lines); every details value starts in one
# column; the filter label keeps its blank and whole width, the hints
# giving way, and when cut points to M where it is whole; a message longer
# than its two lines ends with "(M: all)"; an edit key on a plan read-only
# because of an unsafe lock says why; --ascii draws no mark outside ASCII;
# a status note uses the panel's width, unscheduled quarters say so and
# the help legend has every mark the panels draw.
# Sourced by run.sh (helpers there).

CASES="$CASES full_name_en full_name_mn align_en align_mn filter_label_en filter_label_mn long_message_en long_message_mn ro_reason_en ro_reason_mn ascii_marks_en ascii_marks_mn status_panel_en status_panel_mn"

# col TEXT: the display column where TEXT starts on the first screen line
# holding it (plan text here is one column a character), or -1.
col() {
	screen > "$tmp/scr.txt"
	python3 - "$tmp/scr.txt" "$1" <<'PY'
import sys
for line in open(sys.argv[1], encoding="utf-8"):
    i = line.find(sys.argv[2])
    if i >= 0:
        print(i); break
else:
    print(-1)
PY
}

# joined ROW X W: the screen's lines from ROW (1-based) on, columns X..X+W-1
# each, run together while they are full (a wrapped text, broken at any
# character), the last one without its padding.
joined() {
	screen > "$tmp/scr.txt"
	python3 - "$tmp/scr.txt" "$1" "$2" "$3" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
row, x, w = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
out = ""
for line in lines[row - 1:]:
    part = line[x:x + w].ljust(w)
    if part.rstrip() == "":
        break
    if len(part.rstrip()) < w:
        out += part.rstrip(); break
    out += part
print(out)
PY
}

review_lang() { EXTRA_ENV="export TOLOV_LANG=$1 ${2:-}" start 80 24 "$3"; }

NAME11="Түгээсэн мэдээлэл, иргэдийн хандалтын тоо, Харьяа газар нэгжийг хамруулсан тоо"

# full_name LANG LABEL: seed 1.1's indicator name is cut in two lines; the
# details panel focused on it shows it whole; Enter edits it over lines.
full_name() {
	seed_copy
	review_lang "$1" "" seed.yaml
	wait_for "$2 1"
	has "Харьяа газар"
	hasnt "хамруулсан тоо"
	keys Tab	# the details panel, its first row: the indicator's name
	wait_for "хамруулсан тоо"
	has "$2 1"
	# the rest of 1.1 follows below the whole name
	has "Хандалтын тоо 60.000"
	# the editor: the whole name over lines, from its start
	keys Enter
	settle
	r=$(($(screen | grep -n "$2 1" | head -n 1 | cut -d: -f1)))
	x=$(col "Түгээсэн")
	[ "$x" -gt 0 ] || { echo "    the name's start is not shown while editing"; screen | sed 's/^/    | /'; return 1; }
	got=$(joined "$r" "$x" $((47 - x)))
	[ "$got" = "$NAME11" ] || { echo "    editor shows: [$got]"; screen | sed 's/^/    | /'; return 1; }
	# typed text shows at its end, the start still in view
	keys End
	text " (2023)"
	settle
	got=$(joined "$r" "$x" $((47 - x)))
	[ "$got" = "$NAME11 (2023)" ] || { echo "    editor shows: [$got]"; screen | sed 's/^/    | /'; return 1; }
	keys Enter
	settle
	grep -q 'name: "Түгээсэн .*хамруулсан тоо (2023)"' "$tmp/work/seed.yaml" ||
		{ keys C-s; sleep 1; grep -q 'хамруулсан тоо (2023)' "$tmp/work/seed.yaml"; }
}
case_full_name_en() { full_name en "Indicator"; }
case_full_name_mn() { full_name mn "Шалгуур"; }

# align LANG INDICATOR TITLE UNIT: the head rows' values and the others'
# start in the same column.
align() {
	fresh small.yaml
	review_lang "$1" "" small.yaml
	wait_for "$2 1"
	a=$(col "Цахим үйлчилгээний тоо")
	b=$(col "цахимжуулах ажлыг")
	b=$((b - 11))	# "Үйлчилгээг "
	c=$(col "Хууль, эрх зүйн хэлтэс")
	[ "$a" -gt 0 ] && [ "$a" = "$b" ] && [ "$b" = "$c" ] ||
		{ echo "    value columns: indicator $a, title $b, unit $c"; screen | sed 's/^/    | /'; return 1; }
	has "$3"
}
case_align_en() { align en "Indicator" "Title"; }
case_align_mn() { align mn "Шалгуур" "Арга хэмжээ"; }

# filter_label LANG WORD: the label whole with a blank before it; too long
# for the line, it is cut with "(M: ...)" and M shows it whole.
filter_label() {
	fresh small.yaml
	review_lang "$1" "" small.yaml
	wait_for "1.1"
	keys :
	text "filter unit Хууль, эрх зүйн хэлтэс"
	keys Enter
	settle
	keys Tab	# the message goes: hints and label
	settle
	has "$2: $3=Хууль, эрх зүйн хэлтэс (F)"
	x=$(col "$2: $3=")
	line=$(screen | tail -n 1)
	before=$(printf '%s' "$line" | python3 -c "import sys; s=sys.stdin.read(); i=s.find('$2: '); print(repr(s[i-1]))")
	[ "$before" = "' '" ] || { echo "    no blank before the label: $line"; return 1; }
	[ "$x" -gt 40 ] || true
	keys q
	wait_dead
	# a unit longer than the line
	long="Захиргааны хэлтэс, санхүү, хүний нөөцийн алба болон бусад дагалдах нэгжүүдийн нэгдсэн хэсэг"
	sed "s/responsible: \"Хууль, эрх зүйн хэлтэс\"/responsible: \"$long\"/" "$tmp/work/small.yaml" > "$tmp/work/long.yaml"
	review_lang "$1" "" long.yaml
	wait_for "1.1"
	keys :
	text "filter unit $long"
	keys Enter
	settle
	keys Tab
	settle
	has "$4"
	hasnt "нэгдсэн хэсэг (F)"
	keys M
	settle
	wait_for "нэгдсэн хэсэг (F)"
}
case_filter_label_en() { filter_label en "filter" "unit" "(M: all)"; }
case_filter_label_mn() { filter_label mn "шүүлтүүр" "нэгж" "(M: бүгд)"; }

# long_message LANG POINTER: a message longer than two lines ends with the
# pointer; M shows its end.
long_message() {
	fresh small.yaml
	review_lang "$1" "" small.yaml
	wait_for "1.1"
	keys :
	text "goto AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZEND"
	keys Enter
	wait_for "$2"
	hasnt "ZEND"
	keys M
	wait_for "ZEND"
}
case_long_message_en() { long_message en "(M: all)"; }
case_long_message_mn() { long_message mn "(M: бүгд)"; }

# ro_reason LANG TAG READ-ONLY WHY: an edit key says why the plan is
# read-only when the lock path is a symbolic link.
ro_reason() {
	fresh small.yaml
	ln -s "$tmp/elsewhere" "$tmp/work/.small.yaml.lock"
	review_lang "$1" "" small.yaml
	wait_for "$2"
	keys Tab
	settle
	hasnt "$4"
	keys Tab 7
	wait_for "$3"
	has "$4"
	keys Enter
	settle
	keys Tab Enter
	wait_for "$3"
	has "$4"
	test ! -e "$tmp/elsewhere"
}
case_ro_reason_en() { ro_reason en "[read-only]" "The plan is open read-only." "symbolic link"; }
case_ro_reason_mn() { ro_reason mn "[зөвхөн унших]" "Төлөвлөгөө зөвхөн уншихаар нээлттэй." "симбол холбоос"; }

# no_wide_marks PLAN: every non-ASCII character on the screen is Cyrillic
# or one of the plan file's own (plan text; the seed has no "…" or "•"),
# so no border, mark, arrow or cut mark.
no_wide_marks() {
	screen > "$tmp/scr.txt"
	python3 - "$tmp/scr.txt" "$1" <<'PY' || { screen | sed 's/^/    | /'; return 1; }
import sys
scr = open(sys.argv[1], encoding="utf-8").read()
plan = set(open(sys.argv[2], encoding="utf-8").read())
# Mongolian words of the interface are Cyrillic too; the marks are not
bad = sorted({c for c in scr if ord(c) >= 0x80 and c not in plan
              and not 0x400 <= ord(c) <= 0x4FF})
if bad:
    print("    not ASCII under --ascii:", " ".join("U+%04X" % ord(c) for c in bad))
    sys.exit(1)
PY
}

ascii_marks() {
	seed_copy
	EXTRA_ENV="export TOLOV_LANG=$1 TOLOV_TODAY=2023-08-15" start 80 24 --ascii seed.yaml
	wait_for "$2"
	no_wide_marks "$tmp/work/seed.yaml"
	has "~"	# titles cut
	keys :
	text "goto 3.2"
	keys Enter
	settle
	keys Tab Tab
	settle
	no_wide_marks "$tmp/work/seed.yaml"
	keys Tab
	settle
	no_wide_marks "$tmp/work/seed.yaml"
	keys '?'
	settle
	for p in 1 2 3 4 5 6; do
		no_wide_marks "$tmp/work/seed.yaml"
		keys PgDn
		settle
	done
	keys q
	settle
	keys :
	text "goto AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZ"
	keys Enter
	settle
	no_wide_marks "$tmp/work/seed.yaml"
}
case_ascii_marks_en() { ascii_marks en "Goals"; }
case_ascii_marks_mn() { ascii_marks mn "Зорилтууд"; }

# status_panel LANG NOT-SCHEDULED LEGEND: a long note is cut at the panel's
# right edge, typed over lines; quarters outside the schedule say so; the
# help legend names the status panel's marks.
status_panel() {
	fresh small.yaml
	review_lang "$1" "" small.yaml
	wait_for "1.1"
	keys Down	# 1.2: scheduled in Q2 and Q3 only
	settle
	has "$2"
	keys Up Tab Tab	# the status panel, Q2's note
	settle
	keys Down Enter
	settle
	note="Хяналтын журмыг хэрэгжүүлэх ажлын хүрээнд зохион байгуулсан хурлын тэмдэглэл болон бусад баримт бичгийг ZLAST"
	text "$note"
	settle
	# while typed, its start and its end show together, over lines
	x=$(col "Хяналтын журмыг")
	r=$(($(screen | grep -n "Хяналтын журмыг" | head -n 1 | cut -d: -f1)))
	got=$(joined "$r" "$x" $((79 - x)))
	[ "$got" = "$note" ] || { echo "    editor shows: [$got]"; screen | sed 's/^/    | /'; return 1; }
	keys Enter
	settle
	# shown: cut at the border, not a word early
	screen | grep -q "~│$\|…│$" ||
		{ echo "    the note is not cut at the panel's edge"; screen | sed 's/^/    | /'; return 1; }
	keys '?'
	settle
	page_until "$3"
	has "$4"
}
case_status_panel_en() { status_panel en "not scheduled" "status panel: • scheduled" ".  status panel"; }
case_status_panel_mn() { status_panel mn "төлөвлөөгүй" "явц: • тухайн улиралд" "; . үнэлээгүй"; }
