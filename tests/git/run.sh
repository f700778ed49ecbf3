#!/bin/sh
# Tests of tolov's git commands (diff, merge, log, git-setup) against a
# real git. Each case is a folder tests/git/cases/NAME holding
#   cmd       a shell snippet; $TOLOV is the binary, $ROOT the project,
#             $TMP a fresh empty folder (also HOME), $PLAN a copy of the seed plan (tests/data/plans/);
#             $PLANEDIT the structural-edit tool (tests/tools/planedit.c);
#             setup.sh (sourced first) gives helpers: repo, commit, drivers
#   expected  what the snippet prints (stdout and stderr together),
#             followed by a last line "[exit N]"
# Then the measured merge test (merge_pairs.py) runs (TOLOV_SKIP_PAIRS=1
# skips it while working on a case).
# git gets a clean environment: no system or user configuration, HOME in
# the case's folder, a fixed author, committer and dates.
# TOLOV_UPDATE_GOLDEN=1 rewrites the expected files from the output.
# usage: run.sh ./tolov
tolov=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v git >/dev/null 2>&1; then
	echo "git tests: SKIPPED (git is not installed)"
	exit 0
fi
pass=0; fail=0
for c in "$root"/tests/git/cases/*/; do
	[ -f "$c/cmd" ] || continue
	name=$(basename "$c")
	tmp=$(mktemp -d)
	out=$(cd "$tmp" && env -i PATH="$PATH" HOME="$tmp" TOLOV="$tolov" ROOT="$root" TMP="$tmp" \
		PLAN="$root/tests/data/plans/anti-corruption-2023.yaml" PLANEDIT="$(dirname "$tolov")/tools/planedit" LC_ALL=C.UTF-8 TOLOV_LANG=en TZ=UTC \
		GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME="Бат Болд" GIT_AUTHOR_EMAIL=bat@example.mn \
		GIT_COMMITTER_NAME="Бат Болд" GIT_COMMITTER_EMAIL=bat@example.mn \
		GIT_AUTHOR_DATE="2023-04-01T10:00:00Z" GIT_COMMITTER_DATE="2023-04-01T10:00:00Z" \
		sh -c ". '$root/tests/git/setup.sh'; . '$c/cmd'" 2>&1; echo "[exit $?]")
	if [ -n "$TOLOV_UPDATE_GOLDEN" ]; then
		printf '%s\n' "$out" > "$c/expected"
	fi
	if printf '%s\n' "$out" | cmp -s - "$c/expected"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "git: FAIL $name"
		printf '%s\n' "$out" | diff -u "$c/expected" - | head -n 40
	fi
	rm -rf "$tmp"
done
echo "git: $pass passed, $fail failed"
mp=0
if [ -f "$root/tests/git/merge_pairs.py" ] && [ -z "$TOLOV_SKIP_PAIRS" ]; then
	python3 "$root/tests/git/merge_pairs.py" "$tolov" || mp=1
fi
[ "$fail" -eq 0 ] && [ "$mp" -eq 0 ]
