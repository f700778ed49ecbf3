#!/bin/sh
# check-layers.sh — fail when a file calls into a higher tier.
#
# The tiers, lowest first (README "Layout"):
#   base  utilities, text width, hashing, the message catalog
#   yaml  the byte-span document
#   plan  the schema, the model, progress, plandiff, the canonical writer
#   io    import, export, report, save, lock, recover
#   edit  the session: lossless edits, undo, structural edits
#   tui   the terminal interface
#   cli   the command line (may start the interface)
# A file under src/T/ or include/tolov/T/ may include "tolov/U/..." only
# when U is T or a tier below it. Private headers (src/T/*.h) belong to
# their tier and may be included from it alone.
# Exit 0 when every include goes down or sideways; prints each offence.
set -u
cd "$(dirname "$0")/.."
tiers="base yaml plan io edit tui cli"
rank() {
	i=0
	for t in $tiers; do
		[ "$t" = "$1" ] && { echo $i; return; }
		i=$((i + 1))
	done
	echo 99
}
bad=0 n=0
out=$(mktemp) || exit 1
for f in $(find src include/tolov -name '*.[ch]' | sort); do
	case $f in
	src/*) tier=$(echo "$f" | cut -d/ -f2) ;;
	include/tolov/*) tier=$(echo "$f" | cut -d/ -f3) ;;
	esac
	case $f in */*/*) ;; *) echo "$f: not inside a tier folder"; bad=$((bad + 1)); continue ;; esac
	r=$(rank "$tier")
	if [ "$r" = 99 ]; then echo "$f: unknown tier '$tier'"; bad=$((bad + 1)); continue; fi
	n=$((n + 1))
	grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f" | while IFS= read -r line; do
		inc=$(echo "$line" | sed 's/.*include[[:space:]]*"\([^"]*\)".*/\1/')
		case $inc in
		tolov/*/*) u=$(echo "$inc" | cut -d/ -f2) ;;
		tolov/*) echo "$f:${line%%:*}: $inc is outside every tier"; continue ;;
		*/*) echo "$f:${line%%:*}: private header $inc of another folder"; continue ;;
		*) [ -f "$(dirname "$f")/$inc" ] || echo "$f:${line%%:*}: $inc is not beside it"; continue ;;
		esac
		ru=$(rank "$u")
		if [ "$ru" -gt "$r" ]; then
			echo "$f:${line%%:*}: tier $tier includes $inc of the higher tier $u"
		fi
	done
done > "$out" 2>&1
bad=$((bad + $(wc -l < "$out")))
cat "$out"
rm -f "$out"
if [ "$bad" -ne 0 ]; then
	echo "check-layers: $n files, $bad offences"
	echo "layers: 0 passed, 1 failed"
	exit 1
fi
echo "layers: 1 passed, 0 failed ($n files, every include goes down or sideways)"
