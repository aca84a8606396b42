"""Zip archives from outside: the directory checked before anything is unpacked, entries read under a byte cap.

An .xlsx, a report package and a receipt are all zip archives. Nothing here trusts a declared size, a name inside
the archive or an entry count; every refusal names the file and, when there is one, the entry.
"""

from __future__ import annotations

import io
import os
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Union

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Phrase
from commune_desk.services.safe_input.files import (
    DEFAULT_MAX_FILE_BYTES, InputTooLarge, UnsafeArchive, UnsafeInput, WrongFileType, check_file,
)
from commune_desk.services.safe_input.limits import ZipLimits

_CHUNK = 1 << 16
# Everything zipfile and zlib raise for a damaged archive or entry (a corrupt deflate stream is a zlib.error).
DAMAGE = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError,
          RuntimeError, struct.error, KeyError)
Source = Union[os.PathLike, str, bytes]


def shown(name: str) -> str:
    """An entry name as it may appear in a message: shortened, control characters replaced."""
    return "".join("?" if ord(c) < 32 or ord(c) == 127 else c for c in name[:120])


def entry_where(label: object, filename: str) -> Phrase:
    """"FILE, entry 'NAME'" as a phrase, so that the window says it in Vietnamese too."""
    return Phrase(QT_TRANSLATE_NOOP("Problems", "{name}, entry '{filename}'"), {"name": label, "filename": shown(filename)})


def entry_name_problem(name: str, max_length: int = 512) -> str | None:
    """Why an archive entry name is unsafe to use as a relative path, or None.

    Refused: empty or overlong names, control characters, absolute paths (/, \\, a drive letter), '..' parts,
    backslashes and colons (Windows separators, drives and alternate data streams), empty path parts ('a//b').
    """
    if not name or len(name) > max_length:
        return QT_TRANSLATE_NOOP("Problems", "has an empty or overlong name")
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return QT_TRANSLATE_NOOP("Problems", "has control characters in its name")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return QT_TRANSLATE_NOOP("Problems", "has an absolute path")
    parts = re.split(r"[\\/]", name)
    if any(part == ".." for part in parts):
        return QT_TRANSLATE_NOOP("Problems", "points outside the archive ('..')")
    if "\\" in name or ":" in name:
        return QT_TRANSLATE_NOOP("Problems", "has a backslash or colon in its name")
    if any(part in ("", ".") for part in parts[:-1]):
        return QT_TRANSLATE_NOOP("Problems", "has an empty or '.' part in its path")
    return None


def _same_name_key(name: str) -> str:
    # Two names that one file system would store as one file (case, Unicode form, trailing slash) are duplicates.
    return unicodedata.normalize("NFC", name).casefold().rstrip("/")


def _display(source: Source, name: str | None) -> str:
    if name:
        return name
    return "archive" if isinstance(source, (bytes, bytearray)) else Path(source).name


def _zip_file(source: Source) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(source) if isinstance(source, (bytes, bytearray)) else source)


def _tail(source: Source, size: int) -> bytes:
    if isinstance(source, (bytes, bytearray)):
        return bytes(source[-size:])
    total = os.stat(source).st_size
    with open(source, "rb") as fh:
        fh.seek(max(0, total - size))
        return fh.read(size)


def _head(source: Source) -> bytes:
    if isinstance(source, (bytes, bytearray)):
        return bytes(source[:8])
    with open(source, "rb") as fh:
        return fh.read(8)


def _eocd_entry_count(source: Source) -> int | None:
    """The entry count the end-of-central-directory record declares (read before zipfile parses anything)."""
    data = _tail(source, 65536 + 22)
    at = data.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(data):
        return None
    return struct.unpack("<H", data[at + 10:at + 12])[0]


def check_zip(source: Source, limits: ZipLimits = ZipLimits(), *, max_bytes: int = DEFAULT_MAX_FILE_BYTES,
              name: str | None = None, suffixes=None) -> list[zipfile.ZipInfo]:
    """Check an archive (a path, or its bytes) without unpacking it; return its entries when every check passes."""
    if not isinstance(source, (bytes, bytearray)):
        source = check_file(source, max_bytes=max_bytes, suffixes=suffixes)
    elif len(source) > max_bytes:
        raise InputTooLarge.of(QT_TRANSLATE_NOOP("Problems", "{name}: more than the {max_bytes} bytes allowed"),
                               name=_display(source, name), max_bytes=f"{max_bytes:,}")
    label = _display(source, name)
    head = _head(source)
    if not head:
        raise WrongFileType.of(QT_TRANSLATE_NOOP("Problems", "{name}: the file is empty"), name=label)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise WrongFileType.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: an old Excel 97-2003 (.xls) file or an encrypted workbook; open it in Excel or "
                        "LibreOffice and save it as .xlsx without a password"), name=label)
    if not head.startswith(b"PK\x03\x04"):
        raise WrongFileType.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: is not a zip archive (an .xlsx/.zip starts differently)"), name=label)
    declared = _eocd_entry_count(source)
    if declared is None:
        raise UnsafeArchive.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: the archive is truncated or damaged (no central directory)"), name=label)
    if declared > limits.max_entries:
        raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{name}: {declared} entries, more than the {max_entries} "
                                                             "allowed"),
                               name=label, declared=f"{declared:,}", max_entries=f"{limits.max_entries:,}")
    try:
        with _zip_file(source) as zf:
            infos = zf.infolist()
    except DAMAGE as exc:
        raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{name}: the archive is damaged ({detail})"),
                               name=label, detail=str(exc)[:200]) from exc
    if len(infos) > limits.max_entries:
        raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{name}: {declared} entries, more than the {max_entries} "
                                                             "allowed"),
                               name=label, declared=f"{len(infos):,}", max_entries=f"{limits.max_entries:,}")
    _check_entries(label, infos, limits)
    return infos


def check_zip_data(data: bytes, name: str, limits: ZipLimits = ZipLimits(), *,
                   max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> list[zipfile.ZipInfo]:
    """check_zip on an archive already read into memory (read once: the bytes checked are the bytes used)."""
    return check_zip(data, limits, max_bytes=max_bytes, name=name)


def _check_entries(label: str, infos: list[zipfile.ZipInfo], limits: ZipLimits) -> None:
    total, seen = 0, set()
    for info in infos:
        where = entry_where(label, info.filename)
        problem = entry_name_problem(info.filename, limits.max_name_length)
        if problem:
            raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{where}: {problem}"), where=where, problem=Phrase(problem))
        key = _same_name_key(info.filename)
        if key in seen:
            raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{where}: appears twice"), where=where)
        seen.add(key)
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{where}: is a symbolic link"), where=where)
        if info.flag_bits & 0x1:
            raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{where}: is encrypted"), where=where)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnsafeArchive.of(QT_TRANSLATE_NOOP(
                "Problems", "{where}: uses an unsupported compression method ({compress_type})"), where=where,
                compress_type=str(info.compress_type))
        if info.file_size > limits.max_entry_bytes:
            raise UnsafeArchive.of(QT_TRANSLATE_NOOP(
                "Problems", "{where}: {size} bytes unpacked, more than the {max_bytes} allowed"),
                where=where, size=f"{info.file_size:,}", max_bytes=f"{limits.max_entry_bytes:,}")
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise UnsafeArchive.of(QT_TRANSLATE_NOOP(
                "Problems", "{where}: unpacks {times} times larger than stored (a zip bomb?)"),
                where=where, times=f"{info.file_size // max(info.compress_size, 1):,}")
        total += info.file_size
        if total > limits.max_total_bytes:
            raise UnsafeArchive.of(QT_TRANSLATE_NOOP(
                "Problems", "{name}: unpacks to more than the {max_total_bytes} bytes allowed"), name=label,
                max_total_bytes=f"{limits.max_total_bytes:,}")


def entry_chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, *, where: object) -> Iterator[bytes]:
    """An entry's bytes in chunks, never more than its declared size (which check_zip bounded)."""
    size = 0
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                size += len(chunk)
                if size > info.file_size:
                    raise UnsafeArchive.of(QT_TRANSLATE_NOOP(
                        "Problems", "{where}: unpacks to more than it declares (a zip bomb); refused"), where=where)
                yield chunk
    except UnsafeInput:
        raise
    except DAMAGE as exc:
        raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{where}: cannot be unpacked ({detail})"),
                               where=where, detail=str(exc)[:200]) from exc


def read_zip_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, *, max_bytes: int, archive: str = "") -> bytes:
    """An entry's bytes, read in chunks and refused beyond `max_bytes` whatever its header declares."""
    where = entry_where(archive or zf.filename, info.filename)
    out, size = [], 0
    for chunk in entry_chunks(zf, info, where=where):
        size += len(chunk)
        if size > max_bytes:
            raise InputTooLarge.of(QT_TRANSLATE_NOOP("Problems", "{where}: more than the {max_bytes} bytes allowed"),
                                   where=where, max_bytes=f"{max_bytes:,}")
        out.append(chunk)
    return b"".join(out)


@contextmanager
def open_checked_zip(source: Source, limits: ZipLimits = ZipLimits(), *, max_bytes: int = DEFAULT_MAX_FILE_BYTES,
                     name: str | None = None, suffixes=None):
    """(ZipFile, entries) of an archive that passed check_zip; the only way other modules look inside a zip."""
    infos = check_zip(source, limits, max_bytes=max_bytes, name=name, suffixes=suffixes)
    label = _display(source, name)
    try:
        zf = _zip_file(source)
    except DAMAGE as exc:
        raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{name}: the archive is damaged ({detail})"),
                               name=label, detail=str(exc)[:200]) from exc
    with zf:
        yield zf, infos


def read_zip_members(source: Source, limits: ZipLimits = ZipLimits(), *, max_bytes: int = DEFAULT_MAX_FILE_BYTES,
                     name: str | None = None, wanted=None, suffixes=None) -> dict[str, bytes]:
    """{entry name: bytes} of every file entry (or those `wanted(name)` accepts), all checks applied."""
    label = _display(source, name)
    with open_checked_zip(source, limits, max_bytes=max_bytes, name=name, suffixes=suffixes) as (zf, infos):
        return {i.filename: read_zip_entry(zf, i, max_bytes=min(i.file_size, limits.max_entry_bytes), archive=label)
                for i in infos if not i.is_dir() and (wanted is None or wanted(i.filename))}


def damaged_entry(path: os.PathLike | str, limits: ZipLimits, *, max_bytes: int) -> str | None:
    """Read back an archive the app has just written: the first entry that does not unpack intact, else None."""
    try:
        with open_checked_zip(path, limits, max_bytes=max_bytes) as (zf, infos):
            for info in infos:
                for _chunk in entry_chunks(zf, info, where=info.filename):
                    pass
    except UnsafeInput as exc:
        return str(exc)
    return None
