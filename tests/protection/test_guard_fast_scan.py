"""The guard's fast count of <sheetData> (safe_input/sheet_rows.py) decides exactly as its expat callbacks do.

Random sheets — in the usual form and with every oddity the fast pattern must not take (formulas, rich text, cells
without references or of another row, far cells and rows, long texts, comments, CDATA, prefixes, whitespace,
merges, DTDs, broken XML) — are checked twice, with the fast count and with the callbacks alone, read in chunks of
random size: the same refusal (type and message) or the same counts. The usual form must really take the fast
path, or this test would compare the callbacks with themselves.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commune_desk.services import safe_input
from commune_desk.services.safe_input import sheet_rows, sheets, zips
from commune_desk.services.safe_input.limits import SheetLimits

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
SHEET = "xl/worksheets/sheet1.xml"
MB = 1024 * 1024
LIMITS = SheetLimits(max_rows=40, max_columns=30, max_cells=120, max_merged_cells=50, max_cell_chars=60)
KIND = safe_input.FileKind("t", 50 * MB, safe_input.RECORDS.zip, LIMITS, (".xlsx",))


def _base() -> dict[str, bytes]:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Tuyên truyền"
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


BASE = _base()


def _book(sheet_xml: bytes) -> bytes:
    parts = {**BASE, SHEET: sheet_xml}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out


texts = st.one_of(
    st.just(""),
    st.text("ab &<>'\"", max_size=8).map(lambda t: t.replace("&", "&amp;").replace("<", "&lt;")),
    st.sampled_from(["x" * 61, "&#7921;" * 20, "é" * 61]),
)
short = st.text("ab &<>'\"ệ", max_size=8).map(lambda t: t.replace("&", "&amp;").replace("<", "&lt;"))
USUAL_VALUES = ["<v>{}</v>", "<is><t>{}</t></is>", '<is><t xml:space="preserve">{}</t></is>', ""]
ODD_VALUES = [
    "<f>1+1</f><v>2</v>",
    "<is><r><t>a</t></r></is>",
    "<v>1</v><!-- x -->",
    " <v>1</v>",
    '<v><![CDATA[<c r="A1"/>]]></v>',
    "<t/>",
    "<v>&#0;</v>",
    "<v>&undefined;</v>",
    "<v>1</v></v>",
]


@st.composite
def cells(draw, row: int, usual: bool) -> str:
    col = draw(st.integers(1, 12)) if draw(st.integers(0, 59)) else draw(st.sampled_from([28, 30, 31, 16384]))
    refs = [f"{_letters(col)}{row}"] + (
        [] if usual else [f"{_letters(col)}{row + 1}", "", f"{_letters(col).lower()}{row}", f"AAAA{row}"]
    )
    ref = draw(st.sampled_from(refs))
    attrs = draw(
        st.sampled_from(
            ["", ' t="inlineStr"', ' s="1" t="n"']
            + ([] if usual else [' x="a>b"', ' x="a/>"', " r2='1'", ' r="B1"', ' x:r="XFD1"'])
        )
    )
    opener = draw(
        st.sampled_from(['<c r="{ref}"'] + ([] if usual else ["<c  r='{ref}'", '<x:c r="{ref}"', "<c"]))
    ).format(ref=ref)
    text = draw(short) if draw(st.integers(0, 59)) else draw(texts)
    value = draw(st.sampled_from(USUAL_VALUES + ([] if usual else ODD_VALUES))).format(text)
    closer = "</x:c>" if opener.startswith("<x:") else "</c>"
    return f"{opener}{attrs}/>" if not value and draw(st.booleans()) else f"{opener}{attrs}>{value}{closer}"


@st.composite
def rows(draw, usual: bool) -> str:
    out = []
    for _ in range(draw(st.integers(0, 12))):
        row = draw(st.integers(1, 40)) if draw(st.integers(0, 59)) else draw(st.sampled_from([41, 45, 1048576]))
        space = draw(st.sampled_from(["", "", "\n", "  "]))
        inner = "".join(draw(st.lists(cells(row, usual or draw(st.booleans())), max_size=5)))
        attrs = draw(st.sampled_from(["", ' spans="1:5"', ' x14ac:dyDescent="0.25"']))
        opener = draw(st.sampled_from([f'<row r="{row}"'] + ([] if usual else ["<row", f"<row r='{row}'"])))
        out.append(
            f"{space}{opener}{attrs}/>"
            if not inner and draw(st.booleans())
            else f"{space}{opener}{attrs}>{inner}{space}</row>"
        )
    return "".join(out)


@st.composite
def sheets_xml(draw) -> bytes:
    usual = draw(st.booleans())
    head = draw(
        st.sampled_from(
            ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', "", '<?xml version="1.0"?>', "\ufeff"]
            + (
                []
                if usual
                else [
                    '<?xml version="1.0" encoding="ISO-8859-1"?>',
                    "<!-- <sheetData> -->",
                    '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "a">]>',
                ]
            )
        )
    )
    before = draw(
        st.sampled_from(
            ["", '<dimension ref="A1:XFD1048576"/>', '<cols><col min="1" max="2" width="9"/></cols>']
            + ([] if usual else ["<c><v>1</v></c>", "<c>", "<row r='7'/>"])
        )
    )
    body = draw(rows(usual))
    data = draw(
        st.sampled_from(
            ["<sheetData>{}</sheetData>"]
            + ([] if usual else ["<sheetData/>{}", "<sheetData>{}", "<sheetData>{}</sheetData></sheetData>"])
        )
    ).format(body)
    after = draw(
        st.sampled_from(
            [
                "",
                "",
                "",
                '<mergeCells><mergeCell ref="A1:C3"/></mergeCells>',
                '<mergeCells><mergeCell ref="A1:Z9"/></mergeCells>',
                "<c/><c/>",
                "<row/><c/>",
                '<hyperlinks><hyperlink ref="B2"/></hyperlinks>',
                "<f>1</f>",
                "<c><f>1</f></c>",
            ]
        )
    )
    text = f"{head}<worksheet {NS}>{before}{data}{after}</worksheet>"
    encoding = "utf-8" if usual else draw(st.sampled_from(["utf-8", "utf-16"]))
    if encoding == "utf-16":
        text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode("utf-8")


def _outcome(data: bytes):
    try:
        return "ok", safe_input.check_workbook_bytes(data, KIND, name="book.xlsx")
    except safe_input.UnsafeInput as exc:
        return type(exc).__name__, str(exc)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sheet=sheets_xml(), chunk=st.sampled_from([1, 3, 7, 16, 61, 4096, 1 << 16]))
def test_the_fast_count_decides_as_the_callbacks(monkeypatch, sheet, chunk):
    data = _book(sheet)
    monkeypatch.setattr(zips, "_CHUNK", chunk)
    fast = _outcome(data)
    with monkeypatch.context() as m:
        m.setattr(sheets, "stream_fast", lambda *args, **kwargs: False)
        slow = _outcome(data)
    assert fast == slow


def test_the_usual_form_takes_the_fast_path(monkeypatch):
    taken = []
    real = sheets.stream_fast

    def spy(*args, **kwargs):
        taken.append(real(*args, **kwargs))
        return taken[-1]

    monkeypatch.setattr(sheets, "stream_fast", spy)
    body = "".join(
        f'<row r="{r}" spans="1:3"><c r="A{r}" t="n"><v>{r}</v></c><c r="B{r}" t="inlineStr"><is>'
        f'<t xml:space="preserve">Thôn &amp; {r}</t></is></c><c r="C{r}" s="2"/></row>'
        for r in range(1, 31)
    )
    sheet = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{body}</sheetData></worksheet>'
    for chunk in (5, 64, 1 << 16):
        monkeypatch.setattr(zips, "_CHUNK", chunk)
        scan = safe_input.check_workbook_bytes(_book(sheet.encode()), KIND, name="book.xlsx")
        assert (scan.cells, scan.rows) == (90, {"Tuyên truyền": 30})
        assert taken[-1] is True


def test_excel_and_libreoffice_rows_take_the_fast_path(monkeypatch):
    taken = []
    real = sheets.stream_fast
    monkeypatch.setattr(sheets, "stream_fast", lambda *a, **k: taken.append(real(*a, **k)) or taken[-1])
    excel = "".join(
        f'<row r="{r}" spans="1:3" x14ac:dyDescent="0.25"><c r="A{r}" s="1" t="s"><v>{r}</v></c>'
        f'<c r="B{r}"><v>4565{r % 10}</v></c><c r="C{r}" t="b"><v>1</v></c></row>'
        for r in range(1, 21)
    )
    calc = "".join(
        f'<row r="{r}" customFormat="false" ht="12.8" hidden="false" customHeight="false" '
        f'outlineLevel="0" collapsed="false"><c r="A{r}" s="0" t="s"><v>0</v></c><c r="B{r}" s="0" '
        f't="n"><v>1.5</v></c></row>'
        for r in range(1, 21)
    )
    for body, cells in ((excel, 60), (calc, 40)):
        sheet = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS} xmlns:x14ac="urn:x"'
            f'><dimension ref="A1:C20"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>'
            f'{body}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" '
            f'header="0.3" footer="0.3"/></worksheet>'
        )
        scan = safe_input.check_workbook_bytes(_book(sheet.encode()), KIND, name="book.xlsx")
        assert (scan.cells, scan.rows, taken[-1]) == (cells, {"Tuyên truyền": 20}, True)


@pytest.mark.parametrize(
    "body,match",
    [
        ('<row r="41"><c r="A41"><v>1</v></c></row>', "row 41 lies outside"),
        ('<row r="2"><c r="AE2"><v>1</v></c></row>', "cell AE2 lies outside"),
        ('<row r="2"><c r="A2"><v>' + "y" * 61 + "</v></c></row>", "cell A2 holds more than 60 characters"),
        ('<row r="2"><c r="C2"><f>1+1</f></c></row>', "cell C2 holds a formula"),
        (
            "".join(
                f'<row r="{r}">' + "".join(f'<c r="{c}{r}"/>' for c in "ABCDEFGHIJ") + "</row>" for r in range(1, 14)
            ),
            "more than 120 cells",
        ),
    ],
)
def test_what_the_fast_count_meets_is_refused_by_the_callbacks(body, match):
    sheet = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{body}</sheetData></worksheet>'
    with pytest.raises(safe_input.UnsafeWorkbook, match=match):
        safe_input.check_workbook_bytes(_book(sheet.encode()), KIND, name="book.xlsx")


def test_plain_head():
    assert sheet_rows.plain_head(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet a="b">')
    assert not sheet_rows.plain_head(b'<?xml version="1.0"?><!-- x --><worksheet>')
    assert not sheet_rows.plain_head(b'<?xml version="1.0" encoding="UTF-16"?><worksheet>')
    assert not sheet_rows.plain_head(b"<worksheet><?pi x?>")
