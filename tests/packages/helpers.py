"""Helpers for the package tests: sample content, zip rewriting, OpenSSL calls."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

UNIT_NAME = "Ủy ban nhân dân xã Hòa Mỹ"
UNIT_CODE = "79999"


def make_content(**overrides):
    from commune_desk.services.packages.package import PackageContent

    values = dict(
        unit_name=UNIT_NAME, unit_code=UNIT_CODE, period="2026-Q3", report_number="15/BC-UBND",
        plan_id="KH-2026", plan_version="1", audit_head="ab" * 32,
        indicators=[{"code": "PROP_UNITS", "name": "Tỷ lệ thôn có tuyên truyền", "numerator": 9, "denominator": 12,
                     "value": 75.0, "unit": "%"}],
        payload=[("Báo cáo quý III.docx", b"PK fake docx\n" * 20), ("Phụ lục số liệu.xlsx", b"fake xlsx\r\n")],
    )
    values.update(overrides)
    return PackageContent(**values)


def zip_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write_zip(path: Path, files: dict[str, bytes]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def openssl(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(["openssl", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=60)


def openssl_verify(folder: Path, cert_pem: Path) -> subprocess.CompletedProcess:
    return openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", folder / "signature.p7s",
                   "-content", folder / "tagmanifest-sha256.txt", "-CAfile", cert_pem, "-purpose", "any",
                   "-out", "/dev/null")
