#!/bin/sh
# make install / make uninstall into a temporary DESTDIR, as an ordinary
# user: exactly the expected files with the expected modes, a binary that
# runs, and nothing left after uninstall. Once with the defaults
# (PREFIX=/usr/local), once with PREFIX, BINDIR and MANDIR set.
# usage: tests/eco/check-install.sh BUILD
build=${1:-build}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
err=0
bad() { echo "$*"; err=1; }

# check DEST EXPECTED-LIST MAKE-ARGS...
check() {
	dest=$1 want=$2; shift 2
	out=$(make -s --no-print-directory install BUILD="$build" DESTDIR="$dest" "$@" 2>&1) ||
		{ bad "make install $* failed: $out"; return; }
	(cd "$dest" && find . -type f -o -type l | sed 's#^\.##' | sort) >"$tmp/got"
	printf '%s\n' $want | sort >"$tmp/want"
	cmp -s "$tmp/got" "$tmp/want" || bad "make install $* installed:
$(diff "$tmp/want" "$tmp/got")"
	for f in $want; do
		[ -f "$dest$f" ] || continue
		case $f in */share/*) m=644 ;; */tolov) m=755 ;; *) m=644 ;; esac
		[ "$(stat -c %a "$dest$f")" = $m ] || bad "$f has mode $(stat -c %a "$dest$f"), not $m"
	done
	bin=$(printf '%s\n' $want | grep -v /share/ | grep "/tolov$")
	"$dest$bin" --version >/dev/null 2>&1 || bad "the installed $bin does not run"
	if command -v mandoc >/dev/null 2>&1; then
		for f in $want; do
			case $f in */man[15]/*) mandoc -T lint -W warning "$dest$f" >/dev/null 2>&1 ||
				bad "installed $f does not pass mandoc -T lint" ;; esac
		done
	fi
	python3 -c 'import json,sys; json.load(open(sys.argv[1]))' \
		"$dest$(printf '%s\n' $want | grep 'plan.schema.json$')" 2>/dev/null ||
		bad "the installed schema is not JSON"
	out=$(make -s --no-print-directory uninstall BUILD="$build" DESTDIR="$dest" "$@" 2>&1) ||
		bad "make uninstall $* failed: $out"
	left=$(cd "$dest" && find . -type f -o -type l)
	[ -z "$left" ] || bad "make uninstall $* left: $left"
	# tolov's own folder goes too; shared folders (bin, man1, ...) stay.
	[ ! -e "$dest$(dirname "$(printf '%s\n' $want | grep 'plan.schema.json$')")" ] ||
		bad "make uninstall $* left the folder share/tolov"
}

check "$tmp/a" "/usr/local/bin/tolov /usr/local/share/man/man1/tolov.1
/usr/local/share/man/man5/tolov-plan.5
/usr/local/share/bash-completion/completions/tolov
/usr/local/share/zsh/site-functions/_tolov
/usr/local/share/tolov/plan.schema.json"

check "$tmp/b" "/home/u/.local/sbin/tolov /opt/man/man1/tolov.1 /opt/man/man5/tolov-plan.5
/home/u/.local/share/bash-completion/completions/tolov
/home/u/.local/share/zsh/site-functions/_tolov
/home/u/.local/share/tolov/plan.schema.json" \
	PREFIX=/home/u/.local BINDIR=/home/u/.local/sbin MANDIR=/opt/man

# uninstall removes only what install put there.
mkdir -p "$tmp/c/usr/local/bin" "$tmp/c/usr/local/share/man/man1"
: >"$tmp/c/usr/local/bin/other"; : >"$tmp/c/usr/local/share/man/man1/other.1"
make -s --no-print-directory install BUILD="$build" DESTDIR="$tmp/c" >/dev/null 2>&1
make -s --no-print-directory uninstall BUILD="$build" DESTDIR="$tmp/c" >/dev/null 2>&1
left=$(cd "$tmp/c" && find . -type f | sort | tr '\n' ' ')
[ "$left" = "./usr/local/bin/other ./usr/local/share/man/man1/other.1 " ] ||
	bad "make uninstall removed or left the wrong files: $left"
exit $err
