#!/bin/sh
# make install / make uninstall into a temporary DESTDIR, as an ordinary
# user: exactly the expected files with the expected modes, a binary that
# runs, and nothing left after uninstall. Once with the defaults
# (PREFIX=/usr/local), once with PREFIX, BINDIR and MANDIR set, once with
# the GNU lower-case prefix and bindir.
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
			case $f in */man[15]/*|*/mn/man1/*) mandoc -T lint -W warning "$dest$f" >/dev/null 2>&1 ||
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
	# tolov's own folders go too; shared folders (bin, man1, ...) stay.
	[ ! -e "$dest$(dirname "$(printf '%s\n' $want | grep 'plan.schema.json$')")" ] ||
		bad "make uninstall $* left the folder share/tolov"
}

check "$tmp/a" "/usr/local/bin/tolov /usr/local/share/man/man1/tolov.1
/usr/local/share/man/man5/tolov-plan.5 /usr/local/share/man/mn/man1/tolov.1
/usr/local/share/bash-completion/completions/tolov
/usr/local/share/zsh/site-functions/_tolov
/usr/local/share/tolov/plan.schema.json"

check "$tmp/b" "/home/u/.local/sbin/tolov /opt/man/man1/tolov.1 /opt/man/man5/tolov-plan.5
/opt/man/mn/man1/tolov.1
/home/u/.local/share/bash-completion/completions/tolov
/home/u/.local/share/zsh/site-functions/_tolov
/home/u/.local/share/tolov/plan.schema.json" \
	PREFIX=/home/u/.local BINDIR=/home/u/.local/sbin MANDIR=/opt/man

check "$tmp/g" "/usr/games/tolov /usr/share/man/man1/tolov.1 /usr/share/man/man5/tolov-plan.5
/usr/share/man/mn/man1/tolov.1
/usr/share/bash-completion/completions/tolov
/usr/share/zsh/site-functions/_tolov
/usr/share/tolov/plan.schema.json" \
	prefix=/usr bindir=/usr/games

# Installed for one user as the README says (make install
# PREFIX=$HOME/.local, no DESTDIR), the shells and man find what they need:
# bash-completion's loader, zsh's compinit with the fpath line of the
# README, and man through PATH.
home=$tmp/home
if make -s --no-print-directory install BUILD="$build" PREFIX="$home/.local" >/dev/null 2>&1; then
	if [ -f /usr/share/bash-completion/bash_completion ]; then
		spec=$(env -u XDG_DATA_HOME -u BASH_COMPLETION_USER_DIR HOME="$home" PATH="$home/.local/bin:$PATH" \
			bash -c 'source /usr/share/bash-completion/bash_completion; __load_completion tolov; complete -p tolov' 2>&1)
		case $spec in *"-F _tolov"*) ;; *) bad "bash-completion does not load the installed completion: $spec" ;; esac
	fi
	if command -v zsh >/dev/null 2>&1; then
		got=$(HOME="$home" zsh -fc 'fpath=(~/.local/share/zsh/site-functions $fpath); autoload -Uz compinit; compinit -u -d ~/.zcompdump; print -r -- $_comps[tolov]' 2>&1)
		[ "$got" = _tolov ] || bad "zsh's compinit does not find the installed _tolov: $got"
	fi
	if command -v man >/dev/null 2>&1; then
		for p in tolov "5 tolov-plan" "-L mn tolov"; do
			got=$(env -u MANPATH HOME="$home" PATH="$home/.local/bin:$PATH" man -w $p 2>&1)
			case $got in "$home/.local/share/man/"*) ;; *) bad "man -w $p does not find the installed page: $got" ;; esac
		done
		got=$(env -u MANPATH HOME="$home" PATH="$home/.local/bin:$PATH" man -L mn -w tolov 2>&1)
		[ "$got" = "$home/.local/share/man/mn/man1/tolov.1" ] || bad "man -L mn -w tolov gives $got"
	fi
	make -s --no-print-directory uninstall BUILD="$build" PREFIX="$home/.local" >/dev/null 2>&1
	left=$(find "$home/.local" -type f)
	[ -z "$left" ] || bad "make uninstall PREFIX=$home/.local left: $left"
	# the folders install made below the prefix go too, when empty
	left=$(find "$home/.local" -mindepth 1 -type d)
	[ -z "$left" ] || bad "make uninstall PREFIX=$home/.local left the folders: $left"
else
	bad "make install PREFIX=$home/.local failed"
fi

# uninstall removes only what install put there.
mkdir -p "$tmp/c/usr/local/bin" "$tmp/c/usr/local/share/man/man1"
: >"$tmp/c/usr/local/bin/other"; : >"$tmp/c/usr/local/share/man/man1/other.1"
make -s --no-print-directory install BUILD="$build" DESTDIR="$tmp/c" >/dev/null 2>&1
make -s --no-print-directory uninstall BUILD="$build" DESTDIR="$tmp/c" >/dev/null 2>&1
left=$(cd "$tmp/c" && find . -type f | sort | tr '\n' ' ')
[ "$left" = "./usr/local/bin/other ./usr/local/share/man/man1/other.1 " ] ||
	bad "make uninstall removed or left the wrong files: $left"
exit $err
