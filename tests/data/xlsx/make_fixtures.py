#!/usr/bin/env python3
"""Writes the workbook fixtures of tst_xlsxreader. Kept so that the workbooks, hostile ones
included, can be re-made and reviewed; the tests read the committed .xlsx files and never run this
script. Run it inside tests/data/xlsx. libreoffice.xlsx is not made here: it was converted from
libreoffice.csv by LibreOffice Calc (soffice --headless --convert-to xlsx libreoffice.csv) to have
one workbook written by a real spreadsheet program."""
import zipfile

FIXED_DATE = (2026, 11, 20, 10, 0, 0)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = HEADER + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '</Types>')


def write(path, parts):
    """parts: (member name, text or bytes) in archive order."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def relationships(rels):
    """rels: (id, type's last segment, target)."""
    body = "".join(f'<Relationship Id="{rid}" Type="{OFFICE_REL}/{kind}" Target="{target}"/>'
                   for rid, kind, target in rels)
    return HEADER + f'<Relationships xmlns="{PACKAGE_REL}">{body}</Relationships>'


def workbook(sheets, date1904=None):
    """sheets: (name, relationship id, extra attributes)."""
    pr = f'<workbookPr date1904="{date1904}"/>' if date1904 is not None else '<workbookPr/>'
    body = "".join(f'<sheet name="{name}" sheetId="{n + 1}" r:id="{rid}"{extra}/>'
                   for n, (name, rid, extra) in enumerate(sheets))
    return HEADER + (f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE_REL}">{pr}'
                     f'<bookViews><workbookView/></bookViews><sheets>{body}</sheets></workbook>')


def worksheet(rows, merges=()):
    merged = ""
    if merges:
        merged = (f'<mergeCells count="{len(merges)}">'
                  + "".join(f'<mergeCell ref="{ref}"/>' for ref in merges) + '</mergeCells>')
    return HEADER + (f'<worksheet xmlns="{MAIN}" xmlns:r="{OFFICE_REL}"><dimension ref="A1"/>'
                     f'<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
                     f'<sheetData>{rows}</sheetData>{merged}'
                     f'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
                     f'footer="0.3"/></worksheet>')


def shared_strings(items):
    """items: the inner XML of each <si>."""
    body = "".join(f"<si>{item}</si>" for item in items)
    return HEADER + f'<sst xmlns="{MAIN}" count="{len(items)}" uniqueCount="{len(items)}">{body}</sst>'


def styles(formats, cell_formats):
    """formats: {numFmtId: code}; cell_formats: the numFmtId of each cellXfs entry."""
    num_fmts = "".join(f'<numFmt numFmtId="{fid}" formatCode="{code}"/>'
                       for fid, code in formats.items())
    xfs = "".join(f'<xf numFmtId="{fid}" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                  for fid in cell_formats)
    # cellStyleXfs comes first and is not what a cell's s attribute counts in: its date format
    # would shift every style by two if a reader counted these too.
    return HEADER + (f'<styleSheet xmlns="{MAIN}"><numFmts count="{len(formats)}">{num_fmts}</numFmts>'
                     '<fonts count="1"><font><sz val="11"/></font></fonts>'
                     '<cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="14"/></cellStyleXfs>'
                     f'<cellXfs count="{len(cell_formats)}">{xfs}</cellXfs>'
                     '<dxfs count="1"><dxf><numFmt numFmtId="165" formatCode="yyyy"/></dxf></dxfs>'
                     '</styleSheet>')


def book(path, sheets, shared=None, style=None, date1904=None, absolute=False, workbook_rels=None,
         extra_parts=()):
    """sheets: (name, worksheet xml); each goes to xl/worksheets/sheetN.xml as rIdN."""
    prefix = "/xl/" if absolute else ""
    rels = [(f"rId{n + 1}", "worksheet", f"{prefix}worksheets/sheet{n + 1}.xml")
            for n in range(len(sheets))]
    parts = [("[Content_Types].xml", CONTENT_TYPES),
             ("_rels/.rels", relationships([("rId1", "officeDocument",
                                             "/xl/workbook.xml" if absolute else "xl/workbook.xml")])),
             ("xl/workbook.xml", workbook([(name, f"rId{n + 1}", "")
                                           for n, (name, _) in enumerate(sheets)], date1904))]
    parts += [(f"xl/worksheets/sheet{n + 1}.xml", xml) for n, (_, xml) in enumerate(sheets)]
    if shared is not None:
        rels.append(("rIdS", "sharedStrings", f"{prefix}sharedStrings.xml"))
        parts.append(("xl/sharedStrings.xml", shared))
    if style is not None:
        rels.append(("rIdT", "styles", f"{prefix}styles.xml"))
        parts.append(("xl/styles.xml", style))
    parts.append(("xl/_rels/workbook.xml.rels", workbook_rels or relationships(rels)))
    write(path, parts + list(extra_parts))


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def number(ref, value, style=None):
    s = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}"{s}><v>{value}</v></c>'


def shared(ref, index):
    return f'<c r="{ref}" t="s"><v>{index}</v></c>'


def row(number_, cells):
    return f'<row r="{number_}">{"".join(cells)}</row>'


# --- Strings: shared, rich text, phonetic runs, whitespace, escapes, inline ----------------------
book("strings.xlsx", [("Strings", worksheet(
    row(1, [shared("A1", 0), inline("B1", "Count"),
            '<c r="C1" t="inlineStr"><is><r><t>Note</t></r><r><rPr><i/></rPr>'
            '<t xml:space="preserve">s </t></r></is></c>'])
    + row(2, [shared("A2", 1), '<c r="B2" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>', shared("C2", 2)])
    + row(3, [shared("A3", 3), shared("B3", 4), shared("C3", 5)])
    + row(4, [shared("A4", 6), shared("B4", 7), shared("C4", 8)])
    + row(5, ['<c r="A5" t="inlineStr"><v>in v</v></c>'])))],
    shared=shared_strings([
        "<t>Area</t>",
        '<r><rPr><b/><sz val="11"/></rPr><t>North</t></r><r><t xml:space="preserve"> West</t></r>',
        '<t xml:space="preserve">  padded  </t>',
        "<t>\n  trimmed  </t>",
        '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>',
        "<t>R&amp;D &lt;5</t>",
        "<t>line_x000D_&#10;two</t>",
        "<t>_x005F_x0041_</t>",
        "<t/>",
    ]))

# --- Values: numbers, booleans, errors, dates in built-in and custom formats --------------------
VALUE_STYLES = styles(
    {164: "yyyy\\-mm\\-dd", 165: '0.0 &quot;days&quot;', 166: "[h]:mm", 167: "[$-409]d mmm yyyy;@",
     168: "#,##0;[Red]-#,##0", 169: "hh:mm"},
    # s=0 General, 1 → 14 (m/d/yyyy), 2 → 22 (m/d/yyyy h:mm), 3 → 164, 4 → 165, 5 → 166,
    # 6 → 167, 7 → 168, 8 → 169, 9 → 47 (mm:ss.0)
    [0, 14, 22, 164, 165, 166, 167, 168, 169, 47])
book("values.xlsx", [("Values", worksheet(
    row(1, [number("A1", "12"), number("B1", "0.1"), number("C1", "1E-7"), number("D1", "-3.5"),
            number("E1", "0.30000000000000004"), number("F1", "1000000"), number("G1", "1.5E+20"),
            number("H1", "12.0"), '<c r="I1" t="n"><v>-0</v></c>'])
    + row(2, ['<c r="A2" t="b"><v>1</v></c>', '<c r="B2" t="b"><v>0</v></c>',
              '<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c>', '<c r="D2" t="e"><v>#N/A</v></c>',
              '<c r="E2"><f>A1*2</f></c>', '<c r="F2" t="d"><v>2023-03-31T00:00:00</v></c>'])
    + row(3, [number("A3", "45016", 1), number("B3", "45016.427083333336", 2),
              number("C3", "45016", 3), number("D3", "45016", 4), number("E3", "1.5", 5),
              number("F3", "44927", 6), number("G3", "1234", 7), number("H3", "0.4375", 8),
              number("I3", "0.5", 9)])
    + row(4, [number("A4", "59", 1), number("B4", "60", 1), number("C4", "61", 1),
              number("D4", "1", 1), number("E4", "-1", 1), number("F4", "2958465", 1),
              number("G4", "2958466", 1), number("H4", "45016.99999999", 2),
              number("I4", "45016", 99)])))],
    style=VALUE_STYLES)

book("date1904.xlsx", [("Dates", worksheet(
    row(1, [number("A1", "43554", 1), number("B1", "0", 1), number("C1", "0.5", 2),
            number("D1", "43554", 0)])))],
    style=VALUE_STYLES, date1904="1")

# --- Merged multi-level header --------------------------------------------------------------------
book("merged.xlsx", [("Costs", worksheet(
    row(1, [shared("A1", 0), shared("B1", 1), inline("C1", "hidden under the merge"),
            shared("E1", 2)])
    + row(2, [inline("B2", "Q1"), inline("C2", "Q2"), inline("D2", "Q3"), inline("E2", "Q1"),
              inline("F2", "Q2")])
    + row(3, [inline("A3", "North")] + [number(f"{c}3", n + 1) for n, c in enumerate("BCDEF")]),
    merges=["B1:D1", "F1:E1", "A1:A2", "G1:H3"]))],
    shared=shared_strings(["<t>Area</t>", "<t>2022</t>", "<t>2023</t>"]))

# --- Two sheets whose workbook order is not their part names' order, a chart sheet between ----
CHART_SHEET = HEADER + f'<chartsheet xmlns="{MAIN}" xmlns:r="{OFFICE_REL}"><drawing r:id="rId1"/></chartsheet>'
write("two_sheets.xlsx", [
    ("[Content_Types].xml", CONTENT_TYPES),
    ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
    ("xl/worksheets/sheet1.xml", worksheet(row(1, [inline("A1", "detail"), number("B1", "3")]))),
    ("xl/worksheets/sheet2.xml", worksheet(row(1, [inline("A1", "summary"), number("B1", "9")]))),
    ("xl/chartsheets/sheet1.xml", CHART_SHEET),
    ("xl/workbook.xml", workbook([("Summary", "rId5", ""), ("Chart", "rId7", ""),
                                  ("Detail", "rId3", ' state="hidden"')])),
    ("xl/_rels/workbook.xml.rels", relationships([
        ("rId3", "worksheet", "worksheets/sheet1.xml"),
        ("rId5", "worksheet", "worksheets/sheet2.xml"),
        ("rId7", "chartsheet", "chartsheets/sheet1.xml")])),
])

# --- Sparse rows and columns, rows and cells without r, styled empty cells ---------------------
book("sparse.xlsx", [("Sparse", worksheet(
    '<row r="2"><c r="B2"><v>1</v></c><c r="D2" t="inlineStr"><is><t>x</t></is></c>'
    '<c r="H2" s="0"/></row>'
    '<row r="3"><c r="C3" s="0"/><c r="D3" t="inlineStr"><is><t></t></is></c></row>'
    '<row r="5"><c r="C5"><v>7</v></c></row>'
    '<row><c><v>8</v></c><c><v>9</v></c><c r="E6"><v>10</v></c><c><v>11</v></c></row>'))])

# --- Relationship targets written absolute, parts in unconventional places and case -----------
write("absolute_targets.xlsx", [
    ("[Content_Types].xml", CONTENT_TYPES),
    ("_rels/.rels", relationships([("rId1", "officeDocument", "/xl/workbook.xml")])),
    ("xl/workbook.xml", workbook([("Data", "rId1", "")])),
    ("xl/_rels/workbook.xml.rels", relationships([
        ("rId1", "worksheet", "/xl/Worksheets/Data.xml"),
        ("rId2", "sharedStrings", "/xl/strings/shared.xml"),
        ("rId3", "styles", "/xl/styles.xml")])),
    ("xl/worksheets/data.xml", worksheet(row(1, [shared("A1", 0), number("B1", "45016", 1)]))),
    ("xl/strings/shared.xml", shared_strings(["<t>found through the relationship</t>"])),
    ("xl/styles.xml", VALUE_STYLES),
])

# 1000 sheets is the most allowed (all of them the same part, to keep the file small); 1001 is
# refused before any sheet is read.
for count, name in ((1000, "thousand_sheets.xlsx"), (1001, "too_many_sheets.xlsx")):
    write(name, [
        ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", workbook([(f"S{n + 1}", "rId1", "") for n in range(count)])),
        ("xl/_rels/workbook.xml.rels", relationships([("rId1", "worksheet", "worksheets/sheet1.xml")])),
        ("xl/worksheets/sheet1.xml", worksheet(row(1, [number("A1", "1")]))),
    ])

# --- Hostile and broken workbooks -------------------------------------------------------------
LAUGHS = ('<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
          '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
book("dtd.xlsx", [("Sheet1", worksheet(row(1, [shared("A1", 0)])))],
     shared=HEADER + LAUGHS + f'<sst xmlns="{MAIN}"><si><t>&c;</t></si></sst>')

book("bad_shared_string.xlsx", [("Costs", worksheet(
    row(1, [shared("A1", 0)]) + row(7, [shared("A7", 39), number("B7", "3"), shared("C7", 912)])))],
    shared=shared_strings([f"<t>s{n}</t>" for n in range(40)]))

book("huge_range.xlsx", [("Huge", worksheet(
    row(1, [inline("A1", "corner")]) + row(1048576, [number("XFD1048576", "1")])))])
book("huge_merge.xlsx", [("Merged", worksheet(row(1, [inline("A1", "everything")]),
                                               merges=["A1:XFD1048576"]))])

book("malformed.xlsx", [("Bad", HEADER + f'<worksheet xmlns="{MAIN}">\n<sheetData>\n'
                         '<row r="1"><c r="A1"><v>1</v></row>\n</sheetData></worksheet>')])

book("bad_cell_ref.xlsx", [("Refs", worksheet(row(1, [number("XFE1", "1")])))])
book("bad_row.xlsx", [("Rows", worksheet(row(1048577, [number("A1048577", "1")])))])
book("bad_number.xlsx", [("Numbers", worksheet(row(2, [number("A2", "1"), number("B2", "abc")])))])
book("bad_boolean.xlsx", [("Flags", worksheet(row(1, ['<c r="A1" t="b"><v>2</v></c>'])))])
book("bad_type.xlsx", [("Types", worksheet(row(3, ['<c r="D3" t="x"><v>1</v></c>'])))])
book("bad_shared_index.xlsx", [("Index", worksheet(row(1, [shared("A1", "one")])))],
     shared=shared_strings(["<t>a</t>"]))
book("bad_merge.xlsx", [("Merge", worksheet(row(1, [inline("A1", "a")]), merges=["A1:B"]))])
book("cells_past_xfd.xlsx", [("Wide", worksheet(
    '<row r="4"><c r="XFC4"><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>'))])

write("no_workbook.xlsx", [("readme.txt", "not a workbook")])
write("word_document.xlsx", [
    ("[Content_Types].xml", CONTENT_TYPES),
    ("_rels/.rels", relationships([("rId1", "officeDocument", "word/document.xml")])),
    ("word/document.xml", HEADER + '<w:document xmlns:w="http://schemas.openxmlformats.org/'
                                   'wordprocessingml/2006/main"><w:body/></w:document>'),
])
write("binary_workbook.xlsx", [
    ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.bin")])),
    ("xl/workbook.bin", b"\x83\x01\x00"),
])
write("chart_only.xlsx", [
    ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
    ("xl/workbook.xml", workbook([("Chart", "rId1", "")])),
    ("xl/_rels/workbook.xml.rels", relationships([("rId1", "chartsheet", "chartsheets/sheet1.xml")])),
    ("xl/chartsheets/sheet1.xml", CHART_SHEET),
])
book("missing_sheet_part.xlsx", [("Gone", worksheet(""))],
     workbook_rels=relationships([("rId1", "worksheet", "worksheets/elsewhere.xml")]))
book("missing_relationship.xlsx", [("Lost", worksheet(""))],
     workbook_rels=relationships([("rId9", "worksheet", "worksheets/sheet1.xml")]))
book("target_outside.xlsx", [("Out", worksheet(""))],
     workbook_rels=relationships([("rId1", "worksheet", "../../../etc/passwd")]))

# Excel stores a password-protected workbook as an OLE compound file; only its signature matters.
with open("encrypted.xlsx", "wb") as encrypted:
    encrypted.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504)

# The used range at the cell limit (10 columns × 1000000 rows = 10000000) is read, one cell past
# it (11 × 909091 = 10000001) is refused; only two records are made either way.
book("range_at_limit.xlsx", [("Limit", worksheet(
    row(1, [number("A1", "1")]) + row(1000000, [number("J1000000", "2")])))])
book("range_over_limit.xlsx", [("Over", worksheet(
    row(1, [number("A1", "1")]) + row(909091, [number("K909091", "2")])))])

# Two merges of the same 10000000 cells: each fits the used range, together they would fill it
# twice.
book("overlapping_merges.xlsx", [("Twice", worksheet(row(1, [inline("A1", "a")]),
                                                     merges=["A1:J1000000", "A1:J1000000"]))])

# --- A workbook as a researcher submits it: a table sheet and a notes sheet -------------------
book("tables_and_notes.xlsx", [
    ("Counts", worksheet(
        row(1, [inline("A1", "borough"), inline("B1", "Male"), inline("C1", "Female")])
        + row(2, [inline("A2", "Hillingdon"), number("B2", "15"), number("C2", "20")])
        + row(3, [inline("A3", "Westminster"), number("B3", "4"), number("C3", "30")]))),
    ("Notes", worksheet(row(1, [inline("A1", "Counts of people on long-term support")]))),
])
