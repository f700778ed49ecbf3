#!/bin/sh
# Every coded message set in src/ passes the arguments its catalog text
# takes: the shape argument of tv_err_at, tv_diag_at, tv_err_note,
# doc_error, doc_error_at, doc_note, cli_usage_error, tv_msg_add, import_err,
# the loader's fail (plan.c), edit.c's path_err and
# import_warn (checked by the compiler against
# the arguments) must name the same printf conversions, in order, as the
# message's English text (which test_i18n checks against the Mongolian).
# usage: check-msgargs.sh   (from anywhere; exit 1 on a mismatch)
root=$(cd "$(dirname "$0")/.." && pwd)
exec python3 - "$root" <<'PY'
import glob, re, sys
root = sys.argv[1]
lit = r'"(?:[^"\\]|\\.)*"'
cat = {}
for h in glob.glob(root + '/include/tolov/base/msg_*.h'):
    src = open(h, encoding='utf-8').read().replace('\\\n', '\n')
    for m in re.finditer(r'\bX\(\s*(M_\w+)\s*,\s*((?:' + lit + r'\s*)+),', src):
        cat[m.group(1)] = ''.join(re.findall(lit, m.group(2)))
def convs(s):
    s = s.replace('%%', '')
    return re.findall(r'%[-+ #0-9.*\']*(?:hh|h|ll|l|L|z|j|t)?[a-zA-Z]', s)
calls = re.compile(r"\b(tv_err_at|tv_diag_at|tv_err_note|doc_error|doc_error_at|doc_note|cli_usage_error|tv_msg_add|import_err|import_warn|fail|path_err)\s*\(")
bad = 0; seen = 0
for f in sorted(glob.glob(root + '/src/**/*.c', recursive=True)):
    src = open(f, encoding='utf-8').read()
    for m in calls.finditer(src):
        # the call's argument text, up to its closing parenthesis
        depth, i = 1, m.end()
        while i < len(src) and depth:
            c = src[i]
            if c == '"':
                j = i + 1
                while src[j] != '"':
                    j += 2 if src[j] == '\\' else 1
                i = j
            elif c in '(':
                depth += 1
            elif c == ')':
                depth -= 1
            i += 1
        args = src[m.end():i - 1]
        if src[m.start() - 5:m.start()].strip().endswith(('void', 'int')) or '...' in args:
            continue	# a declaration or definition
        first = re.search(r'\bM_\w+', args)
        if not first:
            continue
        rest = args[first.start():]
        sh = re.search(r'TV_NOARGS|' + lit + r'(?:\s*' + lit + r')*', rest)
        if not sh:
            continue
        ids = re.findall(r'\bM_\w+', rest[:sh.start()])
        shape = '' if sh.group(0) == 'TV_NOARGS' else ''.join(re.findall(lit, sh.group(0)))
        line = src.count('\n', 0, m.start()) + 1
        for mid in ids:
            seen += 1
            if mid not in cat:
                print(f'{f[len(root)+1:]}:{line}: unknown message {mid}'); bad += 1
            elif convs(cat[mid]) != convs(shape):
                print(f'{f[len(root)+1:]}:{line}: {mid} takes {convs(cat[mid])}, '
                      f'the call passes {convs(shape)}'); bad += 1
print(f'msgargs: {seen} coded messages checked, {bad} mismatched')
sys.exit(1 if bad else 0)
PY
