#!/usr/bin/env python3
"""Read a workbook tolov wrote back with openpyxl and print what a user of
Excel would meet: per sheet the page setup (orientation, paper, fit, frozen
panes, rows repeated on printed pages), merged ranges, every non-empty cell
with its type (s string, n number, f formula) and number format, column
widths; then checks that fail loudly: every total formula sums exactly the
amount cells of the activity rows beneath its goal (nested goals included),
the plan total equals the sum of all of them, and no text cell holds a
formula or a date. Usage: dump.py FILE.xlsx"""
import re
import sys

import openpyxl

def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n

def cells_of(formula):
    """The cells a =SUM(A1:A3,B5:B5) formula adds up."""
    m = re.fullmatch(r"=SUM\((.*)\)", formula)
    assert m, formula
    out = []
    if m.group(1) == "0":
        return out
    for part in m.group(1).split(","):
        a, b = part.split(":")
        ca, ra = re.fullmatch(r"([A-Z]+)(\d+)", a).groups()
        cb, rb = re.fullmatch(r"([A-Z]+)(\d+)", b).groups()
        assert ca == cb, part
        out += [(int(r), col_index(ca)) for r in range(int(ra), int(rb) + 1)]
    return out

def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    problems = []
    for ws in wb.worksheets:
        ps = ws.page_setup
        fit = ws.sheet_properties.pageSetUpPr
        print("sheet %s: %s, paper %s, fit to page %s (%s wide, %s tall), frozen %s, repeat %s" % (
            ws.title, ps.orientation, ps.paperSize, bool(fit and fit.fitToPage),
            ps.fitToWidth or 1, ps.fitToHeight, ws.freeze_panes, ws.print_title_rows))
        for r in sorted(ws.merged_cells.ranges, key=lambda m: (m.min_row, m.min_col)):
            print("  merged %s" % r.coord)
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                fmt = "" if c.number_format == "General" else " [%s]" % c.number_format
                bold = " bold" if c.font and c.font.b else ""
                print("  %s %s%s%s %r" % (c.coordinate, c.data_type, fmt, bold, c.value))
                if c.data_type == "d":
                    problems.append("%s is a date" % c.coordinate)
                if c.data_type == "f" and not str(c.value).startswith("=SUM("):
                    problems.append("%s holds an unexpected formula" % c.coordinate)
        widths = {k: round(v.width) for k, v in sorted(ws.column_dimensions.items()) if v.width}
        print("  widths %s" % " ".join("%s=%d" % kv for kv in widths.items()))
        # totals: a goal row's formula adds exactly the activity rows
        # beneath it (nested goals' rows too, their goal rows not); the last
        # formula, the plan's total, adds every activity row
        formulas = [(c.row, c.column, c.value) for row in ws.iter_rows() for c in row
                    if c.data_type == "f"]
        if formulas:
            goal_rows = [r for r, _, _ in formulas[:-1]]
            # activity rows are in plain type; goal, section and total rows bold
            def activity_row(rr):
                return rr not in goal_rows and not ws.cell(rr, 1).font.b
            total_row, total_col, total_f = formulas[-1]
            first = goal_rows[0] if goal_rows else total_row
            for i, (r, col, f) in enumerate(formulas[:-1]):
                depth = ws.cell(r, 1).alignment.indent or 0
                end = total_row
                for r2 in goal_rows[i + 1:]:
                    if (ws.cell(r2, 1).alignment.indent or 0) <= depth:
                        end = r2
                        break
                want = {(rr, col) for rr in range(r + 1, end) if activity_row(rr)}
                if set(cells_of(f)) != want:
                    problems.append("goal total %s at row %d does not add its rows" % (f, r))
            want = {(rr, total_col) for rr in range(first + 1, total_row) if activity_row(rr)}
            if set(cells_of(total_f)) != want:
                problems.append("plan total %s does not add every activity row" % total_f)
            for r, col, f in formulas:
                for rr, cc in cells_of(f):
                    v = ws.cell(rr, cc).value
                    if v is not None and not isinstance(v, (int, float)):
                        problems.append("%s adds %s, which is not a number" % (f, ws.cell(rr, cc).coordinate))
            total = sum(ws.cell(rr, cc).value or 0 for rr, cc in cells_of(total_f))
            print("  totals: %d goal formulas checked; plan total %d" % (len(formulas) - 1, total))
    for p in problems:
        print("PROBLEM: %s" % p)
    return 1 if problems else 0

sys.exit(main())
