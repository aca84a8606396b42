"""Checks an .xlsx file from a USB stick before any parser sees it: size, zip sanity, bombs, XML entities, sheet size."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError

MAX_FILE_BYTES = 10 * 1024 * 1024         # a plan workbook is ~20 KB
MAX_UNPACKED_BYTES = 40 * 1024 * 1024
MAX_MEMBER_RATIO = 200                     # uncompressed / compressed, for members above 1 MB
MAX_MEMBERS = 500
MAX_SHEET_ROWS = 2000
MAX_SHEET_CELLS = 60_000
_CHUNK = 1 << 16
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s>/]")


class UnsafeWorkbook(ExpectedError):
    """The file is not a workbook we can read safely; nothing was read from it."""


def check_xlsx(path: Path, *, max_rows: int = MAX_SHEET_ROWS) -> None:
    """Raise UnsafeWorkbook with a plain reason, or return when the file may be handed to openpyxl."""
    path = Path(path)
    if not path.is_file():
        raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP("Problems", "{path}: no such file"), path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP("Problems", "{name}: the file is empty"), name=path.name)
    if size > MAX_FILE_BYTES:
        raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: {size} bytes is too large for a plan workbook (at most {limit})"),
            name=path.name, size=f"{size:,}", limit=f"{MAX_FILE_BYTES:,}")
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: an old Excel 97-2003 (.xls) file or an encrypted workbook; open it in Excel or LibreOffice and save it as .xlsx without a password"),
            name=path.name)
    if not head.startswith(b"PK"):
        raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP("Problems", "{name}: not an Excel workbook (.xlsx): the file is not a zip container"), name=path.name)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_members(path, infos)
            for info in infos:
                _scan_member(path, zf, info, max_rows)
    except zipfile.BadZipFile as exc:
        raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP("Problems", "{name}: the workbook is damaged or truncated ({detail})"), name=path.name, detail=str(exc)) from exc
    except (zlib.error, EOFError, NotImplementedError, OSError, RuntimeError) as exc:
        raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP("Problems", "{name}: the workbook is damaged or truncated ({detail})"), name=path.name, detail=str(exc)) from exc


def _check_members(path: Path, infos) -> None:
    names = {i.filename for i in infos}
    if len(infos) > MAX_MEMBERS:
        raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP("Problems", "{name}: {count} parts inside the file; a workbook has far fewer"), name=path.name, count=len(infos))
    if "xl/workbook.xml" not in names:
        if "word/document.xml" in names:
            raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP("Problems", "{name}: a Word document (.docx) renamed; expected an Excel workbook"), name=path.name)
        if any(n.startswith("ppt/") for n in names):
            raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP("Problems", "{name}: a PowerPoint file renamed; expected an Excel workbook"), name=path.name)
        if "content.xml" in names:
            raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP("Problems", "{name}: an OpenDocument file (.ods); save it as .xlsx"), name=path.name)
        raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP("Problems", "{name}: a zip file but not an Excel workbook (no xl/workbook.xml)"), name=path.name)
    declared = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP("Problems", "{name}: part {filename} is encrypted"), name=path.name, filename=str(info.filename))
        declared += info.file_size
        if info.file_size > (1 << 20) and info.file_size > MAX_MEMBER_RATIO * max(info.compress_size, 1):
            raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP(
                "Problems", "{name}: part {filename} expands {size} bytes from {stored} (a zip bomb); refused"),
                name=path.name, filename=str(info.filename), size=f"{info.file_size:,}",
                stored=f"{info.compress_size:,}")
    if declared > MAX_UNPACKED_BYTES:
        raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP("Problems", "{name}: unpacks to {declared} bytes (at most {limit}); refused"), name=path.name, declared=f"{declared:,}", limit=f"{MAX_UNPACKED_BYTES:,}")


def _scan_member(path: Path, zf: zipfile.ZipFile, info, max_rows: int) -> None:
    """Read the part with a byte cap (headers can lie), reject DTDs/entities and count rows and cells."""
    is_xml = info.filename.endswith((".xml", ".rels", ".vml")) or info.filename == "[Content_Types].xml"
    is_sheet = info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
    total, rows, cells, tail = 0, 0, 0, b""
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                break
            total += len(chunk)
            if total > info.file_size or total > MAX_UNPACKED_BYTES:
                raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP(
                    "Problems", "{name}: part {filename} unpacks to more than it declares (a zip bomb); refused"),
                    name=path.name, filename=str(info.filename))
            if is_xml:
                window = tail + chunk
                if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                    raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP(
                        "Problems", "{name}: part {filename} declares XML entities (possible entity bomb); refused"),
                        name=path.name, filename=str(info.filename))
                if is_sheet:
                    # Count tags that start in this chunk only (the tail is kept to see tags across chunks).
                    rows += len(_ROW_TAG.findall(window)) - len(_ROW_TAG.findall(tail))
                    cells += len(_CELL_TAG.findall(window)) - len(_CELL_TAG.findall(tail))
                    if rows > max_rows or cells > MAX_SHEET_CELLS:
                        raise UnsafeWorkbook.of(QT_TRANSLATE_NOOP(
                            "Problems", "{name}: sheet part {filename} is too large (more than {rows} rows or "
                                        "{cells} cells); a plan has a few dozen rows"),
                            name=path.name, filename=str(info.filename), rows=f"{max_rows:,}",
                            cells=f"{MAX_SHEET_CELLS:,}")
                tail = window[-16:]
