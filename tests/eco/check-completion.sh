#!/bin/sh
# Shell completion: runs tests/eco/completion.bash under bash (with and
# without the bash-completion package's helpers) and, when zsh is
# installed, tests/eco/completion.zsh.
# usage: tests/eco/check-completion.sh BUILD
build=${1:-build}
command -v bash >/dev/null 2>&1 || { echo "bash is not installed"; exit 77; }
err=0
bash tests/eco/completion.bash "$build" plain || err=1
if [ -f /usr/share/bash-completion/bash_completion ]; then
	bash tests/eco/completion.bash "$build" /usr/share/bash-completion/bash_completion || err=1
fi
if command -v zsh >/dev/null 2>&1; then
	zsh -f tests/eco/completion.zsh "$build" || err=1
fi
exit $err
