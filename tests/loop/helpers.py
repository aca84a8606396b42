"""Helpers for the loop tests: an office and a commune with their own keys, databases, a package and a plan."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PLAN = ROOT / "resources" / "plans" / "plan_001_lang_son_2024.xlsx"
PERIOD = "2026-Q3"
OFFICE_NAME, OFFICE_CODE = "Sở Y tế tỉnh Mẫu", "SYT01"
COMMUNE_NAME, COMMUNE_CODE = "Ủy ban nhân dân xã Hòa Mỹ", "79001"
COMMENT_CODE, COMMENT = "BIZ_INSPECTED", "Số cơ sở được kiểm tra thấp hơn quý trước, đề nghị giải trình."


@dataclass
class Keys:
    office: object
    commune: object
    stranger: object


def make_keys() -> Keys:
    from commune_desk.services.packages.signing_keys import create_identity

    return Keys(create_identity(OFFICE_NAME, OFFICE_CODE), create_identity(COMMUNE_NAME, COMMUNE_CODE),
                create_identity("Sở Giả mạo", "SYT99"))


def pem(identity, path: Path) -> Path:
    from commune_desk.services.packages.signing_keys import export_cert

    path.parent.mkdir(parents=True, exist_ok=True)
    return export_cert(identity.cert, path)


def plan_copy(folder: Path, name: str = "Ke-hoach-2024.xlsx") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(SAMPLE_PLAN, folder / name))


def build_commune_package(identity, out_dir: Path, *, revision: int = 1, supersedes: str = "",
                          report_number: str = "15/BC-UBND") -> Path:
    """A real signed package (services.packages.package.build_package), with a report-data.json of two indicators."""
    from commune_desk.services.packages.package import PackageContent, build_package

    content = PackageContent(
        unit_name=COMMUNE_NAME, unit_code=COMMUNE_CODE, period=PERIOD, report_number=report_number,
        revision=revision, supersedes_sha256=supersedes, audit_head="cd" * 32,
        indicators=[{"code": "PROP_UNITS", "name": "Tỷ lệ thôn tuyên truyền", "numerator": 5, "denominator": 8,
                     "value": 62.5, "unit": "%"},
                    {"code": COMMENT_CODE, "name": "Số cơ sở được kiểm tra", "numerator": 12, "denominator": None,
                     "value": 12, "unit": "count"}],
        payload=[("Báo cáo quý III.docx", b"PK fake report")])
    return build_package(content, identity, out_dir).path


def record_made(db, package: Path, revision: int = 1, supersedes: str = "") -> str:
    """What the commune's `package` command records: a signed revision in the lifecycle ledger."""
    from commune_desk.domain.period_state import SIGNED, PeriodState
    from commune_desk.storage.ledger import Ledger

    sha = sha256(package)
    Ledger(db, "test").record_signed(PeriodState(PERIOD, SIGNED, revision, sha, date(2026, 6, 15),
                                                 date(2026, 9, 14)),
                                     supersedes=supersedes, package_name=package.name, demo=False, snapshot="{}")
    return sha


def register_unit(office_db, identity) -> None:
    from commune_desk.services.office.office_intake import cert_facts
    from commune_desk.storage.office_repo import TrustRepository

    TrustRepository(office_db, "test").add_many([(cert_facts(identity.cert), COMMUNE_CODE, COMMUNE_NAME)])


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def rewrite_zip(src: Path, dest: Path, change) -> Path:
    """Copy a zip, letting `change(name, data)` return new bytes (or None to drop the entry)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info.filename, data)
    return dest
