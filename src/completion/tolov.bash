# bash completion for tolov(1)                              -*- shell-script -*-
#
# Completes commands, options, --format values (read from `tolov --help`,
# so new formats appear by themselves), --quarter and --lang values, plan
# files (*.yaml, *.yml), tables for import, and for `tolov set` the goal and
# activity ids of the plan (from `tolov export FILE --format json`), the
# settable paths and rating values. Installed as
# $(PREFIX)/share/bash-completion/completions/tolov; tested by
# tests/eco/check-completion.sh.

_tolov_commands="validate import export report set summary"

# The formats COMMAND takes, from the usage line "tolov COMMAND ... --format a|b|c".
_tolov_formats()
{
    local line f
    line=$(TOLOV_LANG=en "${_tolov_bin:-tolov}" --help 2>/dev/null | grep -m1 "tolov $1 ")
    f=${line#*--format }
    f=${f%%[] ]*}
    if [[ $line != *--format* || $f != *'|'* ]]; then
        # The usage line does not list them: the formats of this release.
        [[ $1 == report ]] && echo "text md html csv" || echo "json csv md html"
        return
    fi
    echo "${f//|/ }"
}

# Goal and activity ids of the plan FILE, one per line.
_tolov_ids()
{
    [[ -r $1 ]] || return
    "${_tolov_bin:-tolov}" export "$1" --format json 2>/dev/null |
        sed -n 's/^ *"id": "\(.*\)",\{0,1\}$/\1/p'
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
        echo "title= year= currency="
        return
    fi
    local q paths="id= title= responsible= schedule= quarters= budget.amount= budget.source= budget.text="
    for q in 1 2 3 4; do
        paths+=" status.q$q.rating= status.q$q.note= indicators.0.actual.q$q="
    done
    echo "$paths indicators.0.name= indicators.0.baseline= indicators.0.target="
}

_tolov()
{
    local cur prev words cword
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
            --lang|-o|--output|-f|--format|-q|--quarter|--unit) ((i++)) ;;
            -*) ;;
            *) cmd=$w; break ;;
        esac
    done
    case $cmd in validate|import|export|report|set|summary) ;; *) cmd="" ;; esac

    case $prev in
        --lang) COMPREPLY=($(compgen -W "en mn" -- "$cur")); return ;;
        -f|--format) COMPREPLY=($(compgen -W "$(_tolov_formats "${cmd:-export}")" -- "$cur")); return ;;
        -q|--quarter) COMPREPLY=($(compgen -W "1 2 3 4" -- "$cur")); return ;;
        --unit) return ;;
        -o|--output) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")); return ;;
    esac

    local opts
    case $cmd in
        "") opts="--lang --read-only --ignore-lock --ascii --no-color --help --version" ;;
        validate|summary) opts="--help" ;;
        import) opts="-o --help" ;;
        export) opts="--format -o --lang --help" ;;
        report) opts="--quarter --format --unit -o --lang --help" ;;
        set) opts="--help" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
        return
    fi

    # Positional words after the command (options and their values skipped).
    local pos=() 
    for ((i = i + 1; i < cword; i++)); do
        w=${words[i]}
        case $w in
            --lang|-o|--output|-f|--format|-q|--quarter|--unit) ((i++)) ;;
            -*) ;;
            *) pos+=("$w") ;;
        esac
    done

    COMPREPLY=()
    if [[ -z $cmd ]]; then
        COMPREPLY=($(compgen -W "$_tolov_commands" -- "$cur"))
        _tolov_files "$cur" yaml yml
        return
    fi
    case $cmd in
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
                [[ $c == *= ]] && { compopt -o nospace 2>/dev/null; break; }
            done
            ;;
        *)
            _tolov_files "$cur" yaml yml
            ;;
    esac
} &&
    complete -F _tolov tolov

# ex: filetype=sh
