"""Helpers for the office tests: demo-like units with their own keys and packages built straight from figures."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

SIGNED = dt.datetime(2026, 9, 8, 3, 0, tzinfo=dt.timezone.utc)      # 10:00 on 08/09/2026 in Vietnam


@dataclass
class Unit:
    code: str
    name: str
    identity: object


def make_units(count: int, prefix: str = "7") -> list[Unit]:
    from commune_desk.services.packages.signing_keys import create_identity

    units = []
    for i in range(count):
        code, name = f"{prefix}{i + 1:04d}", f"Ủy ban nhân dân xã Mẫu Số {i + 1}"
        units.append(Unit(code, name, create_identity(name, code, now=SIGNED - dt.timedelta(days=30))))
    return units


def indicators_for(seed: int) -> list[dict]:
    """Figures with numerators and denominators (values rounded, as a report shows them)."""
    rows = []
    for j, code in enumerate(("PROP_UNITS", "BIZ_INSPECTED", "TIP_HANDLED", "PROP_ACTIVITIES", "PENALTIES")):
        num = (seed * 7 + j * 3) % 13 + 1
        den = None if code in ("PROP_ACTIVITIES", "PENALTIES") else num + (seed + j) % 9 + 1
        value = round(100 * num / den, 1) if den else num
        rows.append({"code": code, "name": f"Chỉ tiêu {code}", "numerator": num, "denominator": den,
                     "value": value, "unit": "%" if den else "count"})
    return rows


def build(unit: Unit, out_dir: Path, *, period: str = "2026-Q3", revision: int = 1, supersedes: str = "",
          demo: bool = False, indicators: list[dict] | None = None, signed: dt.datetime = SIGNED,
          identity=None, name: str | None = None) -> Path:
    """One signed package .zip (no read-back verification: fast); returns its path."""
    from commune_desk.services.packages.package import PackageContent, bag_files, deterministic_zip, package_stem

    identity = identity or unit.identity
    content = PackageContent(unit_name=unit.name, unit_code=unit.code, period=period,
                             report_number=f"{revision + 10}/BC-UBND", revision=revision, demo=demo,
                             supersedes_sha256=supersedes, audit_head="ab" * 32,
                             indicators=indicators if indicators is not None else indicators_for(int(unit.code)),
                             payload=[("Báo cáo.docx", b"PK fake docx " + unit.code.encode())])
    files = bag_files(content, identity.key, identity.cert, now=signed)
    stem = package_stem(content)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name or stem}.zip"
    path.write_bytes(deterministic_zip(files, stem, signed.date()))
    return path


def report_data(path: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith("data/report-data.json"))
        return json.loads(zf.read(name).decode("utf-8"))


def sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def export_pem(unit: Unit, folder: Path) -> Path:
    from commune_desk.services.packages.signing_keys import export_cert

    folder.mkdir(parents=True, exist_ok=True)
    return export_cert(unit.identity.cert, folder / f"{unit.code}.pem")
