# help2man.awk — one `tolov ... --help` text to man(7) body text.
# Paragraphs are separated by blank lines. The first is the usage (shown
# as lines, the "usage:" label dropped); a paragraph whose first line ends
# with ":" and whose other lines are indented is a list (commands or
# options), each item a .TP with its tag; any other paragraph is prose.
# With skip=FILE, paragraphs that also appear in FILE (the top help's
# common options) are left out; with nousage=1 the first paragraph is not
# taken for the usage; the first paragraph macro is left out (it would
# follow a heading).
# Used by src/man/help2man.sh.
function esc(s) {
	gsub(/\\/, "\\e", s)
	return s
}
function line(s) {
	s = esc(s)
	if (s ~ /^[.']/)
		s = "\\&" s
	return s
}
function opt(s) {
	s = esc(s)
	gsub(/-/, "\\-", s)
	return s
}
function pp() {
	if (printed++)
		print ".PP"
}
function flush(   i, n, l, tag, body, gap, ind) {
	if (np == 0)
		return
	key = ""
	for (i = 1; i <= np; i++)
		key = key p[i] "\n"
	if (!(key in seen)) {
		if (npar == 0 && !nousage) {
			printed++
			print ".nf"
			for (i = 1; i <= np; i++) {
				l = p[i]
				if (i == 1)
					sub(/^[^ ]*: */, "", l)
				sub(/^ +/, "", l)
				print "\\fB" opt(l) "\\fP"
			}
			print ".fi"
		} else if (np > 1 && p[1] ~ /:$/ && p[2] ~ /^  /) {
			pp()
			print line(p[1])
			for (i = 2; i <= np; i++) {
				l = p[i]
				match(l, /^ */)
				ind = RLENGTH
				if (ind <= 6) {
					sub(/^ +/, "", l)
					gap = index(l, "  ")
					if (gap) {
						tag = substr(l, 1, gap - 1)
						body = substr(l, gap)
						sub(/^ +/, "", body)
					} else {
						tag = l
						body = ""
					}
					print ".TP"
					print "\\fB" opt(tag) "\\fP"
					if (body != "")
						print line(body)
				} else {
					sub(/^ +/, "", l)
					print line(l)
				}
			}
		} else {
			pp()
			for (i = 1; i <= np; i++)
				print line(p[i])
		}
	}
	npar++
	np = 0
}
BEGIN {
	if (skip != "") {
		n = 0; k = ""
		while ((getline l < skip) > 0) {
			if (l == "") { if (k != "") seen[k] = 1; k = "" }
			else k = k l "\n"
		}
		if (k != "") seen[k] = 1
	}
}
/^$/ { flush(); next }
{ p[++np] = $0 }
END { flush() }
