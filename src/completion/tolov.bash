# bash completion for tolov(1)                              -*- shell-script -*-
#
# Completes commands, options, --format values (read from
# `tolov COMMAND --help`, so new formats appear by themselves), --quarter and --lang values, plan
# files (*.yaml, *.yml), tables for import, and for `tolov set` the goal and
# activity ids of the plan (from `tolov export FILE --format json`), the
# settable paths and rating values, and the plan's responsible units for
# `tolov report --unit`. Installed as
# $(PREFIX)/share/bash-completion/completions/tolov; tested by
# tests/eco/check-completion.sh.

_tolov_commands="validate import export report set summary new diff log merge git-setup help"

# The formats COMMAND takes: from its option line in `tolov COMMAND --help`
# ("  -f, --format=FORMAT  text (default), md, html or csv"), else from a usage
# line "tolov COMMAND ... --format a|b|c" of `tolov --help`, else this
# release's.
_tolov_formats()
{
    local line f
    line=$(TOLOV_LANG=en LC_ALL=C.UTF-8 "${_tolov_bin:-tolov}" "$1" --help 2>/dev/null | grep -m1 -E '^ +(-[a-z], )?--format[= ][A-Z]+  +[a-z]')
    if [[ -n $line ]]; then
        f=$(sed -e 's/.*--format[= ][A-Z]*[[:space:]]*//' -e 's/([^)]*)//g' -e 's/,/ /g' -e 's/ or / /g' <<<"$line")
        [[ -n ${f// /} ]] && { echo $f; return; }
    fi
    line=$(TOLOV_LANG=en "${_tolov_bin:-tolov}" --help 2>/dev/null | grep -m1 "tolov $1 .*--format [a-z]*|")
    if [[ -n $line ]]; then
        f=${line#*--format }
        f=${f%%[] ]*}
        echo "${f//|/ }"
        return
    fi
    case $1 in
        report) echo "text csv md html xlsx" ;;
        diff) echo "text md json" ;;
        log) echo "text json" ;;
        *) echo "json csv md html xlsx" ;;
    esac
}

# Goal and activity ids of the plan FILE, one per line.
_tolov_ids()
{
    [[ -r $1 ]] || return
    "${_tolov_bin:-tolov}" export "$1" --format json 2>/dev/null |
        sed -n 's/^ *"id": "\(.*\)",\{0,1\}$/\1/p'
}

# The responsible units of the plan FILE (activities' and goals'), one per line.
_tolov_units()
{
    [[ -r $1 ]] || return
    "${_tolov_bin:-tolov}" export "$1" --format json 2>/dev/null |
        sed -n 's/^ *"responsible": "\(.*\)",\{0,1\}$/\1/p' | sort -u
}

# Files with one of the extensions $2... matching $1, and folders.
_tolov_files()
{
    local cur=$1 e
    shift
    compopt -o filenames 2>/dev/null
    COMPREPLY+=($(compgen -d -- "$cur"))
    for e; do
        COMPREPLY+=($(compgen -f -X "!*.$e" -- "$cur"))
    done
}

_tolov_set_paths()
{
    # $1: "plan", or an id; goal ids and activity ids take different paths,
    # but both are offered: tolov says which one fits.
    if [[ $1 == plan ]]; then
        echo "organisation= title= year= currency= extra."
        return
    fi
    local q paths="id= section= title= responsible= schedule= quarters= budget.amount= budget.source= budget.text="
    for q in 1 2 3 4; do
        paths+=" status.q$q.rating= status.q$q.note= indicators.0.actual.q$q="
    done
    echo "$paths indicators.0.name= indicators.0.unit= indicators.0.baseline= indicators.0.target= indicators.0.extra. extra."
}

_tolov()
{
    local cur prev words cword
    COMPREPLY=()
    if declare -F _init_completion >/dev/null; then
        _init_completion -n = || return
    else
        cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
        words=("${COMP_WORDS[@]}") cword=$COMP_CWORD
    fi
    local _tolov_bin=${words[0]}
    [[ $_tolov_bin == */* || -n $(type -P "$_tolov_bin" 2>/dev/null) ]] || _tolov_bin=tolov

    # The command: the first word after tolov that is not an option or its value.
    local cmd="" i w
    for ((i = 1; i < cword; i++)); do
        w=${words[i]}
        case $w in
            --lang|-o|--output|-f|--format|-q|--quarter|-u|--unit|-t|--title|-y|--year|-s|--sheet|--max-errors|--since) ((i++)) ;;
            -*) ;;
            *) cmd=$w; break ;;
        esac
    done
    # A first word that is not a command is a plan for the interface.
    local first=$cmd
    case " $_tolov_commands " in *" $cmd "*) ;; *) cmd="" ;; esac

    # Positional words after the command (options and their values skipped).
    local pos=()
    for ((i = i + 1; i < cword; i++)); do
        w=${words[i]}
        case $w in
            --lang|-o|--output|-f|--format|-q|--quarter|-u|--unit|-t|--title|-y|--year|-s|--sheet|--max-errors|--since) ((i++)) ;;
            -*) ;;
            *) pos+=("$w") ;;
        esac
    done

    # --format=VALUE and the like, as one word.
    if [[ $cur == --@(format|quarter|lang|color)=* ]]; then
        local o=${cur%%=*} vals
        case $o in
            --color) vals="always never auto" ;;
            --format) vals=$(_tolov_formats "${cmd:-export}") ;;
            --quarter) vals="1 2 3 4" ;;
            --lang) vals="en mn" ;;
        esac
        COMPREPLY=($(compgen -P "$o=" -W "$vals" -- "${cur#*=}"))
        return
    fi

    case $prev in
        --lang) COMPREPLY=($(compgen -W "en mn" -- "$cur")); return ;;
        -f|--format) COMPREPLY=($(compgen -W "$(_tolov_formats "${cmd:-export}")" -- "$cur")); return ;;
        -q|--quarter) COMPREPLY=($(compgen -W "1 2 3 4" -- "$cur")); return ;;
        -u|--unit)
            # The responsible units of the plan, quoted for the shell.
            local u
            while IFS= read -r u; do
                [[ -n $u && $u == "$cur"* ]] && COMPREPLY+=("$(printf '%q' "$u")")
            done <<<"$(_tolov_units "${pos[0]}")"
            return ;;
        -t|--title|-y|--year|-s|--sheet|--max-errors|--since) return ;;
        -o|--output) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")); return ;;
    esac

    local opts="--lang --help -h"
    case $cmd in
        "") opts+=" -R --read-only --ignore-lock --ascii --no-color --version" ;;
        validate) opts+=" --max-errors" ;;
        import) opts+=" --output --quarter --year --sheet --strict" ;;
        summary) opts+=" --output" ;;
        export) opts+=" --format --output" ;;
        report) opts+=" --quarter --format --unit --output" ;;
        set) opts+=" --ignore-lock" ;;
        new) opts+=" --title --year" ;;
        diff) opts+=" --format --stat --color --no-color -o --output" ;;
        log) opts+=" --since --format --follow -o --output" ;;
        git-setup) opts+=" --global" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
        return
    fi

    COMPREPLY=()
    if [[ -z $cmd ]]; then
        [[ -z $first ]] && COMPREPLY=($(compgen -W "$_tolov_commands" -- "$cur"))
        _tolov_files "$cur" yaml yml
        return
    fi
    case $cmd in
        help)
            ((${#pos[@]} == 0)) && COMPREPLY=($(compgen -W "$_tolov_commands" -- "$cur"))
            ;;
        new|diff|log|merge)
            _tolov_files "$cur" yaml yml
            ;;
        git-setup)
            ;;
        import)
            _tolov_files "$cur" txt tsv csv docx xlsx TXT TSV CSV DOCX XLSX
            ;;
        set)
            if ((${#pos[@]} == 0)); then
                _tolov_files "$cur" yaml yml
                return
            fi
            if [[ $cur == status.q[1-4].rating=* ]]; then
                local r
                for r in 100 70 30 0 not-due; do
                    [[ ${cur%%=*}=$r == "$cur"* ]] && COMPREPLY+=("${cur%%=*}=$r")
                done
                return
            fi
            [[ $cur == *=* ]] && return
            local target=plan
            if ((${#pos[@]} >= 2)) && [[ ${pos[1]} != *=* ]]; then
                target=${pos[1]}
            fi
            if ((${#pos[@]} == 1)); then
                local ids id
                ids=$(_tolov_ids "${pos[0]}")
                while IFS= read -r id; do
                    [[ -n $id && $id == "$cur"* ]] && COMPREPLY+=("$id")
                done <<<"$ids"
                COMPREPLY+=($(compgen -W "$(_tolov_set_paths plan)" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "$(_tolov_set_paths "$target")" -- "$cur"))
            fi
            # A path is followed by its value, not by a space.
            local c
            for c in "${COMPREPLY[@]}"; do
                [[ $c == *= || $c == *. ]] && { compopt -o nospace 2>/dev/null; break; }
            done
            ;;
        *)
            _tolov_files "$cur" yaml yml
            ;;
    esac
} &&
    complete -F _tolov tolov

# ex: filetype=sh
