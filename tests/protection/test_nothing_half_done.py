"""Nothing half-done, nothing left behind: demo is one transaction, a report's two files come together, a number
is consumed only when its document is kept, temporaries of a killed process are wiped at the next start."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from commune_desk.domain.periods import Period
from commune_desk.storage.files import FileWriteFailed


def _dump(db) -> dict:
    """Every table's rows (the audit log's count): "unchanged" means equal."""
    with db.read() as s:
        names = [
            r[0]
            for r in s.execute(
                text("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            )
        ]
        return {n: s.execute(text(f'SELECT * FROM "{n}" ORDER BY 1')).all() for n in names}


# ---- demo and demo --force are one transaction -----------------------------------------------------------------
def test_demo_force_failing_late_leaves_the_database_as_it_was(demo_db, monkeypatch):
    from commune_desk.services.demo_data import demo, demo_plan

    before = _dump(demo_db)

    def fail(*_a, **_k):
        raise RuntimeError("disk gone while storing the plan")

    monkeypatch.setattr(demo_plan, "import_demo_plan", fail)
    with pytest.raises(RuntimeError):
        demo.create_demo(demo_db, year=2025, seed=9, force=True, actor="t", today=date(2026, 11, 20), with_plan=True)
    assert _dump(demo_db) == before


def test_demo_force_replaces_everything_in_one_go(demo_db):
    from commune_desk.services.demo_data import demo

    demo.create_demo(demo_db, year=2025, seed=9, force=True, actor="t", today=date(2026, 11, 20))
    with demo_db.read() as s:
        years = {r[0][:4] for r in s.execute(text("SELECT activity_date FROM propaganda_activity"))}
    # Nothing of the replaced 2026 data is left: 2025 and the demo's thinner year before it (2024).
    assert years == {"2024", "2025"}


# ---- a report's .docx and .xlsx come together; its number is used only when kept -------------------------------
def _numbers(db) -> int:
    from commune_desk.storage.report_repo import ReportRepository

    return ReportRepository(db, "t").suggest_number(2026)


def test_a_report_failing_at_the_annex_leaves_no_file_and_no_number_used(demo_db, tmp_path, monkeypatch):
    from commune_desk.services.reports import report_service, report_xlsx

    out = tmp_path / "out"
    next_number = _numbers(demo_db)

    def fail(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_xlsx, "write_xlsx", fail)
    with pytest.raises(FileWriteFailed, match="disk is full"):
        report_service.generate(demo_db, Period.parse("2026-Q3"), out, day=date(2026, 10, 5), actor="t")
    assert not out.exists()  # no .docx without its .xlsx, no temporaries, not even the folder it made
    assert _numbers(demo_db) == next_number


def test_a_cancelled_report_leaves_nothing(demo_db, tmp_path):
    from commune_desk.services.reports import report_service

    calls = []

    def cancel():
        calls.append(1)
        return len(calls) >= 3  # cancelled while the annex is written

    with pytest.raises(report_service.Cancelled):
        report_service.generate(
            demo_db, Period.parse("2026-Q3"), tmp_path / "out", day=date(2026, 10, 5), actor="t", cancel=cancel
        )
    assert not (tmp_path / "out").exists()  # the folder the report made for itself goes with it


def test_a_package_that_fails_does_not_use_up_the_number(demo_db, tmp_path, monkeypatch):
    from commune_desk.services.packages import period_lifecycle
    from commune_desk.services.packages import package

    next_number = _numbers(demo_db)

    def fail(*_a, **_k):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(package, "build_package", fail)
    with pytest.raises(OSError):
        period_lifecycle.sign(
            demo_db, Period.parse("2026-Q3"), tmp_path, identity=None, actor="t", day=date(2026, 10, 5)
        )
    assert _numbers(demo_db) == next_number


# ---- the private folder and its journal ------------------------------------------------------------------------
def _dead_folder(tmp: Path, journal: list[dict]) -> Path:
    from commune_desk.storage import scratch

    folder = scratch.root() / "999999-deadbeef"
    folder.mkdir(parents=True)
    (folder / scratch.LOCK).write_text("")
    (folder / scratch.JOURNAL).write_text(
        "".join(json.dumps(j) + "\n" for j in journal) + '{"tmp": "/cut', encoding="utf-8"
    )
    (folder / "t").mkdir()
    (folder / "t" / "openpyxl.sheet1.xml").write_text("Nguyễn Thị Bí Mật 079123456789", encoding="utf-8")
    return folder


def test_recover_wipes_what_a_killed_process_left(tmp_path):
    from commune_desk.storage import scratch

    beside = tmp_path / "usb"
    beside.mkdir()
    left = beside / ".backup.db.1234.tmp"
    left.write_bytes(b"SQLite format 3\x00 plaintext copy")
    gone = beside / ".x.tmp"
    folder = _dead_folder(tmp_path, [{"tmp": str(left)}, {"tmp": str(gone)}, {"done": str(gone)}])
    lines = scratch.recover()
    assert not left.exists() and not folder.exists()
    assert any("interrupted operation" in line for line in lines)
    assert any("private temporary file" in line for line in lines)


def test_recover_finishes_an_interrupted_pair_of_renames(tmp_path):
    from commune_desk.storage import scratch

    out = tmp_path / "out"
    out.mkdir()
    docx, xlsx = out / "r.docx", out / "r.xlsx"
    docx.write_bytes(b"new docx")  # the first rename happened, the second did not
    tmp_xlsx = out / ".r.xlsx.1.tmp"
    tmp_xlsx.write_bytes(b"new xlsx")
    xlsx.write_bytes(b"old xlsx")
    _dead_folder(
        tmp_path,
        [
            {"tmp": str(out / ".r.docx.1.tmp")},
            {"tmp": str(tmp_xlsx)},
            {"id": "g1", "move": [[str(out / ".r.docx.1.tmp"), str(docx)], [str(tmp_xlsx), str(xlsx)]]},
        ],
    )
    scratch.recover()
    assert docx.read_bytes() == b"new docx" and xlsx.read_bytes() == b"new xlsx"
    assert sorted(p.name for p in out.iterdir()) == ["r.docx", "r.xlsx"]


def test_recover_never_wipes_a_live_database_through_a_second_name(tmp_path):
    from commune_desk.storage import scratch

    live = tmp_path / "c.db"
    live.write_bytes(b"SQLite format 3\x00 live data")
    second = tmp_path / ".c.db.1.old.tmp"  # password set killed after the link, before the swap
    os.link(live, second)
    _dead_folder(tmp_path, [{"tmp": str(second)}])
    scratch.recover()
    assert not second.exists() and live.read_bytes() == b"SQLite format 3\x00 live data"


def test_a_live_process_folder_is_left_alone(tmp_path):
    from commune_desk.storage import scratch

    mine = scratch.private_dir()
    (mine / "t").mkdir(exist_ok=True)
    (mine / "t" / "work.xml").write_text("x")
    scratch.recover()
    assert (mine / "t" / "work.xml").exists()


def test_files_with_data_are_private(cli, tmp_path):
    db = tmp_path / "c.db"
    assert cli("--db", db, "demo", "--seed", "2").returncode == 0
    assert cli("--db", db, "backup", tmp_path / "b.db").returncode == 0
    assert cli("--db", db, "records", "export", tmp_path / "r.xlsx", "--with-identities").returncode == 0
    assert cli("--db", db, "report", "2026-Q3", "--out", tmp_path / "out").returncode == 0
    made = [
        db,
        tmp_path / "b.db",
        tmp_path / "b.db.seal",
        Path(f"{db}.backup-key"),
        tmp_path / "r.xlsx",
        *sorted((tmp_path / "out").iterdir()),
    ]
    for path in made:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    leftovers = [p for p in tmp_path.rglob(".*.tmp")]
    assert leftovers == []
