#!/bin/sh
# Options the program accepts, from its source, against what it tells:
# every long option of a getopt_long table in src/cli/NAME.c and every
# letter of its short-option string, and the options main.c takes
# everywhere (--version, --help/-h, --lang), must be printed by the
# --help of the command(s) that file handles (tolov --help for the
# interface and main.c), and be in tolov(1) and in both completion files.
# (check-man.sh checks the other way: what --help prints is in the page.)
# usage: tests/eco/check-options.sh BUILD
build=${1:-build}
tolov=$build/tolov
[ -x "$tolov" ] || { echo "no $tolov"; exit 1; }
command -v mandoc >/dev/null 2>&1 || { echo "mandoc is not installed"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
err=0
bad() { echo "$*"; err=1; }
mandoc -T ascii src/man/tolov.1 | sed 's/.\x08//g' >"$tmp/man"

# word W FILE: W stands in FILE as a word of its own (not inside --w-x)
word() { grep -q -- "\(^\|[^a-zA-Z0-9-]\)$1\([^a-zA-Z0-9-]\|\$\)" "$2"; }

# described OPTION HELPFILE: OPTION heads a line of an options list
# ("  -f, --format=FORMAT  text ..."), not only the usage line
described() {
	sed -n 's/^ *\(-[^ ].*\)/\1/p' "$2" | sed 's/  .*//' >"$tmp/optcol"
	word "$1" "$tmp/optcol"
}

# check OPTION HELPFILE WHERE
check() {
	described "$1" "$2" || bad "$1 (accepted, $3) is not described in the help: $4"
	word "$1" "$tmp/man" || bad "$1 (accepted, $3) is not in tolov(1)"
	word "$1" src/completion/tolov.bash || bad "$1 (accepted, $3) is not completed by src/completion/tolov.bash"
	word "$1" src/completion/_tolov || bad "$1 (accepted, $3) is not completed by src/completion/_tolov"
}

LC_ALL=C.UTF-8 TOLOV_LANG=en "$tolov" --help >"$tmp/top" 2>&1 || bad "tolov --help failed"
# main.c: what every command, and tolov alone, take
for o in --version --help -h --lang; do check "$o" "$tmp/top" "src/cli/main.c" "tolov --help"; done

n=0
for f in src/cli/*.c; do
	longs=$(sed -n 's/.*{ *"\([a-z][a-z0-9-]*\)", *\(no\|required\|optional\)_argument.*/\1/p' "$f" | sort -u)
	shorts=$(grep 'cli_getopt(argc, argv,' "$f" | grep -o '"[a-zA-Z:]*"' | tr -d '":' | fold -w1 | sort -u)
	[ -n "$longs$shorts" ] || continue
	n=$((n + 1))
	# the commands whose handler is in this file; the interface's is tolov's own
	cmds=""
	for h in $(sed -n 's/^int \(cli_[a-z_]*\)(int argc, char \*\*argv)$/\1/p' "$f"); do
		[ "$h" = cli_interface ] && { cmds="$cmds -"; continue; }
		c=$(sed -n "s/.*{ *\"\([a-z-]*\)\", *[A-Z_]*, *$h,.*/\1/p" src/cli/commands.c)
		[ -n "$c" ] && cmds="$cmds $c"
	done
	[ -n "$cmds" ] || { bad "$f: no command of src/cli/commands.c is handled here"; continue; }
	: >"$tmp/help"
	for c in $cmds; do
		if [ "$c" = - ]; then cat "$tmp/top" >>"$tmp/help"
		else LC_ALL=C.UTF-8 TOLOV_LANG=en "$tolov" "$c" --help >>"$tmp/help" 2>&1 || bad "tolov $c --help failed"
		fi
	done
	what=$(echo "$cmds" | sed 's/^ //; s/-/tolov/; s/\([a-z-]*\)/\1/g')
	for o in $longs; do check "--$o" "$tmp/help" "$f" "--help of $what"; done
	for o in $shorts; do check "-$o" "$tmp/help" "$f" "--help of $what"; done
done
[ "$n" -ge 5 ] || bad "found options in only $n files of src/cli: is the pattern out of date?"
exit $err
