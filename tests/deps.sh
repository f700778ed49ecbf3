#!/bin/sh
# Install tolov's dependencies when they are missing: "build" (default)
# for building and running, "test" for the test suites too.
# Uses apt-get when it can (root, or sudo without a password); otherwise
# says exactly what to install.
pkgs="build-essential pkg-config libncurses-dev libyaml-dev libzip-dev libexpat1-dev libxlsxwriter-dev libxxhash-dev"
[ "${1:-build}" = test ] && pkgs="$pkgs libcmocka-dev tmux python3 python3-yaml python3-jsonschema python3-openpyxl python3-docx mandoc bash-completion zsh git"
# Without dpkg (not Debian), trust pkg-config for the build libraries and
# let the compiler have the last word.
if ! command -v dpkg-query >/dev/null 2>&1; then
	[ "${1:-build}" = build ] && pkg-config --exists ncursesw yaml-0.1 libzip expat xlsxwriter libxxhash 2>/dev/null && exit 0
	echo "tolov needs (Debian/Ubuntu names):$(echo " $pkgs")" >&2
	echo "install them with your package manager" >&2
	exit 1
fi
missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
	echo "tolov needs:$missing (Debian/Ubuntu names). Install them with your package manager." >&2
	exit 1
fi
if [ "$(id -u)" -eq 0 ]; then sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"
else
	echo "tolov needs:$missing" >&2
	echo "run: sudo apt-get install -y$missing" >&2
	exit 1
fi
echo "installing:$missing"
$sudo apt-get update -qq >/dev/null 2>&1
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null || {
	echo "apt-get could not install:$missing" >&2; exit 1; }
