#!/usr/bin/env python3
"""The JSON Schema agrees with tolov's schema table.

usage: schema_table_check.py SCHEMA < ROWS

ROWS: one row of the table (include/tolov/base/schema_keys.h) per line,
"PARENT<TAB>KEY<TAB>TYPE<TAB>CHILD<TAB>REQUIRED", as check-schema-table.sh
prints them with the C preprocessor. Every place of the table (the plan, a
goal, an activity, an indicator, a budget, a status entry) has exactly the
table's keys in the JSON Schema, in the table's order, with the same
required keys and a type that matches; status and actual take exactly the
quarter keys of the table.
"""
import json, re, sys

schema = json.load(open(sys.argv[1], encoding="utf-8"))
defs = schema["$defs"]
rows = [l.rstrip("\n").split("\t") for l in sys.stdin if l.strip()]
failures = []


def ref(node):
    return node.get("$ref", "").rsplit("/", 1)[-1]


places = {
    "SP_PLAN": schema,
    "SP_GOAL": defs["goal"],
    "SP_ACT": defs["activity"],
    "SP_IND": defs["indicator"],
    "SP_BUDGET": defs["activity"]["properties"]["budget"],
    "SP_ENTRY": defs["status"],
}
# Maps whose keys are the quarters, with what each quarter holds.
quarter_maps = {
    "SP_STATUS": defs["activity"]["properties"]["status"],
    "SP_ACTUAL": defs["indicator"]["properties"]["actual"],
}
child_of_ref = {"goals": "SP_GOAL", "indicators": "SP_IND", "activity": "SP_ACT"}


def type_ok(node, typ, child):
    r = ref(node)
    if typ == "ST_TEXT":
        return r == "text"
    if typ == "ST_ID":
        return r == "id"
    if typ == "ST_EXTRA":
        return r == "extra"
    if typ == "ST_VERSION":
        return any(a.get("const") == 1 for a in node.get("anyOf", []))
    if typ == "ST_YEAR":
        return any(a.get("type") == "integer" and a.get("minimum") == 1 and a.get("maximum") == 9999
                   for a in node.get("anyOf", []))
    if typ == "ST_AMOUNT":
        return any(a.get("type") == "integer" and a.get("minimum") == 0 for a in node.get("anyOf", []))
    if typ == "ST_RATING":
        return set(node.get("enum", [])) >= {100, 70, 30, 0, "not-due"}
    if typ == "ST_QUARTERS":
        it = node.get("items", {})
        return "array" in node.get("type", []) and node.get("uniqueItems") and any(
            a.get("type") == "integer" and a.get("minimum") == 1 and a.get("maximum") == 4
            for a in it.get("anyOf", []))
    if typ == "ST_LIST":
        if r:
            return child_of_ref.get(r) == child
        return "array" in node.get("type", []) and child_of_ref.get(ref(node.get("items", {}))) == child
    if typ == "ST_MAP":
        if r:
            node = defs[r]
        if child in places:
            return places[child] is node
        if child in quarter_maps:
            return quarter_maps[child] is node
        if child == "SP_ENTRY":
            return r == "status"
    return False


by_place = {}
for parent, key, typ, child, req in rows:
    by_place.setdefault(parent, []).append((key, typ, child, req == "1" or req == "true"))

for place, obj in places.items():
    want = by_place.get(place, [])
    keys = [k for k, _, _, _ in want]
    got = list(obj.get("properties", {}))
    if got != keys:
        failures.append(f"{place}: the table has keys {keys}, the JSON Schema {got}")
    req = sorted(k for k, _, _, r in want if r)
    if sorted(obj.get("required", [])) != req:
        failures.append(f"{place}: the table requires {req}, the JSON Schema {sorted(obj.get('required', []))}")
    for key, typ, child, _ in want:
        node = obj.get("properties", {}).get(key)
        if node is not None and not type_ok(node, typ, child):
            failures.append(f"{place}.{key}: the table says {typ} ({child}); the JSON Schema says {json.dumps(node)[:120]}")

for place, obj in quarter_maps.items():
    want = by_place.get(place, [])
    pat = re.compile(obj["propertyNames"]["pattern"])
    for key, typ, child, _ in want:
        if not pat.search(key):
            failures.append(f"{place}: the JSON Schema refuses the table's key {key}")
        held = obj["additionalProperties"]
        if not type_ok(held, typ, child):
            failures.append(f"{place}.{key}: the table says {typ} ({child}); the JSON Schema holds {held}")
    for other in ("q0", "q5", "total", "q12"):
        if pat.search(other) and other not in [k for k, *_ in want]:
            failures.append(f"{place}: the JSON Schema takes {other}, the table does not")

unknown = set(by_place) - set(places) - set(quarter_maps) - {"SP_EXTRA"}
if unknown:
    failures.append(f"places of the table the JSON Schema does not know: {sorted(unknown)}")
if len(rows) < 20:
    failures.append(f"only {len(rows)} rows read from the table")

for f in failures:
    print(f)
print(f"schema table: {len(rows)} rows checked against the JSON Schema, {len(failures)} failures")
sys.exit(1 if failures else 0)
