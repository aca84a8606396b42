"""Helpers for the signature tests: packages signed by CA-issued certificates, openssl calls."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

UNIT_NAME = "Ủy ban nhân dân xã Hòa Mỹ"


def build_signed(issued, out_dir: Path, *, unit_code: str = "79999", revision: int = 1, name: str = "",
                 with_chain: bool = True, sign=None) -> Path:
    """A package .zip signed with `issued` (key, cert, chain); the CMS carries the intermediates."""
    from commune_desk.services.packages.package import PackageContent, bag_files, deterministic_zip, package_stem

    content = PackageContent(unit_name=UNIT_NAME, unit_code=unit_code, period="2026-Q3",
                             report_number=f"{10 + revision}/BC-UBND", revision=revision,
                             supersedes_sha256="ab" * 32 if revision > 1 else "",
                             indicators=[{"code": "TIP_HANDLED", "name": "Tin báo được xử lý", "numerator": 3,
                                          "denominator": 4, "value": 75.0, "unit": "%"}],
                             payload=[("Báo cáo quý III.docx", b"PK fake docx " + unit_code.encode())])
    files = bag_files(content, issued.key, issued.cert, issued.chain if with_chain else (), sign=sign)
    stem = package_stem(content)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name or stem}.zip"
    import datetime as dt

    path.write_bytes(deterministic_zip(files, stem, dt.date.today()))
    return path


def unpack(package: Path, dest: Path) -> Path:
    with zipfile.ZipFile(package) as zf:
        zf.extractall(dest)
    return next(p for p in dest.iterdir() if p.is_dir())


def openssl_verify_ca(package: Path, ca_pem: Path, work: Path, *extra) -> subprocess.CompletedProcess:
    """Stock `openssl cms -verify` of the package's signature with a CA as -CAfile (as docs/package-format.md)."""
    folder = unpack(package, work)
    return subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                           str(folder / "signature.p7s"), "-content", str(folder / "tagmanifest-sha256.txt"),
                           "-CAfile", str(ca_pem), "-purpose", "any", "-out", "/dev/null", *map(str, extra)],
                          capture_output=True, text=True, timeout=60)
