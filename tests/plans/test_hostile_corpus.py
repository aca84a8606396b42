"""A generated corpus of broken and hostile workbooks: each is rejected cleanly, fast, with nothing stored."""

from __future__ import annotations

import io
import re
import time
import zipfile

import pytest

from commune_desk.domain.errors import ExpectedError, ValidationFailed
from commune_desk.services.plans.plan_import import import_file
from tests.plans.helpers import SAMPLE_001, mutate, snapshot

BOMB = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10)
                   for i in range(1, 10)) + b']><workbook>&lol9;</workbook>')
XXE = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><workbook>&e;</workbook>'


def _sample() -> bytes:
    return SAMPLE_001.read_bytes()


def _rezip(replace: dict[str, bytes] | None = None, drop=(), add: dict[str, bytes] | None = None,
           level=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_sample())) as src, zipfile.ZipFile(out, "w", level) as dst:
        for info in src.infolist():
            if info.filename in drop:
                continue
            dst.writestr(info.filename, (replace or {}).get(info.filename, src.read(info.filename)))
        for name, data in (add or {}).items():
            dst.writestr(name, data)
    return out.getvalue()


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return out.getvalue()


def _huge_sheet(rows: int) -> bytes:
    body = b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (i, i, i) for i in range(1, rows + 1))
    return (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b"<sheetData>" + body + b"</sheetData></worksheet>")


def _far_cell() -> bytes:
    return (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>plan_id</t></is></c></row>'
            b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>')


def _sheet_part(name="settings") -> str:
    import openpyxl

    wb = openpyxl.load_workbook(SAMPLE_001)
    return f"xl/worksheets/sheet{wb.sheetnames.index(name) + 1}.xml"


def raw_corpus() -> dict[str, bytes]:
    data = _sample()
    corpus = {
        "empty": b"",
        "text": b"plan_id,version\nX,1\n",
        "random": bytes(range(256)) * 40,
        "pk junk": b"PK\x03\x04" + b"\x00" * 200,
        "xls header": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500,
        "docx renamed": _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}),
        "ods renamed": _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}),
        "zip without workbook": _zip({"hello.txt": b"hi"}),
        "entity bomb": _rezip({"xl/workbook.xml": BOMB}),
        "external entity": _rezip({"xl/workbook.xml": XXE}),
        "entity bomb in sheet": _rezip({_sheet_part(): BOMB}),
        "zip bomb": _rezip(add={"xl/media/zeros.bin": b"\x00" * (24 << 20)}),
        "huge sheet": _rezip({_sheet_part("targets"): _huge_sheet(5000)}),
        "far away cell": _rezip({_sheet_part("targets"): _far_cell()}),
        "broken workbook xml": _rezip({"xl/workbook.xml": b"<workbook><sheets><sheet"}),
        "no styles or rels": _rezip(drop=("xl/_rels/workbook.xml.rels",)),
        "garbage sheet xml": _rezip({_sheet_part(): b"\xff\xfe\x00garbage"}),
        "too many parts": _rezip(add={f"xl/junk/{i}.txt": b"x" for i in range(600)}),
    }
    for cut in (0.1, 0.3, 0.5, 0.7, 0.9, 0.99):
        corpus[f"truncated {cut}"] = data[: int(len(data) * cut)]
    flipped = bytearray(data)
    flipped[len(flipped) // 2] ^= 0xFF
    corpus["flipped byte"] = bytes(flipped)
    return corpus


def _set(ref_sheet, ref, value):
    def change(wb):
        wb[ref_sheet][ref] = value
    return change


CONTENT = {
    "all sheets renamed": lambda wb: [setattr(ws, "title", ws.title.upper() + "x") for ws in wb.worksheets],
    "header row blank": lambda wb: wb["targets"].delete_rows(1),
    "100k text cell": _set("targets", "B2", "x" * 30000),
    "tab and newline in id": _set("settings", "A2", "LS\t1\n2"),
    "negative count": _set("targets", "E3", -5),
    "boolean value": _set("targets", "E2", True),
    "date as value": _set("targets", "E3", "01/01/2024"),
    "settings empty": lambda wb: wb["settings"].delete_rows(2),
    "deadlines empty": lambda wb: wb["deadlines"].delete_rows(2, 10),
    "array of formulas": lambda wb: [wb["targets"].cell(r, 5, f"=SUM(A{r}:B{r})") for r in range(2, 14)],
    "year text": _set("settings", "E2", "năm 2024"),
    "catalogue without entries": lambda wb: wb.create_sheet("cat_violation_types").append(["code", "label"]),
}


@pytest.mark.parametrize("name", sorted(raw_corpus()) + sorted(CONTENT))
def test_rejected_cleanly(name, tmp_path, db):
    path = tmp_path / "plan.xlsx"
    if name in CONTENT:
        mutate(SAMPLE_001, path, CONTENT[name])
    else:
        path.write_bytes(raw_corpus()[name])
    before = snapshot(db)
    start = time.monotonic()
    with pytest.raises(ExpectedError) as info:
        import_file(db, path, "test")
    assert time.monotonic() - start <= 20
    assert str(info.value).strip()
    if name in CONTENT:
        assert isinstance(info.value, ValidationFailed)
    assert snapshot(db) == before


def test_corpus_is_large_enough():
    assert len(raw_corpus()) + len(CONTENT) >= 30


def test_specific_hostile_messages(tmp_path):
    from commune_desk.services.plans.plan_workbook import PlanFileError, read_plan

    expected = {"docx renamed": "a Word document (.docx) renamed", "entity bomb": "has a DOCTYPE declaration",
                "zip bomb": "zip bomb", "huge sheet": "too large", "truncated 0.5": "truncated or damaged",
                "far away cell": "row 1,048,576 lies outside", "flipped byte": "cannot be unpacked",
                "xls header": "old Excel 97-2003", "empty": "the file is empty"}
    corpus = raw_corpus()
    for name, fragment in expected.items():
        path = tmp_path / f"{name}.xlsx"
        path.write_bytes(corpus[name])
        with pytest.raises(PlanFileError, match=re.escape(fragment)):
            read_plan(path)
