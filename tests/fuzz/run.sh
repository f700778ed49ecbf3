#!/bin/sh
# run.sh — build tolov's fuzz harnesses and run each for a bounded time.
#
#   sh tests/fuzz/run.sh [SECONDS]        (make fuzz; default 60 s each)
#
# Harnesses (tests/fuzz/fuzz_*.c, libFuzzer with AddressSanitizer and
# UndefinedBehaviorSanitizer):
#   fuzz_load     the loader: doc_from_buffer + plan_build, canonical re-emit
#   fuzz_session  an edit chosen by the input, then undo, redo, undo
#   fuzz_import   the table importer and the plan file it writes
#   fuzz_import_text    the text reader under UTF-16 LE/BE, sep= and raw bytes
#   fuzz_import_office  the .xlsx and .docx readers: fuzzed XML parts inside
#                       a valid container, and whole containers
#
# The core library (the tiers `make -s print-core-src` names) is compiled into build-fuzz/ with
# the fuzzer's instrumentation; objects are rebuilt when a source or header
# is newer. Each harness first replays its regression inputs
# (tests/fuzz/regress/HARNESS/*, crashes found before), then fuzzes for
# SECONDS from a seed corpus made of plans/*, tests/data/** and the
# regression inputs; what it learns is kept in build-fuzz/corpus/. A crash
# is left in tests/fuzz/findings/ (not committed): copy it to
# tests/fuzz/regress/HARNESS/ once it is understood.
#
# Environment: FUZZ_CC (default clang), FUZZ_JOBS (compile jobs, default 2),
# FUZZ_HARNESSES (the harnesses to run, default all).
# Exit status 0 when every harness passed; the last line is
# "fuzz: N passed, M failed".

set -u

SECS=${1:-60}
case $SECS in ''|*[!0-9]*) echo "usage: sh tests/fuzz/run.sh [SECONDS]" >&2; exit 2 ;; esac
OUT=build-fuzz
CC=${FUZZ_CC:-clang}
JOBS=${FUZZ_JOBS:-2}
HARNESSES=${FUZZ_HARNESSES:-"fuzz_load fuzz_session fuzz_import fuzz_import_text fuzz_import_office"}
FINDINGS=tests/fuzz/findings
REGRESS=tests/fuzz/regress

if ! command -v "$CC" >/dev/null 2>&1; then
	echo "fuzz: $CC is not installed (libFuzzer needs clang)" >&2
	echo "fuzz: 0 passed, 1 failed"
	exit 1
fi

BASE="-std=c11 -D_POSIX_C_SOURCE=200809L -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE -Iinclude -g -O1"
SAN="-fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined"
# The library is built without -Werror: a warning clang gives and gcc does
# not must not stop the fuzzing. The harnesses are held to -Werror.
LIBFLAGS="$BASE $SAN -fsanitize=fuzzer-no-link -Wall -Wextra -Wno-unused-parameter"
HFLAGS="$BASE $SAN -fsanitize=fuzzer -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes"
YAML_LIBS=$(pkg-config --libs yaml-0.1 libzip expat xlsxwriter libxxhash 2>/dev/null || echo -lyaml -lzip -lexpat -lxlsxwriter -lz -lxxhash)

mkdir -p "$OUT/obj" "$FINDINGS" || exit 1

# ---- build ----
build_failed=0
pids=""
n=0
CORE_SRC=$(make -s --no-print-directory print-core-src) || exit 1
for src in $CORE_SRC; do
	obj=$OUT/obj/$(echo "$src" | sed 's#^src/##; s#/#_#g; s#\.c$##').o
	if [ -f "$obj" ] && [ "$obj" -nt "$src" ] &&
	   [ -z "$(find include src -name '*.h' -newer "$obj" 2>/dev/null | head -n 1)" ]; then
		continue
	fi
	$CC $LIBFLAGS -c -o "$obj" "$src" &
	pids="$pids $!"
	n=$((n + 1))
	if [ "$n" -ge "$JOBS" ]; then
		for p in $pids; do wait "$p" || build_failed=1; done
		pids="" n=0
	fi
done
for p in $pids; do wait "$p" || build_failed=1; done
# Objects of sources that are gone must not be linked.
for obj in "$OUT"/obj/*.o; do
	[ -f "$obj" ] || continue
	case " $(echo $CORE_SRC | sed 's#src/##g; s#/#_#g; s#\.c##g') " in
	*" $(basename "$obj" .o) "*) ;;
	*) rm -f "$obj" ;;
	esac
done
if [ "$build_failed" = 0 ]; then
	for h in $HARNESSES; do
		$CC $HFLAGS -o "$OUT/$h" "tests/fuzz/$h.c" tests/fuzz/common.c "$OUT"/obj/*.o $YAML_LIBS ||
			build_failed=1
	done
fi
if [ "$build_failed" != 0 ]; then
	echo "fuzz: the harnesses did not build" >&2
	echo "fuzz: 0 passed, 3 failed"
	exit 1
fi

# ---- seed corpora ----
rm -rf "$OUT/seeds"
mkdir -p "$OUT/seeds/fuzz_load" "$OUT/seeds/fuzz_session" "$OUT/seeds/fuzz_import" \
	"$OUT/seeds/fuzz_import_text" "$OUT/seeds/fuzz_import_office"
i=0
for f in plans/*.yaml $(find tests/data -type f 2>/dev/null); do
	[ -f "$f" ] || continue
	i=$((i + 1))
	cp "$f" "$OUT/seeds/fuzz_load/$i"
done
# Session seeds: each plan with a range of edits (see fuzz_session.c for
# the control bytes after the NUL).
i=0
for f in plans/*.yaml $(find tests/data/hand -name '*.yaml' 2>/dev/null); do
	[ -f "$f" ] || continue
	for ctl in '\000\000\003\011\000Шинэ тэмдэглэл' '\000\000\003\010\001\001' '\000\000\004\001\000\007' \
		   '\000\000\005\000\000\011' '\000\000\001\000\000Шинэ нэр' '\000\000\000\000\000' \
		   '\000\000\016\000\000status.q3.note' '\000\000\015\002\000"quoted" \\ text' \
		   '\000\000\013\000\000multi\nline' '\000\006\002\001\000Тест' '\000\007\001\001\000' \
		   '\000\010\002\001\000' '\000\011\003\000\000' '\000\012\002\001\000' '\000\012\001\000\000' \
		   '\000\013\003\003\000' '\000\013\001\001\000' '\000\200\003\002\000saved' \
		   '\000\000\002\012\000\006' '\000\000\003\007\000\002'; do
		i=$((i + 1))
		{ cat "$f"; printf "$ctl"; } > "$OUT/seeds/fuzz_session/$i"
	done
done
# Generated hand-written styles (SOH SEED NUL CONTROL): every operation
# on a few seeds.
for seed in 1 2 3 4 5 6 7 8 9; do
	for op in 000 003 006 007 010 011 012 013 014 015; do
		i=$((i + 1))
		printf "\001\00$seed\000\$op\003\002\001\002" > "$OUT/seeds/fuzz_session/$i"
	done
done
i=0
for f in plans/*.txt tests/data/import/*; do
	[ -f "$f" ] || continue
	i=$((i + 1))
	cp "$f" "$OUT/seeds/fuzz_import/$i"
done
# Text seeds: each table under each presentation (the first byte).
i=0
for f in plans/*.txt tests/data/import/*.tsv tests/data/import/*.csv tests/data/import/cases/*.txt; do
	[ -f "$f" ] || continue
	for m in '\000' '\001' '\002' '\003'; do
		i=$((i + 1))
		{ printf "$m"; cat "$f"; } > "$OUT/seeds/fuzz_import_text/$i"
	done
done
# Office seeds: the XML parts of the committed fixtures under their modes,
# and the whole containers (mode 4).
i=0
for f in tests/data/import/*.xlsx tests/data/import/*.docx tests/data/import/*.xlsm; do
	[ -f "$f" ] || continue
	i=$((i + 1))
	{ printf '\004'; cat "$f"; } > "$OUT/seeds/fuzz_import_office/$i"
	for part in xl/worksheets/sheet1.xml:'\000' xl/sharedStrings.xml:'\001' \
		    xl/workbook.xml:'\002' word/document.xml:'\003'; do
		name=${part%%:*}
		m=${part#*:}
		if unzip -p "$f" "$name" > "$OUT/part.xml" 2>/dev/null && [ -s "$OUT/part.xml" ] &&
		   [ "$(wc -c < "$OUT/part.xml")" -le 65536 ]; then
			i=$((i + 1))
			{ printf "$m"; cat "$OUT/part.xml"; } > "$OUT/seeds/fuzz_import_office/$i"
		fi
	done
done
rm -f "$OUT/part.xml"
for h in $HARNESSES; do
	if [ -d "$REGRESS/$h" ]; then
		for f in "$REGRESS/$h"/*; do
			[ -f "$f" ] && cp "$f" "$OUT/seeds/$h/regress-$(basename "$f")"
		done
	fi
done

# ---- run ----
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
passed=0 failed=0
for h in $HARNESSES; do
	ok=1
	log=$OUT/$h.log
	mkdir -p "$OUT/corpus/$h" "$FINDINGS/$h"
	# Regression inputs: each must run clean.
	set --
	if [ -d "$REGRESS/$h" ]; then
		for f in "$REGRESS/$h"/*; do [ -f "$f" ] && set -- "$@" "$f"; done
	fi
	if [ $# -gt 0 ]; then
		if "$OUT/$h" "$@" > "$log.regress" 2>&1; then
			echo "fuzz: $h: $# regression inputs replayed"
		else
			echo "fuzz: $h: a regression input fails again:" >&2
			grep -E "ERROR|SUMMARY|tolov fuzz:|Running:" "$log.regress" | tail -n 8 >&2
			ok=0
		fi
	fi
	case $h in
	fuzz_session) maxlen=8192 dict=tests/fuzz/yaml.dict ;;
	fuzz_import|fuzz_import_text) maxlen=16384 dict=tests/fuzz/import.dict ;;
	fuzz_import_office) maxlen=65536 dict=tests/fuzz/office.dict ;;
	*) maxlen=16384 dict=tests/fuzz/yaml.dict ;;
	esac
	if [ "$ok" = 1 ]; then
		"$OUT/$h" -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 -max_len="$maxlen" \
			-dict="$dict" -artifact_prefix="$FINDINGS/$h/" -print_final_stats=1 \
			"$OUT/corpus/$h" "$OUT/seeds/$h" > "$log" 2>&1
		rc=$?
		runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
		cov=$(grep -E '^#[0-9]+' "$log" | tail -n 1 | sed -n 's/.*\(cov: [0-9]*\).*/\1/p')
		if [ "$rc" = 0 ]; then
			echo "fuzz: $h: ${SECS}s, ${runs:-?} runs, ${cov:-cov: ?}, no crash"
		else
			echo "fuzz: $h: CRASH (exit $rc); log $log" >&2
			grep -E "ERROR|SUMMARY|tolov fuzz:|Test unit written|#[0-9]+ 0x" "$log" | head -n 20 >&2
			ok=0
		fi
	fi
	if [ "$ok" = 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done

echo "fuzz: $passed passed, $failed failed"
[ "$failed" = 0 ]
