"""Workbooks from outside: every check of the guard, then openpyxl on the very bytes that were checked."""

from __future__ import annotations

import io
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP
from commune_desk.services.safe_input.files import (
    InputTooLarge, UnsafeInput, WrongFileType, read_bytes_capped,
)
from commune_desk.services.safe_input.limits import MAPPING, FileKind
from commune_desk.services.safe_input.sheets import WorkbookScan, scan_sheets
from commune_desk.services.safe_input.xmlcheck import check_zip_xml, parse_xml
from commune_desk.services.safe_input.zips import entry_where, open_checked_zip

log = logging.getLogger(__name__)

WORKBOOK_SUFFIXES = (".xlsx",)


def _not_a_workbook(label: str, names: set[str]) -> None:
    if "xl/workbook.xml" in names and "[Content_Types].xml" in names:
        return
    if "word/document.xml" in names:
        raise WrongFileType.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: a Word document (.docx) renamed; expected an Excel workbook"), name=label)
    if any(n.startswith("ppt/") for n in names):
        raise WrongFileType.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: a PowerPoint file renamed; expected an Excel workbook"), name=label)
    if "content.xml" in names:
        raise WrongFileType.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: an OpenDocument file (.ods); save it as .xlsx"), name=label)
    missing = "xl/workbook.xml" if "xl/workbook.xml" not in names else "[Content_Types].xml"
    raise WrongFileType.of(QT_TRANSLATE_NOOP(
        "Problems", "{name}: is a zip archive but not an Excel workbook (no {missing})"), name=label, missing=missing)


def check_workbook_bytes(data: bytes, kind: FileKind = MAPPING, *, name: str = "workbook.xlsx") -> WorkbookScan:
    """Every check on a workbook's bytes: archive, entry names and sizes, XML prologs, sheet counts."""
    limits = kind.sheets
    if data and not data.startswith((b"PK", b"\xd0\xcf\x11\xe0")):
        raise WrongFileType.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: not an Excel workbook (.xlsx): the file is not a zip container"), name=name)
    with open_checked_zip(data, kind.zip, max_bytes=kind.max_file_bytes, name=name) as (zf, infos):
        names = {i.filename for i in infos}
        _not_a_workbook(name, names)
        scanned = set()
        for info in infos:
            base = info.filename.rsplit("/", 1)[-1].lower()
            if info.filename.startswith("xl/worksheets/") or base.startswith("sharedstrings"):
                scanned.add(info.filename)
            elif info.file_size > limits.max_other_part_bytes:
                raise InputTooLarge.of(QT_TRANSLATE_NOOP(
                    "Problems", "{where}: {size} bytes unpacked, more than the {max_bytes} allowed"),
                    where=entry_where(name, info.filename), size=f"{info.file_size:,}",
                    max_bytes=f"{limits.max_other_part_bytes:,}")
        check_zip_xml(zf, infos, label=name, skip=scanned)
        return scan_sheets(zf, infos, limits, name, parse_xml)


@dataclass
class CheckedWorkbook:
    """An open workbook that passed the guard, what the scan counted and the SHA-256 of the bytes read."""

    workbook: object
    scan: WorkbookScan
    sha256: str

    def close(self) -> None:
        self.workbook.close()


def _read_and_check(path: Path, kind: FileKind, label: str) -> tuple[bytes, WorkbookScan]:
    data = read_bytes_capped(path, max_bytes=kind.max_file_bytes, suffixes=kind.suffixes or WORKBOOK_SUFFIXES)
    return data, check_workbook_bytes(data, kind, name=label)


def check_workbook(path: os.PathLike | str, kind: FileKind = MAPPING, *, name: str | None = None) -> bytes:
    """The workbook's bytes, read once under the kind's size cap and checked; parse these, not the file again."""
    path = Path(path)
    return _read_and_check(path, kind, name or path.name)[0]


def open_workbook_safely(path: os.PathLike | str, kind: FileKind = MAPPING, *, read_only: bool = True,
                         name: str | None = None):
    """Check an .xlsx for its kind and load the checked bytes with openpyxl (no links, no macros); close it after.

    Read-only workbooks give cached values (`data_only`) and their sheets forget the declared dimension, so a
    lying `<dimension ref="A1:XFD1048576">` cannot make openpyxl pad rows; the full mode is for the plan, whose
    merged cells and number formats matter and whose size the scan has bounded.
    """
    return open_workbook_checked(path, kind, read_only=read_only, name=name).workbook


def open_workbook_checked(path: os.PathLike | str, kind: FileKind = MAPPING, *, read_only: bool = True,
                          name: str | None = None) -> CheckedWorkbook:
    """open_workbook_safely, also giving the scan's counts and the digest of the very bytes that were parsed."""
    import hashlib
    import warnings

    path = Path(path)
    label = name or path.name
    data, scan = _read_and_check(path, kind, label)
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles/extensions it drops; not our business
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=read_only, data_only=read_only,
                                        keep_links=False, keep_vba=False)
        if read_only:
            for ws in wb.worksheets:
                if hasattr(ws, "reset_dimensions"):
                    ws.reset_dimensions()
        return CheckedWorkbook(wb, scan, hashlib.sha256(data).hexdigest())
    except Exception as exc:  # untrusted input boundary: any parser failure is the file's fault, not a bug
        log.warning("workbook refused by openpyxl: %s", type(exc).__name__)
        raise UnsafeInput.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: cannot be read as an Excel workbook ({kind})"), name=label,
            kind=type(exc).__name__) from exc
