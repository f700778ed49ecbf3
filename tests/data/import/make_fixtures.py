#!/usr/bin/python3
"""Make the .docx, .xlsx and encoded-text fixtures of `tolov import`.

Run from the repository root:  /usr/bin/python3 tests/data/import/make_fixtures.py
The files it writes are committed, so `make test` needs neither Python nor
the libraries (python3-openpyxl, python3-docx). Every table here is made up
or is the seed table (tests/data/plans/anti-corruption-2023.txt), never a published
plan.

Writes into tests/data/import/:
  seed.xlsx            the seed as a workbook: title rows merged across the
                       sheet, goal rows merged across the row, budgets that
                       read as amounts stored as numbers
  seed.docx            the seed as a Word document: title paragraphs, one
                       table split in two across a page with the header
                       repeated, goal rows merged with gridSpan, the
                       responsible unit merged down with vMerge
  seed-utf16.txt       the seed as Excel's "Unicode Text": UTF-16 LE, BOM, CRLF
  seed-utf16be.txt     the same, big-endian
  seed-semicolon.csv   the seed as CSV with a sep=; first line, quoted cells
  report.xlsx          an implementation report, ratings as Excel percentages
  dates.xlsx           schedules as Excel dates (custom and built-in date
                       formats), budgets as formatted numbers
  two-row-header.xlsx  a two-row header (years under a merged target parent,
                       quarters under a merged schedule parent), a budget in
                       thousands, a named second sheet
  merged-activity.docx an activity cell merged down over two indicator rows,
                       a goal's own indicator, a budget merged over two
                       activities, a line break inside a cell
  macro-only.xlsm      a zip with only a macro part
  not-office.zip       a zip with neither document nor workbook
  doctype.xlsx         a workbook whose sheet has a DOCTYPE with entities
  bomb.xlsx            a workbook whose sheet inflates far past the ratio cap
"""
import io
import os
import zipfile

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))


def seed_rows():
    with open(os.path.join(ROOT, "tests", "data", "plans", "anti-corruption-2023.txt"), encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") if line.strip() else [] for line in f]


def out(name):
    return os.path.join(HERE, name)


def is_goal(row):
    return row and row[0].startswith("Зорилт") and not any(row[1:])


def amount(cell):
    """A budget cell the importer reads as an amount, stored as a number."""
    return None


def seed_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Төлөвлөгөө"
    rows = seed_rows()
    for r, row in enumerate(rows, start=1):
        if not row:
            continue
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            continue
        for c, v in enumerate(row, start=1):
            if v == "":
                continue
            if r == 9 and v.isdigit():
                ws.cell(row=r, column=c, value=int(v))   # the column-number row
            elif c in (3, 4) and v.isdigit():
                ws.cell(row=r, column=c, value=int(v))   # baselines like 90, 150
            else:
                ws.cell(row=r, column=c, value=v)
        if is_goal(row):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    wb.save(out("seed.xlsx"))


def set_cell_text(cell, text):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    for line in lines[1:]:
        run.add_break()
        run = p.add_run(line)


def vmerge(cell, val):
    tcPr = cell._tc.get_or_add_tcPr()
    m = OxmlElement("w:vMerge")
    if val:
        m.set(qn("w:val"), val)
    tcPr.append(m)


def seed_docx():
    rows = seed_rows()
    d = docx.Document()
    header = None
    body = []
    for row in rows:
        if not row:
            continue
        if len(row) == 1 and header is None:
            d.add_paragraph(row[0])
        elif header is None:
            header = row
        elif len(row) == 1:
            continue   # the ornament: written after the tables
        else:
            body.append(row)
    # split after the second goal's activities: a page break between tables
    split = next(i for i, r in enumerate(body) if r[0].startswith("Зорилт 3"))
    for part in (body[:split], body[split:]):
        t = d.add_table(rows=0, cols=7)
        t.style = "Table Grid"
        cells = t.add_row().cells
        for c, v in enumerate(header):
            cells[c].text = v
        prev_resp = None
        prev_cell = None
        for row in part:
            cells = t.add_row().cells
            if is_goal(row):
                merged = cells[0].merge(cells[6])
                merged.text = row[0]
                prev_resp = prev_cell = None
                continue
            for c in range(6):
                cells[c].text = row[c]
            resp = row[6]
            if resp and resp == prev_resp:
                vmerge(cells[6], None)   # continue: no text of its own
            else:
                cells[6].text = resp
                if resp:
                    vmerge(cells[6], "restart")
                prev_resp = resp if resp else None
            prev_cell = cells[6]
        if part is body[:split]:
            d.add_paragraph("")
    d.add_paragraph("-Оо-")
    d.save(out("seed.docx"))


def seed_texts():
    with open(os.path.join(ROOT, "tests", "data", "plans", "anti-corruption-2023.txt"), encoding="utf-8") as f:
        text = f.read()
    crlf = text.replace("\n", "\r\n")
    with open(out("seed-utf16.txt"), "wb") as f:
        f.write(b"\xff\xfe" + crlf.encode("utf-16-le"))
    with open(out("seed-utf16be.txt"), "wb") as f:
        f.write(b"\xfe\xff" + crlf.encode("utf-16-be"))
    lines = ["sep=;"]
    for line in text.split("\n"):
        cells = line.split("\t") if line else [""]
        q = []
        for c in cells:
            if any(ch in c for ch in ';"\n') or c.startswith(" "):
                c = '"' + c.replace('"', '""') + '"'
            q.append(c)
        lines.append(";".join(q))
    with open(out("seed-semicolon.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def two_row_header():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Тайлбар"
    ws["A1"] = "Энэ хуудсанд хүснэгт байхгүй"
    ws2 = wb.create_sheet("Төлөвлөгөө 2024")
    ws2["A1"] = "ЖИШЭЭ ГАЗАР"
    ws2["A2"] = "2024 ОНЫ ҮЙЛ АЖИЛЛАГААНЫ ТӨЛӨВЛӨГӨӨ"
    head = ["№", "Арга хэмжээ", "Шалгуур үзүүлэлт", "Хүрэх түвшин", None, "Төсөв (мян.төг)",
            "Хугацаа", None, None, None, "Хариуцах нэгж"]
    sub = [None, None, None, "2024", "2025", None, "I", "II", "III", "IV", None]
    for c, v in enumerate(head, start=1):
        if v is not None:
            ws2.cell(row=4, column=c, value=v)
    for c, v in enumerate(sub, start=1):
        if v is not None:
            ws2.cell(row=5, column=c, value=v)
    ws2.merge_cells("D4:E4")
    ws2.merge_cells("G4:J4")
    for c in (1, 2, 3, 6, 11):
        ws2.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws2["A6"] = "Зорилт 1. Үйлчилгээг сайжруулах"
    ws2.merge_cells("A6:K6")
    data = [
        (1, "Сургалт зохион байгуулах", "Сургалтын тоо", "2", "3", 1500, "x", "", "x", "", "Хэлтэс А"),
        (2, "Цахим үйлчилгээ нэвтрүүлэх", "Үйлчилгээний тоо", "1", "2", 12500.5, "", "x", "", "", "Хэлтэс Б"),
    ]
    for r, row in enumerate(data, start=7):
        for c, v in enumerate(row, start=1):
            if v != "":
                ws2.cell(row=r, column=c, value=v)
    ws2["A9"] = "Нийт"
    ws2["F9"] = 14000.5
    wb.save(out("two-row-header.xlsx"))


def merged_activity_docx():
    d = docx.Document()
    # an approval block in a table of its own, as plans open
    box = d.add_table(rows=1, cols=2)
    set_cell_text(box.rows[0].cells[1], "БАТЛАВ.\nЗАХИРАЛ Б. БАТ")
    d.add_paragraph("ЖИШЭЭ СУРГУУЛЬ")
    d.add_paragraph("2024 ОНЫ ТӨЛӨВЛӨГӨӨ")
    t = d.add_table(rows=0, cols=6)
    cells = t.add_row().cells
    for c, v in enumerate(["Арга хэмжээ", "Шалгуур үзүүлэлт", "Суурь түвшин", "Хүрэх түвшин",
                           "Төсөв", "Хариуцах нэгж"]):
        cells[c].text = v
    # a goal with its own indicator
    cells = t.add_row().cells
    for c, v in enumerate(["Зорилт 1. Сурлагыг дээшлүүлэх", "Амжилтын хувь", "80", "85", "", "Захирал"]):
        cells[c].text = v
    rows = [
        ("1.1. Нэмэлт хичээл заах", "Хичээлийн тоо", "10", "20", "2,0 сая", "Сургалтын алба"),
        ("", "Хамрагдсан сурагч", "100", "150", "", "Сургалтын алба"),
        ("1.2. Номын сан\nшинэчлэх", "Номын тоо", "500", "700", "", "Номын сан"),
    ]
    made = []
    for row in rows:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            if v:
                set_cell_text(cells[c], v)
        made.append(cells)
    vmerge(made[0][0], "restart")
    vmerge(made[1][0], None)
    # the budget merged over 1.1's two rows and 1.2
    vmerge(made[0][4], "restart")
    vmerge(made[1][4], None)
    vmerge(made[2][4], None)
    d.add_paragraph("Боловсруулсан: сургалтын менежер")
    d.save(out("merged-activity.docx"))


def dates_xlsx():
    """Schedules written as Excel dates, budgets as formatted numbers."""
    import datetime
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Арга хэмжээ", "Төсөв", "Хугацаа", "Хариуцах нэгж"])
    ws.append(["Зорилт 1. Г"])
    ws.append(["1.1. А", 1500000, datetime.datetime(2024, 3, 15), "Х"])
    ws.append(["1.2. Б", 2500000.5, datetime.datetime(2024, 9, 1), "Ү"])
    ws.append(["1.3. В", None, datetime.datetime(1900, 1, 1), "Ү"])
    ws["B3"].number_format = "#,##0"
    ws["C4"].number_format = "mm-dd-yy"
    wb.save(out("dates.xlsx"))


def report_xlsx():
    """An implementation report: ratings as Excel percentages (1 shown as
    100%), achieved values, the quarter in the sheet's title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "II улирал"
    ws.append(["2024 ОНЫ II УЛИРЛЫН ХЭРЭГЖИЛТИЙН ТАЙЛАН"])
    ws.append(["Арга хэмжээ", "Шалгуур үзүүлэлт", "Хүрэх түвшин", "Хүрсэн түвшин", "Биелэлт (%)"])
    ws.append(["Зорилт 1. Г"])
    ws.append(["1.1. А", "Тоо", 4, 4, 1])
    ws.append(["1.2. Б", "Тоо", 10, 7, 0.7])
    ws.append(["1.3. В", "Тоо", 2, 0, 0])
    ws.append(["1.4. Г", "Тоо", 5, 3, 0.6])
    for r in range(4, 8):
        ws.cell(row=r, column=5).number_format = "0%"
    wb.save(out("report.xlsx"))


def small_zips():
    with zipfile.ZipFile(out("macro-only.xlsm"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/vbaProject.bin", b"\x00" * 64)
    with zipfile.ZipFile(out("not-office.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("readme.txt", "hello")
    # take a real workbook and replace its sheet
    buf = io.BytesIO()
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Арга хэмжээ"
    wb.save(buf)

    def rewrite(name, sheet_xml):
        src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
        with zipfile.ZipFile(out(name), "w", zipfile.ZIP_DEFLATED) as z:
            for item in src.infolist():
                data = src.read(item.filename)
                if item.filename == "xl/worksheets/sheet1.xml":
                    data = sheet_xml
                z.writestr(item.filename, data)

    rewrite("doctype.xlsx",
            b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>'
            b'</sheetData></worksheet>')
    rewrite("bomb.xlsx",
            b'<?xml version="1.0"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><sheetData>' + b" " * (32 << 20) + b"</sheetData></worksheet>")


if __name__ == "__main__":
    seed_xlsx()
    seed_docx()
    seed_texts()
    two_row_header()
    merged_activity_docx()
    dates_xlsx()
    report_xlsx()
    small_zips()
