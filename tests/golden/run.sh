#!/bin/sh
# Golden tests of the command line. Each case is a folder
# tests/golden/cases/NAME holding
#   cmd       a shell snippet; $TOLOV is the binary, $ROOT the project,
#             $TMP a fresh empty folder the case may write in
#   expected  what the snippet prints (stdout and stderr together),
#             followed by a last line "[exit N]"
# TOLOV_UPDATE_GOLDEN=1 rewrites the expected files from the output.
# usage: run.sh ./tolov
tolov=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
pass=0; fail=0
for c in "$root"/tests/golden/cases/*/; do
	[ -f "$c/cmd" ] || continue
	name=$(basename "$c")
	tmp=$(mktemp -d)
	out=$(cd "$tmp" && TOLOV="$tolov" ROOT="$root" TMP="$tmp" LC_ALL=C.UTF-8 TOLOV_LANG=en \
		sh "$c/cmd" 2>&1; echo "[exit $?]")
	if [ -n "$TOLOV_UPDATE_GOLDEN" ]; then
		printf '%s\n' "$out" > "$c/expected"
	fi
	if printf '%s\n' "$out" | cmp -s - "$c/expected"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "golden: FAIL $name"
		printf '%s\n' "$out" | diff -u "$c/expected" - | head -n 40
	fi
	rm -rf "$tmp"
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
