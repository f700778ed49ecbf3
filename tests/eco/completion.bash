#!/bin/bash
# bash completion of tolov, driven as bash drives it: the script is sourced,
# COMP_WORDS/COMP_CWORD/COMP_LINE/COMP_POINT are set for a command line, the
# function registered with `complete -F` is called, and COMPREPLY is
# checked. Also: every option `tolov --help` prints is known to the script.
# usage: completion.bash BUILD plain|PATH-TO-bash_completion
build=$(cd "${1:-build}" && pwd)
root=$(pwd)
if [[ $2 != plain ]]; then
	# shellcheck disable=SC1090
	source "$2" || { echo "cannot source $2"; exit 1; }
fi
source "$root/src/completion/tolov.bash" || { echo "cannot source tolov.bash"; exit 1; }
mode=$2
err=0
bad() { echo "completion ($mode): $*"; err=1; }

spec=$(complete -p tolov 2>/dev/null)
[[ $spec == *"-F _tolov"* ]] || bad "tolov is not registered with complete -F: '$spec'"
func=${spec#*-F }; func=${func%% *}

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$root/tests/data/plans/example-en.yaml" "$tmp/plan.yaml"
: >"$tmp/table.txt"; : >"$tmp/notes.md"; mkdir "$tmp/sub"
cd "$tmp" || exit 1
export PATH="$build:$PATH" TOLOV_LANG=en

# complete LINE: COMPREPLY for the cursor at the end of LINE, sorted, one a line.
complete_line() {
	local line=$1
	read -ra COMP_WORDS <<<"$line"
	[[ $line == *" " ]] && COMP_WORDS+=("")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMP_LINE=$line COMP_POINT=${#line}
	COMPREPLY=()
	"$func" tolov "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
	printf '%s\n' "${COMPREPLY[@]}" | sed 's#/$##' | sort -u
}
# has LINE WORD...: every WORD is offered.
has() {
	local line=$1 got w; shift
	got=$(complete_line "$line")
	for w; do grep -qxF -- "$w" <<<"$got" || bad "'$line<Tab>' does not offer '$w'; offers: $(echo $got)"; done
}
# hasnt LINE WORD...: no WORD is offered.
hasnt() {
	local line=$1 got w; shift
	got=$(complete_line "$line")
	for w; do grep -qxF -- "$w" <<<"$got" && bad "'$line<Tab>' offers '$w'"; done
}
# exactly LINE WORDS: the offer is exactly WORDS (space-separated).
exactly() {
	local got; got=$(complete_line "$1" | tr '\n' ' ')
	[[ $got == "$2 " ]] || bad "'$1<Tab>' offers '$got', expected '$2 '"
}

has "tolov " validate import export report set summary plan.yaml sub
hasnt "tolov " table.txt notes.md
has "tolov plan.yaml " plan.yaml sub
hasnt "tolov plan.yaml " validate set
exactly "tolov va" "validate"
exactly "tolov --l" "--lang"
exactly "tolov --lang " "en mn"
has "tolov -" --lang --read-only --ignore-lock --ascii --no-color --help --version
has "tolov report plan.yaml -" --quarter --format --unit --output --lang --help
has "tolov export plan.yaml -" --format --output
has "tolov set plan.yaml -" --ignore-lock
has "tolov validate -" --max-errors
has "tolov new -" --title --year
has "tolov import table.txt -" --output --quarter --year --sheet --strict
has "tolov diff -" --stat --color --no-color --format
has "tolov log plan.yaml -" --since --format
has "tolov git-setup -" --global
exactly "tolov diff --color=n" "--color=never"
has "tolov " new help
exactly "tolov help s" "set summary"
exactly "tolov report plan.yaml --quarter=" "--quarter=1 --quarter=2 --quarter=3 --quarter=4"
exactly "tolov --lang=m" "--lang=mn"
exactly "tolov report plan.yaml --quarter " "1 2 3 4"
units=$(sed -n 's/^ *responsible: *"\{0,1\}\([^"]*\)"\{0,1\} *$/\1/p' plan.yaml | grep . | sort -u | while IFS= read -r u; do printf '%q\n' "$u"; done | sort -u | tr '\n' ' ')
[[ -n $units ]] || bad "the test plan has no responsible units"
got=$(complete_line "tolov report plan.yaml --unit " | tr '\n' ' ')
[[ $got == "$units" ]] || bad "'tolov report plan.yaml --unit <Tab>' offers '$got', the plan has '$units'"
exactly "tolov report plan.yaml -q " "1 2 3 4"
has "tolov import " table.txt sub
hasnt "tolov import " plan.yaml notes.md
has "tolov validate " plan.yaml
hasnt "tolov validate " table.txt
exactly "tolov set " "plan.yaml sub"
has "tolov set plan.yaml " 1 1.1 1.2 2 2.1 title= year= currency=
exactly "tolov set plan.yaml 2." "2.1 2.2 2.3"
has "tolov set plan.yaml 1.1 " status.q1.rating= status.q4.note= budget.amount= responsible= quarters=
exactly "tolov set plan.yaml 1.1 status.q2.r" "status.q2.rating="
exactly "tolov set plan.yaml 1.1 status.q2.rating=" "status.q2.rating=0 status.q2.rating=100 status.q2.rating=30 status.q2.rating=70 status.q2.rating=not-due"
exactly "tolov set plan.yaml 1.1 status.q2.rating=n" "status.q2.rating=not-due"

# --format values: exactly what tolov CMD --help lists on its --format line
# ("-f, --format=FORMAT  text (default), md, html or csv"), or else the
# usage line of tolov --help ("--format json|csv|md|html").
for c in export report diff log; do
	line=$(tolov "$c" --help 2>/dev/null | grep -m1 -E '^ +(-[a-z], )?--format[= ][A-Z]+  +[a-z]')
	if [[ -n $line ]]; then
		want=$(sed -e 's/.*--format[= ][A-Z]*//' -e 's/([^)]*)//g' -e 's/ or /,/g' <<<"$line" | tr ', ' '\n\n' | grep . | sort | tr '\n' ' ')
	else
		want=$(tolov --help | grep -m1 "tolov $c .*--format [a-z]*|" | sed 's/.*--format \([^] ]*\).*/\1/' | tr '|' '\n' | sort | tr '\n' ' ')
	fi
	# diff and log are newer than export and report: skipped where this
	# tolov has no --format for them.
	[[ -z $want && ($c == diff || $c == log) ]] && continue
	[[ $want == *json* || $want == *csv*html* ]] || bad "no --format values for $c in tolov $c --help nor tolov --help: '$want'"
	got=$(complete_line "tolov $c plan.yaml --format=" | sed 's/^--format=//' | tr '\n' ' ')
	[[ $got == "$want" ]] || bad "tolov $c --format=<Tab> offers '$got', the help lists '$want'"
	got=$(complete_line "tolov $c plan.yaml --format " | tr '\n' ' ')
	[[ $got == "$want" ]] || bad "tolov $c --format <Tab> offers '$got', tolov --help lists '$want'"
done

# Every dotted set path `tolov set --help` names (status.qN.rating,
# indicators.I.name|baseline|...) is offered after an activity id, with N
# and I as 1..4 and 0 (extra.KEY as "extra.", for the key to be typed).
if help=$(tolov set --help 2>/dev/null); then
	got=$(complete_line "tolov set plan.yaml 1.1 ")
	for t in $(grep -oE '[a-z]+(\.[a-zA-Z0-9]+)+(\|[a-z.A-Z0-9]+)*' <<<"$help" | sort -u); do
		head=${t%%|*}; stem=${head%.*}
		for alt in "${head##*.}" $(tr '|' ' ' <<<"${t#"$head"}"); do
			p=$stem.$alt
			for q in 1 2 3 4; do
				e=${p//qN/q$q}; e=${e//.I./.0.}
				# extra.KEY: any key, so "extra." is what is offered
				if [[ $e == *.KEY ]]; then
					grep -qxF -- "${e%KEY}" <<<"$got" || bad "set path $e (tolov set --help: $t) is not offered as ${e%KEY}"
					continue
				fi
				grep -qxF -- "$e=" <<<"$got" || bad "set path $e (tolov set --help: $t) is not offered"
			done
		done
	done
fi

# Every command tolov --help lists (in its usage lines or under Commands:)
# is completed.
cmds=$( { tolov --help | sed -n '1,/^$/p' | sed -n 's/^[a-z: ]*tolov \([a-z][a-z-]*\)\b.*/\1/p'
	tolov --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p'; } | sort -u)
[[ -n $cmds ]] || bad "found no commands in tolov --help"
for c in $cmds; do
	grep -qxF -- "$c" <<<"$(complete_line "tolov ")" || bad "command $c (tolov --help) is not completed"
done

# Every option tolov --help (and tolov CMD --help) prints is in the script.
for h in "" $cmds; do
	out=$(tolov $h --help 2>/dev/null) || continue
	for o in $(grep -o '\(^\|[^a-zA-Z0-9-]\)--\?[a-zA-Z][a-zA-Z0-9-]*' <<<"$out" | sed 's/^[^-]*//' | sort -u); do
		grep -q -- "[\" |]$o[\" )|]" "$root/src/completion/tolov.bash" ||
			bad "option $o (tolov $h --help) is unknown to src/completion/tolov.bash"
	done
done
exit $err
