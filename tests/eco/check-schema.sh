#!/bin/sh
# The JSON Schema src/schema/plan.schema.json agrees with tolov's loader:
# see tests/eco/schema_check.py. Needs python3 with yaml and jsonschema.
# usage: tests/eco/check-schema.sh BUILD
build=${1:-build}
python3 -c 'import yaml, jsonschema' 2>/dev/null ||
	{ echo "python3 with yaml and jsonschema is not installed"; exit 77; }
exec python3 tests/eco/schema_check.py "$build/tolov" src/schema/plan.schema.json \
	plans/*.yaml $(find tests/data -name '*.yaml' -o -name '*.expected' | sort)
