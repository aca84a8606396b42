"""Packages an insider could make: a validly signed bag (the unit's own key) whose report-data.json or
bag-info.txt says whatever the insider wants; the builder's own checks are bypassed on purpose."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path

from .helpers import SIGNED, Unit, indicators_for


def genuine_report(unit: Unit, *, period: str = "2026-Q3", revision: int = 1, supersedes: str | None = None,
                   created: dt.datetime = SIGNED, indicators=None) -> dict:
    return {"schema": "commune-desk/report-data", "schema_version": 1,
            "unit": {"code": unit.code, "official_name": unit.name}, "period": period,
            "report_number": f"{revision + 10}/BC-UBND", "revision": revision, "supersedes_sha256": supersedes,
            "demo": False, "plan": {"id": None, "version": None},
            "software": {"name": "CommuneDesk", "version": "0.1.0"}, "created": created.isoformat(),
            "audit_chain_head": "ab" * 32, "files": ["Bao-cao.docx"],
            "indicators": indicators if indicators is not None else indicators_for(int(unit.code))}


def signed_bag(unit: Unit, out: Path, *, report: dict | None = None, report_bytes: bytes | None = None,
               info: dict | None = None, identity=None) -> Path:
    """A package whose bag and signature are sound, with `report`/`report_bytes` as report-data.json and
    `info` overriding bag-info.txt labels (by default they agree with the report)."""
    from commune_desk.services.packages.cms import sign_detached

    identity = identity or unit.identity
    report = report if report is not None else genuine_report(unit)
    raw = report_bytes if report_bytes is not None else json.dumps(report, ensure_ascii=False).encode("utf-8")
    files = {"data/Bao-cao.docx": b"PK fake docx " + unit.code.encode(), "data/report-data.json": raw}
    payload = sorted(files)
    labels = {"Source-Organization": unit.name, "Unit-Code": unit.code, "Report-Period": str(report.get("period")),
              "Report-Number": str(report.get("report_number")), "Report-Revision": str(report.get("revision")),
              "Demo-Data": "no", "Supersedes-SHA256": report.get("supersedes_sha256") or "none",
              "Software-Version": "CommuneDesk 0.1.0", "Package-Format": "1", "Bagging-Date": "2026-09-08",
              "Payload-Oxum": f"{sum(len(files[n]) for n in payload)}.{len(payload)}"}
    labels.update(info or {})

    def manifest(names):
        return "".join(f"{hashlib.sha256(files[n]).hexdigest()}  {n}\n" for n in sorted(names)).encode()

    files["bagit.txt"] = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    files["bag-info.txt"] = "".join(f"{k}: {v}\n" for k, v in labels.items()).encode("utf-8")
    files["manifest-sha256.txt"] = manifest(payload)
    files["tagmanifest-sha256.txt"] = manifest(["bagit.txt", "bag-info.txt", "manifest-sha256.txt"])
    files["signature.p7s"] = sign_detached(files["tagmanifest-sha256.txt"], identity.key, identity.cert)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(files):
            zf.writestr(f"bag/{name}", files[name])
    return out


def rezip(src: Path, dest: Path, *, level: int = 9, reverse: bool = True) -> Path:
    """The same members (same signed content) in another zip: other order and compression, other bytes."""
    with zipfile.ZipFile(src) as zin:
        members = [(i.filename, zin.read(i)) for i in zin.infolist()]
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zout:
        for name, data in (reversed(members) if reverse else members):
            zout.writestr(name, data)
    return dest


def deflate_damaged(src: Path, dest: Path, member_suffix: str = ".docx") -> Path | None:
    """A copy with one bit flipped inside a member's deflate stream such that inflating it raises zlib.error
    (as a bad USB sector does); None when no such bit is found."""
    import struct
    import zlib

    data = src.read_bytes()
    with zipfile.ZipFile(src) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith(member_suffix))
    offset = info.header_offset
    name_len, extra_len = struct.unpack("<HH", data[offset + 26:offset + 30])
    start = offset + 30 + name_len + extra_len
    for pos in range(start, start + info.compress_size):
        for bit in range(8):
            blob = bytearray(data[start:start + info.compress_size])
            blob[pos - start] ^= 1 << bit
            try:
                zlib.decompressobj(-15).decompress(bytes(blob))     # raises only on invalid data
            except zlib.error:
                out = bytearray(data)
                out[pos] ^= 1 << bit
                dest.write_bytes(bytes(out))
                return dest
    return None
