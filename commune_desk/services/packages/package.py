"""Build the signed report package: a BagIt bag (RFC 8493) in a deterministic .zip, with a detached CMS signature.

Layout and the report-data.json schema are documented in docs/package-format.md. The payload is generic: the
caller hands in files (report .docx, annex .xlsx, a scanned PDF) and the figures; this module adds
report-data.json, the manifests and signature.p7s, writes the zip atomically and reads it back to verify it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from commune_desk import __version__
from commune_desk.domain.errors import ExpectedError
from commune_desk.domain.text import nfc

FORMAT_VERSION = "1"
SCHEMA_ID = "commune-desk/report-data"
SCHEMA_VERSION = 1
BAGIT_TXT = "bagit.txt"
BAG_INFO = "bag-info.txt"
MANIFEST = "manifest-sha256.txt"
TAGMANIFEST = "tagmanifest-sha256.txt"
SIGNATURE = "signature.p7s"
REPORT_DATA = "data/report-data.json"
BAGIT_DECLARATION = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
# bag-info.txt labels of our own (the RFC reserves Source-Organization, Bagging-Date, Payload-Oxum, ...).
L_UNIT_CODE, L_PERIOD, L_NUMBER, L_REVISION = "Unit-Code", "Report-Period", "Report-Number", "Report-Revision"
L_DEMO, L_SOFTWARE, L_SUPERSEDES, L_FORMAT = "Demo-Data", "Software-Version", "Supersedes-SHA256", "Package-Format"
REQUIRED_INFO = ("Source-Organization", L_UNIT_CODE, L_PERIOD, L_NUMBER, L_REVISION, L_DEMO, L_SOFTWARE,
                 "Bagging-Date", "Payload-Oxum", L_FORMAT)

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}
MAX_NAME = 100


class PackageError(ExpectedError):
    """The package cannot be built as asked (bad input, unit code mismatch, existing file)."""


class PackageWriteFailed(ExpectedError):
    """The written package did not read back identical and valid; it was removed from the destination."""


def safe_file_name(name: str, *, default: str = "file") -> str:
    """ASCII, FAT32/Windows-safe file name: "Báo cáo quý III.docx" -> "Bao-cao-quy-III.docx"."""
    text = unicodedata.normalize("NFD", nfc(name or "").replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    stem, dot, suffix = text.rpartition(".")
    if not dot or not stem or not re.fullmatch(r"[A-Za-z0-9]{1,8}", suffix):
        stem, suffix = text, ""

    def clean(part: str) -> str:
        part = re.sub(r"[^A-Za-z0-9._-]+", "-", part)
        part = re.sub(r"[.]{2,}", ".", part)
        part = re.sub(r"-{2,}", "-", part)
        return part.strip("-._ ")

    stem, suffix = clean(stem), clean(suffix).lower()
    stem = stem or default
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = f"{stem}-file"
    stem = stem[:MAX_NAME - len(suffix) - 1].rstrip("-._")
    return f"{stem}.{suffix}" if suffix else stem


@dataclass
class PackageContent:
    """What goes into one package; `payload` lists (file name, bytes or path) for data/."""

    unit_name: str                       # official name, e.g. "Ủy ban nhân dân xã Hòa Mỹ"
    unit_code: str
    period: str                          # "2026-Q3"
    report_number: str                   # "15/BC-UBND"
    revision: int = 1
    demo: bool = False
    plan_id: str = ""
    plan_version: str = ""
    supersedes_sha256: str = ""          # SHA-256 of the package .zip this revision replaces
    audit_head: str = ""                 # hash at the head of the audit chain when the package was made
    indicators: list[dict] = field(default_factory=list)
    payload: list[tuple[str, Any]] = field(default_factory=list)
    penalties: dict | None = None        # the penalty summary of the period (report_penalties), by act code
    extra: dict = field(default_factory=dict)   # further report-data.json keys (report_facts); never the above

    def check(self) -> None:
        for label, value in (("the unit's official name", self.unit_name), ("the unit code", self.unit_code),
                             ("the period", self.period), ("the report number", self.report_number)):
            if not _info_value(value):
                raise PackageError(f"{label} is required")
        if self.revision < 1:
            raise PackageError("the revision starts at 1")
        if self.revision > 1 and not re.fullmatch(r"[0-9a-f]{64}", self.supersedes_sha256):
            raise PackageError(f"revision {self.revision} must name the SHA-256 of the package it supersedes")
        if self.revision == 1 and self.supersedes_sha256:
            raise PackageError("revision 1 supersedes nothing")


def package_stem(content: PackageContent) -> str:
    """File name stem of the .zip and its bag folder: 79999_2026-Q3_r1 (…_demo for demo data)."""
    stem = f"{safe_file_name(content.unit_code)}_{safe_file_name(content.period)}_r{content.revision}"
    return stem + ("_demo" if content.demo else "")


def report_data(content: PackageContent, created: dt.datetime, payload_names: list[str]) -> dict:
    """report-data.json, schema version 1 (docs/package-format.md); `extra` keys come after and never replace."""
    data = {
        "schema": SCHEMA_ID,
        "schema_version": SCHEMA_VERSION,
        "unit": {"code": _info_value(content.unit_code), "official_name": _info_value(content.unit_name)},
        "period": _info_value(content.period),
        "report_number": _info_value(content.report_number),
        "revision": content.revision,
        "supersedes_sha256": content.supersedes_sha256 or None,
        "demo": content.demo,
        "plan": {"id": content.plan_id or None, "version": content.plan_version or None},
        "software": {"name": "CommuneDesk", "version": __version__},
        "created": created.isoformat(timespec="seconds"),
        "audit_chain_head": content.audit_head or None,
        "files": payload_names,
        "indicators": [_indicator(i) for i in content.indicators],
        **({"penalties": content.penalties} if content.penalties is not None else {}),
    }
    for key, value in content.extra.items():
        data.setdefault(key, value)
    return data


def check_report_data(raw: bytes) -> None:
    """The commune's side of the report-data.json checks: the exact bytes to be signed, as the office reads them.

    A figure the office would refuse (a share above 100 %, a negative or non-finite number, an unknown code)
    stops the signing here, with the field named, instead of travelling to the office.
    """
    from commune_desk.services.reports import report_data_check as rdc

    try:
        data = rdc.parse(raw)
    except rdc.ReportDataInvalid as exc:
        raise PackageError(f"report-data.json {exc}") from exc
    found = rdc.problems(data) + rdc.timing_problems(data, None)
    if found:
        raise PackageError("report-data.json cannot be signed: " + "; ".join(p.message for p in found[:10]))


def _indicator(item: dict) -> dict:
    out = {"code": str(item["code"]), "name": nfc(str(item.get("name", "")))}
    for key in ("numerator", "denominator", "value"):
        out[key] = item.get(key)
    out["unit"] = item.get("unit", "")
    return out


def _payload_bytes(value) -> bytes:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    from commune_desk.services.safe_input import read_bytes_capped

    return read_bytes_capped(value, max_bytes=100 * 1024 * 1024)


def _info_value(value: str) -> str:
    return " ".join(nfc(str(value)).split())


def _manifest(files: dict[str, bytes], names) -> bytes:
    return "".join(f"{hashlib.sha256(files[n]).hexdigest()}  {n}\n" for n in sorted(names)).encode("ascii")


def bag_files(content: PackageContent, key, cert, chain=(), *, now: dt.datetime | None = None,
              sign=None) -> dict[str, bytes]:
    """Every file of the bag, keyed by path relative to the bag folder, signed.

    `sign(data) -> DER CMS` signs where the key is not in memory (a PKCS#11 token); else `key` signs here.
    """
    from commune_desk.services.packages.cms import sign_detached

    content.check()
    now = (now or dt.datetime.now(dt.timezone.utc)).astimezone()
    files: dict[str, bytes] = {}
    names: list[str] = []
    for name, value in content.payload:
        safe = safe_file_name(name)
        base, n = safe, 2
        while f"data/{safe}".lower() in {k.lower() for k in files} or f"data/{safe}" == REPORT_DATA:
            stem, dot, suffix = base.rpartition(".")
            safe = f"{stem}-{n}.{suffix}" if dot else f"{base}-{n}"
            n += 1
        files[f"data/{safe}"] = _payload_bytes(value)
        names.append(safe)
    data = report_data(content, now, names)
    files[REPORT_DATA] = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    check_report_data(files[REPORT_DATA])
    payload = sorted(files)
    octets = sum(len(files[n]) for n in payload)
    info = [
        ("Source-Organization", content.unit_name),
        (L_UNIT_CODE, content.unit_code),
        (L_PERIOD, content.period),
        (L_NUMBER, content.report_number),
        (L_REVISION, str(content.revision)),
        (L_DEMO, "yes" if content.demo else "no"),
        (L_SUPERSEDES, content.supersedes_sha256 or "none"),
        (L_SOFTWARE, f"CommuneDesk {__version__}"),
        ("Bag-Software-Agent", f"CommuneDesk {__version__}"),
        (L_FORMAT, FORMAT_VERSION),
        ("External-Identifier", package_stem(content)),
        ("Bagging-Date", now.date().isoformat()),
        ("Payload-Oxum", f"{octets}.{len(payload)}"),
    ]
    files[BAGIT_TXT] = BAGIT_DECLARATION
    files[BAG_INFO] = "".join(f"{k}: {_info_value(v)}\n" for k, v in info).encode("utf-8")
    files[MANIFEST] = _manifest(files, payload)
    files[TAGMANIFEST] = _manifest(files, [BAGIT_TXT, BAG_INFO, MANIFEST])
    files[SIGNATURE] = sign(files[TAGMANIFEST]) if sign is not None else sign_detached(files[TAGMANIFEST], key,
                                                                                           cert, chain)
    return files


def deterministic_zip(files: dict[str, bytes], folder: str, date: dt.date) -> bytes:
    """A zip whose bytes depend only on the files: sorted entries, fixed time stamps and permissions."""
    buffer = io.BytesIO()
    stamp = (max(date.year, 1980), date.month, date.day, 0, 0, 0)
    with zipfile.ZipFile(buffer, "w") as zf:
        for name in sorted(files):
            info = zipfile.ZipInfo(f"{folder}/{name}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = (0o100644 << 16)
            zf.writestr(info, files[name], compresslevel=6)
    return buffer.getvalue()


@dataclass(frozen=True)
class BuiltPackage:
    """A package on disk, read back and verified: the UI may say it is safe to remove the USB stick."""

    path: Path
    sha256: str
    size: int
    result: Any                                   # package_verify.VerifyResult of the read-back file


def _drop_cache(path: Path) -> None:
    """Ask the OS to forget cached pages so the read-back comes from the medium (best effort, POSIX only)."""
    if not hasattr(os, "posix_fadvise"):
        return
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
    except OSError:
        pass


def write_package(data: bytes, dest: Path, *, trust, overwrite: bool = False,
                  bindings: dict[str, str] | None = None) -> BuiltPackage:
    """Write atomically (temp name, fsync, rename, fsync folder), then read back and verify; remove if bad."""
    from commune_desk.services.packages.package_verify import verify_package
    from commune_desk.storage.files import atomic_path

    dest = Path(dest)
    if dest.exists() and not overwrite:
        raise PackageError(f"{dest} already exists; a package is never overwritten")
    with atomic_path(dest, suffix=".zip") as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    _drop_cache(dest)
    problem = ""
    try:
        back = dest.read_bytes()
        if back != data:
            problem = "the file read back differs from what was written"
    except OSError as exc:
        problem = f"the file cannot be read back ({exc.strerror or exc})"
    result = None
    if not problem:
        result = verify_package(dest, trust=trust, bindings=bindings)
        if not result.valid:
            problem = "; ".join(f"{c.name} {c.file}: {c.message}" for c in result.failed)
    if problem:
        try:
            dest.unlink()
        except OSError:
            pass
        raise PackageWriteFailed(f"{dest}: {problem}; the file was removed, try another USB stick or folder")
    return BuiltPackage(path=dest, sha256=hashlib.sha256(data).hexdigest(), size=len(data), result=result)


def build_package(content: PackageContent, identity, out_dir: Path | str, *, now: dt.datetime | None = None,
                  overwrite: bool = False) -> BuiltPackage:
    """Build, sign, write to `out_dir` and verify the read-back package.

    `identity` is a key file's SigningIdentity (key in memory) or a token's TokenIdentity (`sign_cms` signs on
    the token); a certificate without a unit code signs for the unit it was bound to at `keys import`.
    """
    from commune_desk.services.packages.signing_keys import (
        check_key_matches, check_validity, fingerprint_sha256, identity_unit_code, unit_code_of,
    )

    now = now or dt.datetime.now(dt.timezone.utc)
    check_validity(identity.cert, now)
    sign = getattr(identity, "sign_cms", None)
    if sign is None:
        check_key_matches(identity.key, identity.cert)
    cert_code = identity_unit_code(identity)
    if cert_code != _info_value(content.unit_code):
        raise PackageError(f"the signing certificate is for unit code {cert_code or '(none)'!r}, "
                           f"not {content.unit_code!r}; use this unit's key file")
    files = bag_files(content, identity.key, identity.cert, identity.chain, now=now, sign=sign)
    stem = package_stem(content)
    data = deterministic_zip(files, stem, now.astimezone().date())
    bindings = None if unit_code_of(identity.cert) else {fingerprint_sha256(identity.cert): cert_code}
    return write_package(data, Path(out_dir) / f"{stem}.zip", trust=[identity.cert], overwrite=overwrite,
                         bindings=bindings)
