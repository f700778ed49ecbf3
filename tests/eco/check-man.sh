#!/bin/sh
# Manual pages: clean under mandoc -T lint (no WARNING or worse), and
# tolov(1) in step with the program:
#   - every command in the usage of `tolov --help` has its `.It Cm NAME`;
#   - every option that `tolov --help` or `tolov CMD --help` prints (a
#     command whose --help fails is skipped) appears in the page;
#   - every environment variable tolov reads (getenv in src/, test-only
#     TOLOV_TEST_* and the like excepted) is in ENVIRONMENT;
#   - every key name of the interface's key table is in the page;
#   - the KEYS section of tolov-plan(5) is generated from the JSON Schema.
# usage: tests/eco/check-man.sh BUILD
build=${1:-build}
tolov=$build/tolov
command -v mandoc >/dev/null 2>&1 || { echo "mandoc is not installed"; exit 77; }
[ -x "$tolov" ] || { echo "no $tolov"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
err=0
bad() { echo "$*"; err=1; }

for page in src/man/*.[1-9]; do
	out=$(mandoc -T lint -W warning "$page" 2>&1) || bad "mandoc -T lint $page:
$out"
done

# tolov-plan(5): its KEYS section is what the JSON Schema gives.
if command -v python3 >/dev/null 2>&1; then
	out=$(python3 src/man/gen-keys.py --check src/schema/plan.schema.json src/man/tolov-plan.5 2>&1) ||
		bad "$out"
fi

# groff, which man-db uses, has nothing to warn about either.
if command -v groff >/dev/null 2>&1; then
	for p in src/man/*.[1-9]; do
		out=$(groff -k -ww -mandoc -Tutf8 "$p" 2>&1 >/dev/null)
		[ -z "$out" ] || bad "groff -ww $p:
$out"
	done
fi

page=src/man/tolov.1
mandoc -T ascii "$page" | sed 's/.\x08//g' >"$tmp/text"

LC_ALL=C.UTF-8 TOLOV_LANG=en "$tolov" --help >"$tmp/help" 2>&1 || bad "tolov --help failed"
# Commands: "tolov NAME" at the start of a usage line, or "  NAME  text"
# under "Commands:".
cmds=$( { sed -n '1,/^$/p' "$tmp/help" | sed -n 's/^[a-z: ]*tolov \([a-z][a-z-]*\)\b.*/\1/p'
	sed -n '/^Commands:/,/^$/p' "$tmp/help" | sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p'; } | sort -u)
[ -n "$cmds" ] || bad "found no commands in tolov --help"
for c in $cmds; do
	grep -q "^\.It Cm $c\b" "$page" || bad "$page: command '$c' (in tolov --help) is not described (.It Cm $c)"
	LC_ALL=C.UTF-8 TOLOV_LANG=en "$tolov" "$c" --help >"$tmp/help-$c" 2>&1 || rm -f "$tmp/help-$c"
done

# Options: every -x and --long-name the help texts print.
for h in "$tmp"/help*; do
	for o in $(grep -o '\(^\|[^a-zA-Z0-9-]\)--\?[a-zA-Z][a-zA-Z0-9-]*' "$h" | sed 's/^[^-]*//' | sort -u); do
		grep -q -- "\(^\|[^a-zA-Z0-9-]\)$o\([^a-zA-Z0-9-]\|\$\)" "$tmp/text" ||
			bad "$page: option $o (printed by ${h##*/}) is missing"
	done
done

# Format values: every value a command's --format line lists
# ("-f, --format=FORMAT  json, csv, md or html") is in the page.
for h in "$tmp"/help-*; do
	[ -f "$h" ] || continue
	line=$(grep -m1 -E '^ +(-[a-z], )?--format[= ][A-Z]+  +[a-z]' "$h") || continue
	for v in $(printf '%s\n' "$line" | sed -e 's/.*--format[= ][A-Z]*//' -e 's/([^)]*)//g' -e 's/ or /,/g' | tr ', ' '\n\n' | grep .); do
		grep -q -- "\b$v\b" "$tmp/text" || bad "$page: format $v (${h##*/}) is missing"
	done
done

# Environment variables read by tolov.
sed -n '/^ENVIRONMENT/,/^[A-Z]/p' "$tmp/text" >"$tmp/env"
for v in $(grep -rhoE 'getenv\("[A-Z_]+"\)' src | sed 's/getenv("\(.*\)")/\1/' | sort -u); do
	case $v in TOLOV_TEST_*|TOLOV_EXIT_AFTER_FIRST_DRAW|TOLOV_SCREEN_*|TOLOV_DEBUG*) continue ;; esac
	grep -q "\b$v\b" "$tmp/env" || bad "$page: environment variable $v (read in src/) is not in ENVIRONMENT"
done

# Key names of the interface's key table ({ key, "Name", action, scope }).
if [ -f src/tui/keys.c ]; then
	sed -n '/^ *Keys$/,/^ *Commands/p' "$tmp/text" >"$tmp/keys"
	grep -o '^[[:space:]]*{ [^,]*, "[^"]*"' src/tui/keys.c | sed 's/.*"\(.*\)"/\1/' | sort -u >"$tmp/names"
	[ -s "$tmp/names" ] || bad "found no key names in src/tui/keys.c"
	while IFS= read -r k; do
		grep -qF -- "$k" "$tmp/keys" || bad "$page: key '$k' (src/tui/keys.c) is not under Keys"
	done <"$tmp/names"
fi

# tolov(1) in Mongolian, made from the catalog by src/man/help2man.sh:
# clean, Mongolian, and with every command of tolov --lang mn --help.
if sh src/man/help2man.sh "$tolov" mn >"$tmp/mn.1" 2>"$tmp/mn.err"; then
	out=$(mandoc -T lint -W warning "$tmp/mn.1" 2>&1) || bad "mandoc -T lint (Mongolian tolov.1):
$out"
	grep -q '^\.SH ТУШААЛУУД' "$tmp/mn.1" || bad "the Mongolian tolov.1 has no ТУШААЛУУД section"
	LC_ALL=C.UTF-8 "$tolov" --lang mn --help | sed -n '/^[^ ].*:$/,/^$/p' |
		sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p' >"$tmp/mncmds"
	[ -s "$tmp/mncmds" ] || bad "found no commands in tolov --lang mn --help"
	while read -r c; do
		grep -qx "\.SS tolov $c" "$tmp/mn.1" || bad "the Mongolian tolov.1 lacks the command $c"
	done <"$tmp/mncmds"
	grep -q 'Options\|Commands:\|usage:' "$tmp/mn.1" && bad "the Mongolian tolov.1 has English: $(grep -m3 'Options\|Commands:\|usage:' "$tmp/mn.1")"
else
	bad "src/man/help2man.sh failed: $(cat "$tmp/mn.err")"
fi

# The page names the files tolov leaves beside a plan.
for f in '.NAME.lock' 'NAME.save'; do
	grep -qF -- "$f" "$tmp/text" || bad "$page: FILES does not name $f"
done
exit $err
