#!/bin/sh
# The first run must not break the tests (issue 13): make run works on a
# copy of the seed plan under the build folder, made once and kept; rating
# an activity there leaves every tracked plan untouched; and no test reads
# a file under plans/, which users are invited to open and edit.
# usage: tests/eco/check-first-run.sh BUILD
build=${1:-build}
tolov=$build/tolov
[ -x "$tolov" ] || { echo "no $tolov"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
err=0
bad() { echo "$*"; err=1; }

seed=plans/anti-corruption-2023.yaml
before=$(cksum plans/* | sort)
out=$(make -s --no-print-directory run-copy BUILD="$tmp/b" 2>&1) || bad "make run-copy failed: $out"
copy=$tmp/b/anti-corruption-2023.yaml
[ -f "$copy" ] || bad "make run made no working copy at $copy"
case $out in *"$copy"*) ;; *) bad "make run does not print the working copy's path: $out" ;; esac
cmp -s "$seed" "$copy" || bad "the working copy differs from $seed"

# The natural first thing: rate an activity and save.
"$tolov" set "$copy" 1.1 status.q1.rating=70 "status.q1.note=first run" >"$tmp/set.out" 2>&1 ||
	bad "tolov set on the working copy failed: $(cat "$tmp/set.out")"
cmp -s "$seed" "$copy" && bad "tolov set did not change the working copy"
[ "$(cksum plans/* | sort)" = "$before" ] || bad "rating the working copy changed a file under plans/"

# A second run keeps the copy and its edit.
cp "$copy" "$tmp/edited"
out=$(make -s --no-print-directory run-copy BUILD="$tmp/b" 2>&1)
cmp -s "$copy" "$tmp/edited" || bad "a second make run replaced the working copy"
case $out in *"$copy"*) ;; *) bad "a second make run does not print the working copy's path: $out" ;; esac

# make run itself opens the working copy, not the tracked plan.
make -n --no-print-directory run BUILD="$build" 2>/dev/null | grep -q "tolov $build/anti-corruption-2023.yaml" ||
	bad "make run does not open $build/anti-corruption-2023.yaml"

# No test reads plans/: test inputs live under tests/data/ (the seed's
# copies in tests/data/plans/). The fuzzers only seed their corpus there.
refs=$(grep -rn 'plans/' tests Makefile 2>/dev/null |
	grep -v '^tests/data/' | grep -v '^tests/fuzz/' | grep -v '^tests/eco/' |
	grep -v '^Makefile:.*RUN_SEED' |
	awk '{ i = index($0, ":"); j = index(substr($0, i + 1), ":"); t = substr($0, i + j + 1);
	       gsub("data/plans/", "", t); if (t ~ /plans\//) print }')
[ -z "$refs" ] || bad "tests read files under plans/ (use copies in tests/data/plans/):
$refs"
exit $err
