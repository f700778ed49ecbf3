# zsh completion of tolov: src/completion/_tolov is loaded by compinit from
# fpath in an interactive zsh on a pseudo-terminal (zsh/zpty), a command
# line is typed with a Tab, and the listing is checked.
# usage: zsh -f tests/eco/completion.zsh BUILD
build=${1:A}
root=$PWD
zsh -n $root/src/completion/_tolov || { print "completion (zsh): _tolov does not parse"; exit 1 }
zmodload zsh/zpty || { print "completion (zsh): no zsh/zpty"; exit 77 }
tmp=$(mktemp -d)
trap 'rm -rf $tmp' EXIT
cp $root/tests/data/plans/example-en.yaml $tmp/plan.yaml
: >$tmp/table.txt
err=0

# offers LINE WORD...: typing LINE and Tab shows every WORD (within 20 s).
offers() {
  local line=$1 all= chunk i ok w
  shift
  zpty z "env -i HOME=$tmp TERM=xterm PATH=$build:/usr/bin:/bin TOLOV_LANG=en zsh -f -i"
  zpty -w z "PS1='> '; fpath=($root/src/completion \$fpath); autoload -Uz compinit; compinit -u -D; cd $tmp; LISTMAX=1000; unsetopt beep"
  zpty -w -n z "$line"$'\t'
  for (( i = 0; i < 200; i++ )); do
    while zpty -r -t z chunk; do all+=$chunk; done
    ok=1
    for w; do [[ $all == *$w* ]] || ok=0; done
    (( ok )) && break
    sleep 0.1
  done
  zpty -d z
  for w; do
    [[ $all == *$w* ]] || { print -r "completion (zsh): '$line<Tab>' does not show '$w'"; err=1 }
  done
}

offers 'tolov ' validate import export report set summary new diff log merge git-setup help plan.yaml
offers 'tolov diff -' --stat --color --format
offers 'tolov report plan.yaml -' --quarter --format --unit --output
offers 'tolov --' --lang --read-only --ignore-lock --ascii --no-color
offers 'tolov set plan.yaml ' 1.1 2.3
offers 'tolov set plan.yaml 1.1 status.q1.rating=' 100 70 30 not-due
offers 'tolov export plan.yaml --format ' json csv html
offers 'tolov report plan.yaml --quarter ' '1  2  3  4'
offers 'tolov plan.yaml ' plan.yaml
offers 'tolov report plan.yaml --unit ' 'Finance\ Unit' 'Legal\ Unit'
exit $err
