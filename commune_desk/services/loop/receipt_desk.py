"""What the receipt screens need: the package file and indicators behind a ledger row, receipt files on a drive."""

from __future__ import annotations

import json
from pathlib import Path

from commune_desk.domain.errors import ExpectedError

MAX_DEPTH, MAX_FILES, MAX_ENTRIES = 3, 200, 20000


def package_file(office_db, entry) -> Path:
    """The package file of an intake ledger row: its copy in the office store, else the file it came from."""
    from commune_desk.services.office.office_intake import store_dir

    candidates = [store_dir(office_db) / entry.filed_path] if entry.filed_path else []
    candidates.append(Path(entry.source))
    for path in candidates:
        if path.is_file():
            return path
    raise ExpectedError(f"the package file of {entry.unit_code} {entry.period} revision {entry.revision} is no "
                        f"longer in the office store nor at {entry.source}")


def package_indicators(path: Path | str) -> list[tuple[str, str]]:
    """(code, name) of every indicator in the package's report-data.json, read through the zip guard."""
    from commune_desk.services.packages.package import REPORT_DATA
    from commune_desk.services.packages.package_verify import VerifyResult, read_zip

    files = read_zip(Path(path), VerifyResult(path=str(path))) or {}
    name = next((n for n in files if n == REPORT_DATA or n.endswith("/" + REPORT_DATA)), None)
    if name is None:
        return []
    try:
        data = json.loads(files[name].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return []
    out = []
    for item in data.get("indicators") or () if isinstance(data, dict) else ():
        if isinstance(item, dict) and isinstance(item.get("code"), str) and item["code"]:
            out.append((item["code"], str(item.get("name") or "")))
    return out


def find_receipts(root, *, max_depth: int = MAX_DEPTH, limit: int = MAX_FILES,
                  max_entries: int = MAX_ENTRIES) -> list[Path]:
    """Receipt files (Bien-nhan_*.zip) under `root`, bounded like the workbook search; sorted by path."""
    from commune_desk.services.protection.removable import find_files

    return find_files(root, lambda name: name.lower().startswith("bien-nhan_") and name.lower().endswith(".zip"),
                      max_depth=max_depth, limit=limit, max_entries=max_entries)


def comments_by_period(db) -> dict[str, dict[str, list]]:
    """Period code -> {indicator code: [ReceiptComment]} of the newest receipt imported for each period."""
    from commune_desk.storage.home_reads import received_comments
    from commune_desk.storage.sql_reader import SessionReader

    with db.read() as s:
        return received_comments(SessionReader(s))
