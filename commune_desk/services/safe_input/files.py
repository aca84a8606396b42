"""The guard's refusals and its checks of plain files: kind of file-system object, size cap, capped reads, JSON."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError
from commune_desk.services.safe_input.limits import MiB

DEFAULT_MAX_FILE_BYTES = 50 * MiB


class UnsafeInput(ExpectedError):
    """A file was refused before any parser read it; the message says which file (and entry) and why."""


class InputTooLarge(UnsafeInput):
    """The file (or an entry inside it) is larger than the cap for its kind."""


class WrongFileType(UnsafeInput):
    """The file is not what its name says (e.g. not a zip archive behind an .xlsx name), or is empty."""


class UnsafeArchive(UnsafeInput):
    """A zip archive is damaged, or an entry has a dangerous name, type or size (zip bomb, path traversal)."""


class UnsafeXml(UnsafeInput):
    """XML with a DTD, entity declarations (billion laughs, external entities) or broken syntax."""


class UnsafeWorkbook(UnsafeInput):
    """A workbook whose sheets are too large (rows, columns, cells, merged cells, text) or hold formulas."""


def check_file(path: os.PathLike | str, *, max_bytes: int = DEFAULT_MAX_FILE_BYTES, suffixes=None,
               allow_empty: bool = False) -> Path:
    """A regular, readable, non-empty file not larger than `max_bytes` (and with one of `suffixes`)."""
    path = Path(path)
    try:
        info = path.lstat()
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            raise UnsafeInput.of(QT_TRANSLATE_NOOP("Problems", "{path}: no such file"), path=str(path)) from exc
        raise UnsafeInput.of(QT_TRANSLATE_NOOP("Problems", "{name}: cannot be read ({detail})"), name=path.name,
                             detail=str(exc.strerror or exc)) from exc
    if stat.S_ISLNK(info.st_mode):
        raise WrongFileType.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: is a symbolic link, not a file; choose the file itself"), name=path.name)
    if not stat.S_ISREG(info.st_mode):
        raise WrongFileType.of(QT_TRANSLATE_NOOP("Problems", "{name}: is not a regular file"), name=path.name)
    if suffixes and path.suffix.lower() not in {s.lower() for s in suffixes}:
        raise WrongFileType.of(QT_TRANSLATE_NOOP("Problems", "{name}: expected a file ending in {values}"),
                               name=path.name, values=", ".join(suffixes))
    if info.st_size == 0 and not allow_empty:
        raise WrongFileType.of(QT_TRANSLATE_NOOP("Problems", "{name}: the file is empty"), name=path.name)
    if info.st_size > max_bytes:
        raise InputTooLarge.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: {st_size} bytes is more than the {max_bytes} bytes allowed"), name=path.name,
            st_size=f"{info.st_size:,}", max_bytes=f"{max_bytes:,}")
    return path


def read_bytes_capped(path: os.PathLike | str, *, max_bytes: int = DEFAULT_MAX_FILE_BYTES, suffixes=None) -> bytes:
    """The file's bytes, refusing to read more than `max_bytes` even if the file grows meanwhile."""
    path = check_file(path, max_bytes=max_bytes, suffixes=suffixes)
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise UnsafeInput.of(QT_TRANSLATE_NOOP("Problems", "{name}: cannot be read ({detail})"), name=path.name,
                             detail=str(exc.strerror or exc)) from exc
    if len(data) > max_bytes:
        raise InputTooLarge.of(QT_TRANSLATE_NOOP("Problems", "{name}: more than the {max_bytes} bytes allowed"),
                               name=path.name, max_bytes=f"{max_bytes:,}")
    if not data:
        raise WrongFileType.of(QT_TRANSLATE_NOOP("Problems", "{name}: the file is empty"), name=path.name)
    return data


def load_json_file(path: os.PathLike | str, *, max_bytes: int = 10 * MiB):
    """A small JSON document (manifest, receipt, profile) read under a size cap; bad JSON is an UnsafeInput."""
    import json

    path = Path(path)
    data = read_bytes_capped(path, max_bytes=max_bytes)
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise UnsafeInput.of(QT_TRANSLATE_NOOP("Problems", "{name}: is not valid UTF-8 JSON ({kind})"),
                             name=path.name, kind=str(type(exc).__name__)) from exc


SQLITE_HEADER = b"SQLite format 3\x00"


def check_backup_file(path: os.PathLike | str, *, max_bytes: int) -> Path:
    """A backup about to be restored: a regular, non-empty file whose size fits whole database pages.

    A plain SQLite file states its page size and page count in its header; an encrypted (SQLCipher) file shows
    nothing, but its size is still a whole number of pages (a multiple of 512). A truncated copy fails here,
    before SQLite opens it; a damaged page is SQLite's and SQLCipher's to find.
    """
    path = check_file(path, max_bytes=max_bytes)
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(100)
    truncated = QT_TRANSLATE_NOOP("Problems", "{name}: the backup is truncated or damaged ({size} bytes is not a "
                                              "whole number of database pages); use another backup")
    if head.startswith(SQLITE_HEADER) and len(head) == 100:
        page = int.from_bytes(head[16:18], "big")
        page = 65536 if page == 1 else page
        pages = int.from_bytes(head[28:32], "big")
        valid_count = head[24:28] == head[92:96] and pages > 0
        if page < 512 or page & (page - 1) or size % page or (valid_count and pages * page > size):
            raise UnsafeInput.of(truncated, name=path.name, size=f"{size:,}")
    elif size < 1024 or size % 512:
        # No SQLite header and no whole pages: no database, plain or encrypted, has this size.
        raise UnsafeInput.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: not a CommuneDesk backup, or a truncated copy of an encrypted one ({size} bytes is "
                        "not a whole number of database pages); use another backup"), name=path.name, size=f"{size:,}")
    return path
