#!/bin/sh
# The JSON Schema src/schema/plan.schema.json agrees with tolov's own schema
# table (include/tolov/base/schema_keys.h): the rows are read through the C
# preprocessor and compared by tests/eco/schema_table_check.py.
# usage: tests/eco/check-schema-table.sh BUILD
hdr=include/tolov/base/schema_keys.h
[ -f "$hdr" ] || { echo "no $hdr yet"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "python3 is not installed"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/rows.c" <<'C'
#include <stdbool.h>
#include <stdio.h>
#include "tolov/base/schema_keys.h"
#define ROW(id, parent, key, type, child, req, ...) \
	printf("%s\t%s\t%s\t%s\t%d\n", #parent, key, #type, #child, (int)(req));
int main(void)
{
	SCHEMA_KEYS(ROW)
	return 0;
}
C
${CC:-cc} -std=c11 -Iinclude -o "$tmp/rows" "$tmp/rows.c" || { echo "cannot read $hdr"; exit 1; }
"$tmp/rows" | python3 tests/eco/schema_table_check.py src/schema/plan.schema.json
