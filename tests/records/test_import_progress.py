"""An import's progress names its phase and counts its rows (read, check, write; "prepare" first for an officer's own
spreadsheet), and the mapped import can be cancelled in any phase with nothing written and nothing remembered
(issue 20 item 10)."""

from __future__ import annotations

from datetime import datetime

import pytest

from commune_desk.app_wiring import Stores
from commune_desk.services.records.import_progress import ImportStep, step_text
from commune_desk.services.records.records_import import ImportCancelled, import_records
from commune_desk.services.records.sheet_mapping import read_sheet, remembered, suggest
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.storage.repos import base
from commune_desk.storage.repos.bulk import ORDER
from tests.records.test_import_phases import TODAY, _snapshot
from tests.records.test_sheet_mapping import HEADERS, officer_workbook


def _phases(steps: list[ImportStep]) -> list[str]:
    """The phases in the order they came, each once."""
    out: list[str] = []
    for s in steps:
        if not out or out[-1] != s.phase:
            out.append(s.phase)
    return out


def test_each_phase_is_named_and_counts_its_rows(target, exported, monkeypatch):
    db, _path = target
    monkeypatch.setattr(base, "CHUNK", 100)
    steps: list[ImportStep] = []
    result = import_records(db, exported, "t", today=TODAY, progress=steps.append)
    records = sum(result.counts.values())
    assert _phases(steps) == ["read", "check", "write"]
    for phase in ("read", "check", "write"):
        mine = [s for s in steps if s.phase == phase]
        assert mine[0].rows == 0, phase  # the words change before the first row
        assert all(s.rows <= s.of for s in mine if s.of), phase
        assert [s.rows for s in mine] == sorted(s.rows for s in mine), phase
    read = [s for s in steps if s.phase == "read" and s.of]
    assert read and read[-1].of >= records  # every data row of the workbook
    written = sum(n for e, n in result.counts.items() if e in ORDER)  # the records, not the profile's units
    assert {s.of for s in steps if s.phase == "write"} == {written}
    assert [s for s in steps if s.phase == "write"][-1].rows == written
    checked = {s.of for s in steps if s.phase == "check"}
    assert len(checked) == 1 and checked.pop() <= records  # the figures sheets are checked apart
    assert {s.total for s in steps} == {3000}


def test_a_dry_run_reads_and_checks_only(target, exported):
    db, _path = target
    steps: list[ImportStep] = []
    import_records(db, exported, "t", today=TODAY, dry_run=True, progress=steps.append)
    assert _phases(steps) == ["read", "check"] and {s.total for s in steps} == {2000}


def test_step_text_with_and_without_row_counts():
    assert step_text(ImportStep("check", 0, 0, 0, 0)) == "Checking…"
    assert step_text(ImportStep("write", 12000, 50000, 0, 0)) == "Writing: 12000 / 50000 rows"
    vi = {"Checking: {done} / {of} rows": "Đang kiểm tra: {done} / {of} dòng"}
    assert (
        step_text(
            ImportStep("check", 12000, 50000, 0, 0),
            lambda _c, text: vi.get(text, text),
            lambda n: f"{n:,}".replace(",", "."),
        )
        == "Đang kiểm tra: 12.000 / 50.000 dòng"
    )
    assert step_text(ImportStep("read", 70, 50, 0, 0)) == "Reading the file: 50 / 50 rows"  # never past the end


def _big_sheet(path, rows: int):
    data = [
        [i, "Thôn Đông", datetime(2026, 3, 5), f"Buổi nói chuyện {i}", "Loa truyền thanh", "Lan", 40, 2, ""]
        for i in range(1, rows + 1)
    ]
    return officer_workbook(path, rows=data)


def test_the_mapped_import_reports_prepare_then_the_import(commune, tmp_path):
    source = read_sheet(_big_sheet(tmp_path / "so.xlsx", 600), header_row=3)
    mapping = suggest(source.headers, "propaganda", default_catalogues())
    steps: list[ImportStep] = []
    result = Stores(commune, "lan").services.records.import_mapped(
        source, "propaganda", mapping, dry_run=False, today=TODAY, catalogues=None, progress=steps.append
    )
    assert result.counts == {"propaganda": 600}
    assert _phases(steps) == ["prepare", "read", "check", "write"]
    prepare = [s for s in steps if s.phase == "prepare"]
    assert {s.of for s in prepare} == {600} and prepare[-1].rows >= 500 and {s.total for s in prepare} == {0}


@pytest.mark.parametrize("phase", ["prepare", "read", "check", "write"])
def test_a_cancel_of_the_mapped_import_writes_and_remembers_nothing(
    commune,
    db_path,
    tmp_path,
    monkeypatch,
    phase,
):
    monkeypatch.setattr(base, "CHUNK", 100)
    source = read_sheet(_big_sheet(tmp_path / "so.xlsx", 600), header_row=3)
    mapping = suggest(source.headers, "propaganda", default_catalogues())
    before = _snapshot(db_path)
    seen: list[bool] = []
    with pytest.raises(ImportCancelled):
        Stores(commune, "lan").services.records.import_mapped(
            source,
            "propaganda",
            mapping,
            dry_run=False,
            today=TODAY,
            catalogues=None,
            progress=lambda s: seen.append(s.phase == phase and s.rows > 0),
            cancel=lambda: bool(seen) and seen[-1],
        )
    assert any(seen)  # it stopped in that phase
    assert _snapshot(db_path) == before
    assert remembered(commune, "propaganda", HEADERS) is None
