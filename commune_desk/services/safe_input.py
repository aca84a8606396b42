"""The one guard every importer passes untrusted files through: size caps, zip entry checks, defused XML.

Records and plan workbooks, report packages, receipts and backups all come from USB sticks or e-mail; nothing
here trusts a declared size, a name inside an archive or an XML prolog. Every refusal is an `UnsafeInput`
(an ExpectedError) whose message names the file and, when there is one, the entry.
"""

from __future__ import annotations

import io
import logging
import os
import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError

log = logging.getLogger(__name__)

MiB = 1024 * 1024
DEFAULT_MAX_FILE_BYTES = 50 * MiB
_CHUNK = 1 << 16


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


@dataclass(frozen=True)
class ZipLimits:
    """Bounds for an archive; defaults fit an .xlsx of ~100,000 rows or a report package."""

    max_entries: int = 2000
    max_entry_bytes: int = 128 * MiB
    max_total_bytes: int = 256 * MiB
    max_ratio: float = 150.0           # uncompressed / compressed, checked for entries larger than ratio_floor
    ratio_floor: int = 1 * MiB
    max_name_length: int = 512


# ---- plain files ---------------------------------------------------------------------------------------------
def check_file(path: os.PathLike | str, *, max_bytes: int = DEFAULT_MAX_FILE_BYTES, suffixes=None,
               allow_empty: bool = False) -> Path:
    """A regular, readable, non-empty file not larger than `max_bytes` (and with one of `suffixes`)."""
    path = Path(path)
    try:
        info = path.lstat()
    except OSError as exc:
        raise UnsafeInput.of(QT_TRANSLATE_NOOP("Problems", "{name}: cannot be read ({detail})"), name=path.name, detail=str(exc.strerror or exc)) from exc
    if stat.S_ISLNK(info.st_mode):
        raise WrongFileType.of(QT_TRANSLATE_NOOP("Problems", "{name}: is a symbolic link, not a file; choose the file itself"), name=path.name)
    if not stat.S_ISREG(info.st_mode):
        raise WrongFileType.of(QT_TRANSLATE_NOOP("Problems", "{name}: is not a regular file"), name=path.name)
    if suffixes is not None and path.suffix.lower() not in {s.lower() for s in suffixes}:
        raise WrongFileType.of(QT_TRANSLATE_NOOP("Problems", "{name}: expected a file ending in {values}"), name=path.name, values=str(', '.join(suffixes)))
    if info.st_size == 0 and not allow_empty:
        raise WrongFileType.of(QT_TRANSLATE_NOOP("Problems", "{name}: the file is empty"), name=path.name)
    if info.st_size > max_bytes:
        raise InputTooLarge.of(QT_TRANSLATE_NOOP("Problems", "{name}: {st_size} bytes is more than the {max_bytes} bytes allowed"), name=path.name, st_size=f"{info.st_size:,}", max_bytes=f"{max_bytes:,}")
    return path


def read_bytes_capped(path: os.PathLike | str, *, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refusing to read more than `max_bytes` even if the file grows meanwhile."""
    path = check_file(path, max_bytes=max_bytes)
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge.of(QT_TRANSLATE_NOOP("Problems", "{name}: more than the {max_bytes} bytes allowed"), name=path.name, max_bytes=f"{max_bytes:,}")
    return data


# ---- zip archives --------------------------------------------------------------------------------------------
_DRIVE = re.compile(r"^[A-Za-z]:")


def shown(name: str) -> str:
    """An entry name as it may appear in a message: shortened, control characters replaced."""
    return "".join("?" if ord(c) < 32 or ord(c) == 127 else c for c in name[:120])


def entry_name_problem(name: str, max_length: int = 512) -> str | None:
    """Why an archive entry name is unsafe to use as a relative path, or None."""
    if not name or len(name) > max_length:
        return "has an empty or overlong name"
    if "\x00" in name or any(ord(c) < 32 for c in name):
        return "has control characters in its name"
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return "has an absolute path"
    if any(part == ".." for part in re.split(r"[\\/]", name)):
        return "points outside the archive ('..')"
    return None


def _eocd_entry_count(tail: bytes) -> int | None:
    """The entry count the end-of-central-directory record declares (read before zipfile parses anything)."""
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return None
    return struct.unpack("<H", tail[at + 10:at + 12])[0]


_EOCD_TAIL = 65536 + 22


def check_zip(path: os.PathLike | str, limits: ZipLimits = ZipLimits(), *,
              max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> list[zipfile.ZipInfo]:
    """Check a zip archive without extracting it; return its entries when every check passes."""
    path = check_file(path, max_bytes=max_bytes)
    with open(path, "rb") as fh:
        magic = fh.read(4)
        size = fh.seek(0, os.SEEK_END)
        fh.seek(max(0, size - _EOCD_TAIL))
        tail = fh.read(_EOCD_TAIL)
    return _check_archive(path.name, magic, tail, lambda: zipfile.ZipFile(path), limits)


def check_zip_data(data: bytes, name: str, limits: ZipLimits = ZipLimits(), *,
                   max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> list[zipfile.ZipInfo]:
    """check_zip on an archive already read into memory (read once: the bytes checked are the bytes used)."""
    if not data:
        raise WrongFileType.of(QT_TRANSLATE_NOOP("Problems", "{name}: the file is empty"), name=name)
    if len(data) > max_bytes:
        raise InputTooLarge.of(QT_TRANSLATE_NOOP("Problems", "{name}: {st_size} bytes is more than the {max_bytes} bytes allowed"), name=name, st_size=f"{len(data):,}", max_bytes=f"{max_bytes:,}")
    return _check_archive(name, data[:4], data[-_EOCD_TAIL:], lambda: zipfile.ZipFile(io.BytesIO(data)), limits)


def _check_archive(name: str, magic: bytes, tail: bytes, opener, limits: ZipLimits) -> list[zipfile.ZipInfo]:
    if magic != b"PK\x03\x04":
        raise WrongFileType.of(QT_TRANSLATE_NOOP("Problems", "{name}: is not a zip archive (an .xlsx/.zip starts differently)"), name=name)
    declared = _eocd_entry_count(tail)
    if declared is None:
        raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{name}: the archive is truncated or damaged (no central directory)"), name=name)
    if declared > limits.max_entries:
        raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{name}: {declared} entries, more than the {max_entries} allowed"), name=name, declared=f"{declared:,}", max_entries=f"{limits.max_entries:,}")
    try:
        with opener() as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, struct.error,
            UnicodeDecodeError) as exc:
        raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{name}: the archive is damaged ({detail})"), name=name, detail=str(exc)) from exc
    if len(infos) > limits.max_entries:
        raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{name}: {declared} entries, more than the {max_entries} allowed"), name=name, declared=f"{len(infos):,}", max_entries=f"{limits.max_entries:,}")
    total, seen = 0, set()
    for info in infos:
        where = f"{name}, entry '{shown(info.filename)}'"
        problem = entry_name_problem(info.filename, limits.max_name_length)
        if problem:
            raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{where}: {problem}"), where=where, problem=str(problem))
        key = info.filename.replace("\\", "/").lower()
        if key in seen:
            raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{where}: appears twice"), where=where)
        seen.add(key)
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{where}: is a symbolic link"), where=where)
        if info.flag_bits & 0x1:
            raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{where}: is encrypted"), where=where)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{where}: uses an unsupported compression method ({compress_type})"), where=where, compress_type=str(info.compress_type))
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
            raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{name}: unpacks to more than the {max_total_bytes} bytes allowed"), name=name, max_total_bytes=f"{limits.max_total_bytes:,}")
    return infos


def read_zip_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, *, max_bytes: int, archive: str = "") -> bytes:
    """An entry's bytes, read in chunks and refused beyond `max_bytes` whatever its header declares."""
    where = f"{archive or zf.filename}, entry '{shown(info.filename)}'"
    out, size = [], 0
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise InputTooLarge.of(QT_TRANSLATE_NOOP("Problems", "{where}: more than the {max_bytes} bytes allowed"), where=where, max_bytes=f"{max_bytes:,}")
                out.append(chunk)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError,
            RuntimeError) as exc:  # zlib.error: a damaged deflate stream (one flipped bit on a stick)
        raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{where}: cannot be unpacked ({detail})"), where=where, detail=str(exc)) from exc
    return b"".join(out)


# ---- XML -----------------------------------------------------------------------------------------------------
class _Refused(Exception):
    pass


class _Root(Exception):
    pass


def xml_prolog_problem(chunks, *, max_prolog_bytes: int = MiB) -> str | None:
    """Feed XML chunks until the root element starts: a DOCTYPE or entity declaration is a problem (streamed)."""
    from xml.parsers import expat

    parser = expat.ParserCreate()

    def refuse(what):
        def handler(*_args):
            raise _Refused(what)
        return handler

    def root(*_args):
        raise _Root()

    parser.StartDoctypeDeclHandler = refuse("has a DOCTYPE declaration (entities are not allowed)")
    parser.EntityDeclHandler = refuse("declares entities")
    parser.ExternalEntityRefHandler = refuse("refers to an external entity")
    parser.StartElementHandler = root
    fed = 0
    try:
        for chunk in chunks:
            fed += len(chunk)
            parser.Parse(chunk, False)
            if fed > max_prolog_bytes:
                return "has no root element within its first megabyte"
        parser.Parse(b"", True)
    except _Root:
        return None
    except _Refused as exc:
        return str(exc)
    except expat.ExpatError as exc:
        return f"is not well-formed XML ({expat.ErrorString(exc.code)})"
    return "holds no XML element"


def _entry_chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo):
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            yield chunk


def check_zip_xml(path: os.PathLike | str, infos, *, suffixes=(".xml", ".rels", ".vml")) -> None:
    """Check the prolog of every XML entry of an archive already passed through check_zip."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            for info in infos:
                if info.is_dir() or not info.filename.lower().endswith(suffixes):
                    continue
                problem = xml_prolog_problem(_entry_chunks(zf, info))
                if problem:
                    raise UnsafeXml.of(QT_TRANSLATE_NOOP("Problems", "{name}, entry '{filename}': {problem}"), name=path.name, filename=str(shown(info.filename)), problem=str(problem))
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise UnsafeArchive.of(QT_TRANSLATE_NOOP("Problems", "{name}: the archive is damaged ({detail})"), name=path.name, detail=str(exc)) from exc


def parse_xml(data: bytes, *, where: str):
    """Parse XML with defusedxml (no DTD, no entities, no external references); returns an Element."""
    import xml.etree.ElementTree as ET

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise UnsafeXml.of(QT_TRANSLATE_NOOP("Problems", "{where}: has a DTD or entities, which are not allowed ({kind})"), where=where, kind=str(type(exc).__name__)) from exc
    except ET.ParseError as exc:
        raise UnsafeXml.of(QT_TRANSLATE_NOOP("Problems", "{where}: is not well-formed XML ({detail})"), where=where, detail=str(exc)) from exc


def parse_xml_file(path: os.PathLike | str, *, max_bytes: int = 10 * MiB):
    path = Path(path)
    return parse_xml(read_bytes_capped(path, max_bytes=max_bytes), where=path.name)


def load_json_file(path: os.PathLike | str, *, max_bytes: int = 10 * MiB):
    """A small JSON document (manifest, receipt) read under a size cap; bad JSON is an UnsafeInput."""
    import json

    path = Path(path)
    data = read_bytes_capped(path, max_bytes=max_bytes)
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise UnsafeInput.of(QT_TRANSLATE_NOOP("Problems", "{name}: is not valid UTF-8 JSON ({kind})"), name=path.name, kind=str(type(exc).__name__)) from exc


# ---- workbooks -----------------------------------------------------------------------------------------------
WORKBOOK_SUFFIXES = (".xlsx",)
_REQUIRED_PARTS = ("[Content_Types].xml", "xl/workbook.xml")


def check_workbook(path: os.PathLike | str, max_bytes: int = 20 * MiB, limits: ZipLimits = ZipLimits()) -> Path:
    """Every check of open_workbook_safely short of opening the workbook."""
    path = check_file(path, max_bytes=max_bytes, suffixes=WORKBOOK_SUFFIXES)
    infos = check_zip(path, limits, max_bytes=max_bytes)
    names = {i.filename for i in infos}
    missing = [p for p in _REQUIRED_PARTS if p not in names]
    if missing:
        raise WrongFileType.of(QT_TRANSLATE_NOOP("Problems", "{name}: is a zip archive but not an Excel workbook (no {missing})"), name=path.name, missing=str(missing[0]))
    check_zip_xml(path, infos)
    return path


def open_workbook_safely(path: os.PathLike | str, max_bytes: int = 20 * MiB, *, limits: ZipLimits = ZipLimits()):
    """Check an .xlsx (size, zip entries, XML prologs) and load it with openpyxl read-only; close it after use."""
    import warnings

    path = check_workbook(path, max_bytes, limits)
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles/extensions it drops; not our business
            return openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False, keep_vba=False)
    except Exception as exc:  # untrusted input boundary: any parser failure is the file's fault, not a bug
        log.warning("workbook refused by openpyxl: %s", type(exc).__name__)
        raise UnsafeInput.of(QT_TRANSLATE_NOOP("Problems", "{name}: cannot be read as an Excel workbook ({kind})"), name=path.name, kind=str(type(exc).__name__)) from exc
