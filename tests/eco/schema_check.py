#!/usr/bin/env python3
"""The JSON Schema of the plan format agrees with tolov's loader.

usage: schema_check.py TOLOV SCHEMA FILE...

1. Every FILE (plans, test inputs) that `tolov validate` accepts is valid
   under the schema, and so is every plan `tolov import` writes from the
   tables under tests/data/import.
2. Variants of a valid plan, made by one change each, are accepted or
   refused by the schema exactly as `tolov validate` accepts or refuses
   them: bad ratings, quarter 5, missing ids and titles, wrong types,
   status and actual keys other than q1-q4, format versions other than 1
   are refused; nulls, quoted numbers, unknown keys and the like are kept.
   A variant whose tolov verdict differs from the expected one is reported
   too, so the list stays honest as the loader changes.

YAML is read as the YAML language server reads it (YAML 1.2 core: no
timestamps), so plain dates stay text, as they are to tolov.
"""
import copy, json, os, subprocess, sys, tempfile
import yaml
import jsonschema


class Loader(yaml.SafeLoader):
    pass


Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

tolov, schema_path, files = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failures = []


def tolov_accepts(path):
    r = subprocess.run([tolov, "validate", path], capture_output=True,
                       env=dict(os.environ, TOLOV_LANG="en", LC_ALL="C.UTF-8"))
    return r.returncode == 0, (r.stdout + r.stderr).decode("utf-8", "replace").strip()


def schema_errors(data):
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
            for e in validator.iter_errors(data)]


# 1. Files tolov accepts are valid.
checked = 0
for path in files:
    ok, _ = tolov_accepts(path)
    if not ok:
        continue
    with open(path, "rb") as f:
        data = yaml.load(f, Loader=Loader)
    errs = schema_errors(data)
    checked += 1
    if errs:
        failures.append(f"{path}: tolov accepts it, the schema refuses it:\n    " +
                        "\n    ".join(errs[:5]))
# Every plan the importer writes from the test tables is valid too.
imported = 0
with tempfile.TemporaryDirectory() as tmp:
    for root, _, names in sorted(os.walk("tests/data/import")):
        for n in sorted(names):
            if n.endswith((".expected", ".opts", ".md", ".yaml")):
                continue
            src = os.path.join(root, n)
            out = os.path.join(tmp, "imported.yaml")
            r = subprocess.run([tolov, "import", src, "-o", out], capture_output=True,
                               env=dict(os.environ, TOLOV_LANG="en", LC_ALL="C.UTF-8"))
            if r.returncode != 0 or not os.path.exists(out):
                continue
            with open(out, "rb") as f:
                data = yaml.load(f, Loader=Loader)
            os.unlink(out)
            imported += 1
            errs = schema_errors(data)
            if errs:
                failures.append(f"tolov import {src}: the schema refuses the plan it writes:\n    " +
                                "\n    ".join(errs[:5]))
checked += imported

if checked < 3:
    failures.append(f"only {checked} accepted plans found to check")

# 2. Variants of one plan.
base = {
    "tolov": 1, "title": "Plan", "year": 2024, "currency": "MNT",
    "goals": [
        {"id": "1", "title": "Goal one", "activities": [
            {"id": "1.1", "title": "Activity",
             "indicators": [{"name": "Reports", "baseline": "4", "target": "12",
                             "actual": {"q1": "3"}}],
             "budget": {"amount": 1500000, "source": "local", "text": "1.5 сая"},
             "quarters": [1, 2], "schedule": "1-2", "responsible": "Finance",
             "status": {"q1": {"rating": 100, "note": "done"}, "q2": {"rating": "not-due"}}},
        ]},
        {"id": "2", "title": "Goal two", "activities": []},
    ],
}


def g(p):
    return p["goals"][0]


def a(p):
    return p["goals"][0]["activities"][0]


def ind(p):
    return a(p)["indicators"][0]


def put(get, key, value):
    def f(p):
        get(p)[key] = value
    return f


def drop(get, key):
    def f(p):
        del get(p)[key]
    return f


def top(p):
    return p


refused = [
    ("rating 50", put(lambda p: a(p)["status"]["q1"], "rating", 50)),
    ("rating 'done'", put(lambda p: a(p)["status"]["q1"], "rating", "done")),
    ("rating 100.0", put(lambda p: a(p)["status"]["q1"], "rating", 100.5)),
    ("rating as a list", put(lambda p: a(p)["status"]["q1"], "rating", [100])),
    ("quarter 5", put(a, "quarters", [1, 5])),
    ("quarter 0", put(a, "quarters", [0])),
    ("quarter listed twice", put(a, "quarters", [2, 2])),
    ("quarters as text", put(a, "quarters", "1-4")),
    ("quarter as a word", put(a, "quarters", ["two"])),
    ("goal without id", drop(g, "id")),
    ("activity without id", drop(a, "id")),
    ("empty activity id", put(a, "id", "")),
    ("activity without title", drop(a, "title")),
    ("goal without title", drop(g, "title")),
    ("plan without title", drop(top, "title")),
    ("plan without goals", drop(top, "goals")),
    ("title as a list", put(a, "title", ["a", "b"])),
    ("responsible as a mapping", put(a, "responsible", {"a": 1})),
    ("goals as a mapping", put(top, "goals", {"id": "1"})),
    ("goal as text", lambda p: p["goals"].append("three")),
    ("activities as text", put(g, "activities", "none")),
    ("activity as a list", lambda p: g(p)["activities"].append([1])),
    ("indicators as a mapping", put(a, "indicators", {"name": "x"})),
    ("indicator as text", put(a, "indicators", ["x"])),
    ("budget as a number", put(a, "budget", 5)),
    ("negative amount", put(lambda p: a(p)["budget"], "amount", -5)),
    ("amount in words", put(lambda p: a(p)["budget"], "amount", "two million")),
    ("amount with decimals", put(lambda p: a(p)["budget"], "amount", 1.5)),
    ("status as a list", put(a, "status", [100])),
    ("status key q5", put(lambda p: a(p)["status"], "q5", {"rating": 100})),
    ("status key 'first'", put(lambda p: a(p)["status"], "first", {"rating": 100})),
    ("status entry as text", put(lambda p: a(p)["status"], "q3", "done")),
    ("note as a mapping", put(lambda p: a(p)["status"]["q1"], "note", {"x": 1})),
    ("actual key q0", put(lambda p: ind(p)["actual"], "q0", "1")),
    ("actual key 'total'", put(lambda p: ind(p)["actual"], "total", "1")),
    ("actual as a list", put(ind, "actual", ["1"])),
    ("format version 2", put(top, "tolov", 2)),
    ("format version 0", put(top, "tolov", 0)),
    ("format version 'one'", put(top, "tolov", "one")),
    ("format version 1.5", put(top, "tolov", 1.5)),
    ("no format version", drop(top, "tolov")),
    ("year 0", put(top, "year", 0)),
    ("year 10000", put(top, "year", 10000)),
    ("year in words", put(top, "year", "this year")),
    ("currency as a list", put(top, "currency", ["MNT"])),
]
accepted = [
    ("as it is", lambda p: None),
    ("rating '70' quoted", put(lambda p: a(p)["status"]["q1"], "rating", "70")),
    ("rating 0", put(lambda p: a(p)["status"]["q1"], "rating", 0)),
    ("rating null", put(lambda p: a(p)["status"]["q1"], "rating", None)),
    ("status entry null", put(lambda p: a(p)["status"], "q3", None)),
    ("status null", put(a, "status", None)),
    ("status key Q4", put(lambda p: a(p)["status"], "Q4", {"rating": 30})),
    ("quarters empty", put(a, "quarters", [])),
    ("quarters null", put(a, "quarters", None)),
    ("quarter '3' quoted", put(a, "quarters", ["3"])),
    ("year quoted", put(top, "year", "2024")),
    ("year null", put(top, "year", None)),
    ("format version '1' quoted", put(top, "tolov", "1")),
    ("numeric id", put(a, "id", 7)),
    ("title a number", put(a, "title", 2024)),
    ("title null", put(a, "title", None)),
    ("budget null", put(a, "budget", None)),
    ("amount quoted", put(lambda p: a(p)["budget"], "amount", "1500")),
    ("amount null", put(lambda p: a(p)["budget"], "amount", None)),
    ("indicators null", put(a, "indicators", None)),
    ("actual null", put(ind, "actual", None)),
    ("activities null", put(g, "activities", None)),
    ("goals empty", put(top, "goals", [])),
    ("goals null", put(top, "goals", None)),
    ("unknown key in the plan", put(top, "approved_by", "Governor")),
    ("unknown key in a goal", put(g, "owner", "x")),
    ("unknown key in an activity", put(a, "partner", ["a", "b"])),
    ("unknown key in a status entry", put(lambda p: a(p)["status"]["q1"], "by", "x")),
    ("unknown key in an indicator", put(ind, "source", "x")),
    ("organisation", put(top, "organisation", "Аймгийн ЗДТГ")),
    ("goal section", put(g, "section", "Нэг. Хууль")),
    ("indicator unit", put(ind, "unit", "хувь")),
    ("extra of an activity", put(a, "extra", {"Тайлбар": "x"})),
    ("goal responsible", put(g, "responsible", "Finance")),
    ("goal indicators", put(g, "indicators", [{"name": "x", "target": "y"}])),
    ("nested goals", put(g, "goals", [{"id": "1a", "title": "Sub",
                                       "activities": [{"id": "1a.1", "title": "Sub act"}]}])),
]

with tempfile.TemporaryDirectory() as tmp:
    for want_ok, cases in ((False, refused), (True, accepted)):
        for name, change in cases:
            p = copy.deepcopy(base)
            change(p)
            path = os.path.join(tmp, "plan.yaml")
            with open(path, "w", encoding="utf-8") as f:
                yaml.safe_dump(p, f, allow_unicode=True, sort_keys=False)
            ok, msg = tolov_accepts(path)
            errs = schema_errors(p)
            verdict = "accepts" if want_ok else "refuses"
            if ok != want_ok:
                failures.append(f"variant '{name}': expected tolov to {verdict[:-1]} it, "
                                f"but it {'accepts' if ok else 'refuses'} it: {msg}")
            if (not errs) != want_ok:
                failures.append(f"variant '{name}': tolov {verdict} it, the schema "
                                f"{'refuses' if errs else 'accepts'} it" +
                                (f": {errs[0]}" if errs else ""))

for f in failures:
    print(f)
print(f"schema: {checked} plans valid ({imported} written by tolov import), {len(refused)} broken and {len(accepted)} "
      f"accepted variants checked, {len(failures)} failures")
sys.exit(1 if failures else 0)
