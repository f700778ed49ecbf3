#!/bin/sh
# README.md reads as a document: every heading (outside code blocks) has a
# blank line above it, and no heading marker sits inside a paragraph (as
# "... in a plan are ## What tolov guarantees ..." once did).
# usage: tests/eco/check-readme.sh
awk '
/^```/ { code = !code; prev = $0; next }
!code && NR > 1 && /^#+ / && prev != "" { print "README.md:" NR ": no blank line above heading: " $0; bad = 1 }
!code && !/^#+ / && / #+ [A-Z]/ && !/`[^`]*#/ { print "README.md:" NR ": heading marker inside a line: " $0; bad = 1 }
{ prev = $0 }
END { exit bad }' README.md
