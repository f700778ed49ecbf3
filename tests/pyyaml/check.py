#!/usr/bin/env python3
"""Check that tolov reads each plan file as PyYAML reads it.

usage: check.py DUMPPLAN FILE...

For each FILE, PyYAML's tree is turned into tolov's model by the format's
rules (ids and text as written, null text is "", currency defaults to MNT,
"quarters: []" is "as needed", no status entry is "not rated") and compared
with what DUMPPLAN (tests/tools/dumpplan.c) prints for the same file.
Text is taken from PyYAML's untyped reading (BaseLoader), so "id: 1.10"
stays "1.10" as the format says; numbers from its typed reading.
Prints one line per file and a summary "pyyaml: N passed, M failed".
"""
import json
import subprocess
import sys

import yaml

QS = ("q1", "q2", "q3", "q4")


def get(m, k):
    return m.get(k) if isinstance(m, dict) else None


def text(typed, raw):
    """A text field: null reads as "", anything else as written."""
    if typed is None:
        return ""
    if isinstance(raw, str):
        return raw
    raise ValueError("expected text, got %r" % (raw,))


def field(tm, rm, k):
    return text(get(tm, k), get(rm, k))


def as_int(v):
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError("expected a whole number, got %r" % (v,))
    return v


def rating(typed, raw):
    if typed is None:
        return ""
    return raw  # the word as written: 100, 70, 30, 0, not-due


def activity(t, r):
    inds = []
    for ti, ri in zip(get(t, "indicators") or [], get(r, "indicators") or []):
        ta, ra = get(ti, "actual") or {}, get(ri, "actual") or {}
        actual = {}
        for q in QS:
            v = text(ta.get(q), ra.get(q))
            if v:
                actual[q] = v
        inds.append({"name": field(ti, ri, "name"), "baseline": field(ti, ri, "baseline"),
                     "target": field(ti, ri, "target"), "actual": actual})
    tb, rb = get(t, "budget"), get(r, "budget")
    budget = None
    if tb is not None:
        amt = tb.get("amount")
        budget = {"amount": None if amt is None else as_int(amt),
                  "source": field(tb, rb, "source"), "text": field(tb, rb, "text")}
    quarters = None
    if "quarters" in t:
        quarters = sorted(as_int(q) for q in (t["quarters"] or []))
    status = {}
    ts, rs = get(t, "status") or {}, get(r, "status") or {}
    for q in QS:
        te, re_ = ts.get(q), rs.get(q)
        if te is None:
            continue
        e = {"rating": rating(te.get("rating"), get(re_, "rating")),
             "note": field(te, re_, "note")}
        if e["rating"] or e["note"]:
            status[q] = e
    return {"id": r["id"], "title": field(t, r, "title"), "indicators": inds,
            "budget": budget, "quarters": quarters,
            "schedule": field(t, r, "schedule"),
            "responsible": field(t, r, "responsible"), "status": status}


def model(data):
    t = yaml.load(data, Loader=yaml.SafeLoader)
    r = yaml.load(data, Loader=yaml.BaseLoader)
    goals = []
    for tg, rg in zip(t.get("goals") or [], r.get("goals") or []):
        acts = [activity(ta, ra)
                for ta, ra in zip(tg.get("activities") or [], rg.get("activities") or [])]
        goals.append({"id": rg["id"], "title": field(tg, rg, "title"), "activities": acts})
    year = t.get("year")
    return {"tolov": as_int(t["tolov"]), "title": field(t, r, "title"),
            "year": None if year is None else as_int(year),
            "currency": field(t, r, "currency") or "MNT", "goals": goals}


def diff(a, b, path="plan"):
    """The first place where a and b differ, in words."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if k not in a or k not in b:
                return "%s.%s: only in %s" % (path, k, "PyYAML" if k in a else "tolov")
            d = diff(a[k], b[k], "%s.%s" % (path, k))
            if d:
                return d
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return "%s: %d items in PyYAML, %d in tolov" % (path, len(a), len(b))
        for i, (x, y) in enumerate(zip(a, b)):
            d = diff(x, y, "%s[%d]" % (path, i))
            if d:
                return d
        return None
    if a != b:
        return "%s: PyYAML %r, tolov %r" % (path, a, b)
    return None


def main():
    dump, files = sys.argv[1], sys.argv[2:]
    passed = failed = 0
    for f in files:
        try:
            with open(f, "rb") as fh:
                want = model(fh.read())
            out = subprocess.run([dump, f], capture_output=True, timeout=30)
            if out.returncode != 0:
                raise ValueError("tolov refused it: " + out.stderr.decode("utf-8", "replace").strip())
            got = json.loads(out.stdout.decode("utf-8"))
            d = diff(want, got)
        except Exception as e:  # a failure of this file, not of the run
            d = "%s: %s" % (type(e).__name__, e)
        if d:
            failed += 1
            print("FAIL %s: %s" % (f, d))
        else:
            passed += 1
            print("ok   %s" % f)
    print("pyyaml: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
