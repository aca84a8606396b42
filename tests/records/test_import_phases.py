"""A records import reports progress through its three phases (read, check, write) on one scale, and a cancel in
any of them, up to the moment before the commit, leaves the database exactly as it was (issue 20 item 10)."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest

from commune_desk.services.records.records_import import ImportCancelled, import_records
from commune_desk.storage.repos import base

TODAY = date(2026, 11, 20)


def hold_first_write(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """(writing, clicked): the worker sets `writing` after its first table and waits until `clicked` is set (by a
    test that has pressed Cancel meanwhile)."""
    from commune_desk.storage.repos import bulk

    writing, clicked = threading.Event(), threading.Event()
    real = bulk.bulk_insert

    def held(*args, **kwargs):
        count = real(*args, **kwargs)
        writing.set()
        clicked.wait(20)
        return count

    monkeypatch.setattr(bulk, "bulk_insert", held)
    return writing, clicked


def _snapshot(path: Path) -> dict:
    """Every row of every table and the schema itself (triggers included), read by plain sqlite3."""
    conn = sqlite3.connect(path)
    try:
        out = {"schema": sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())}
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            out[name] = sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
        return out
    finally:
        conn.close()


def test_progress_runs_through_read_check_and_write(target, exported, monkeypatch):
    db, _path = target
    monkeypatch.setattr(base, "CHUNK", 100)  # several reports per kind from the write as well
    seen: list[tuple[int, int]] = []
    result = import_records(db, exported, "t", today=TODAY, progress=lambda step: seen.append((step.done, step.total)))
    assert sum(result.counts.values()) > 500
    totals = {t for _d, t in seen}
    assert len(totals) == 1
    (total,) = totals
    done = [d for d, _t in seen]
    assert done == sorted(done) and done[-1] == total
    thirds = [sum(1 for d in done if k * total / 3 < d <= (k + 1) * total / 3) for k in range(3)]
    assert all(n >= 2 for n in thirds), thirds  # each phase reports, not only the read


@pytest.mark.parametrize("phase", [0, 1, 2, 3])
def test_a_cancel_in_any_phase_leaves_the_database_as_it_was(target, exported, monkeypatch, phase):
    """phase 0: while reading; 1: while checking; 2: while writing; 3: after the last record, before the commit."""
    db, db_path = target
    monkeypatch.setattr(base, "CHUNK", 100)
    import_records(db, exported, "t", today=TODAY, dry_run=True)  # a dry run writes nothing either
    before = _snapshot(db_path)
    seen: list[int] = []
    written = []
    real = base.bulk_insert

    def writing(*args, **kwargs):
        count = real(*args, **kwargs)
        written.append(count)
        return count

    monkeypatch.setattr("commune_desk.storage.repos.bulk.bulk_insert", writing)

    def progress(step) -> None:
        if phase < 3:
            seen.append(step.phase == ("read", "check", "write")[phase] and step.rows > 0)
        else:
            seen.append(step.done == step.total)

    def cancel() -> bool:
        return bool(seen) and seen[-1]

    with pytest.raises(ImportCancelled):
        import_records(db, exported, "t", today=TODAY, progress=progress, cancel=cancel)
    assert (len(written) > 0) == (phase >= 2)  # the cancel really came while (or after) rows were written
    assert _snapshot(db_path) == before
