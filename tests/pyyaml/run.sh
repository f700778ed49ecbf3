#!/bin/sh
# Does tolov read every hand-written spelling of a plan as PyYAML does?
# usage: tests/pyyaml/run.sh [BUILD]   (from the repository root)
# Ends with "pyyaml: N passed, M failed"; exit 1 on any failure. Without
# python3 and its yaml module the check is skipped (exit 0).
build=${1:-build}
if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import yaml' 2>/dev/null; then
	echo "pyyaml: skipped (python3 with the yaml module is not installed)"
	exit 0
fi
make --no-print-directory BUILD="$build" "$build/tools/dumpplan" >/dev/null || exit 1
exec python3 tests/pyyaml/check.py "$build/tools/dumpplan" \
	tests/data/core/spellings/*.yaml tests/data/core/*.yaml
