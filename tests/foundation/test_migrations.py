"""Every released schema upgrades to the newest with every value intact: one stored database per revision
(tests/fixtures/migrations/REV.db, made by scripts/make_migration_fixture.py with the scripts as released, every
table filled), upgraded by the app's own open_database and compared value by value, row by row."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from commune_desk.storage import schema
from commune_desk.storage.database import integrity_ok, open_database, read_revision

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "migrations"
ROWS = 3  # scripts/make_migration_fixture.py fills every table with three rows


def _upgrade_to(path, revision):
    """An empty file upgraded to `revision` with today's scripts (for tests of one migration's data moves)."""
    from alembic import command
    from alembic.config import Config

    from commune_desk.storage.database import _make_engine

    engine = _make_engine(path, None, immediate=True)
    cfg = Config()
    cfg.set_main_option("script_location", str(schema.__file__).replace("schema.py", "migrations"))
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    return engine


def _snapshot(path: Path) -> dict[str, dict[int, dict[str, object]]]:
    """table -> rowid -> column -> stored value, read with plain sqlite3 (no type conversion on the way)."""
    conn = sqlite3.connect(path)
    try:
        tables = [t for (t,) in conn.execute("SELECT name FROM pragma_table_list WHERE schema = 'main' "
                                             "AND type = 'table' AND name NOT LIKE 'sqlite_%' "
                                             "AND name != 'alembic_version'")]  # no FTS index or its shadows
        out = {}
        for table in tables:
            cur = conn.execute(f'SELECT rowid, * FROM "{table}"')
            names = [d[0] for d in cur.description][1:]
            out[table] = {r[0]: dict(zip(names, r[1:])) for r in cur}
        return out
    finally:
        conn.close()


def _staff_trained_moved(before_rows: dict, after: dict) -> set[int]:
    """Migration 0010: a STAFF_TRAINED hand value leaves manual_indicator_value and its denominator becomes a
    staff population of its year; returns the rowids that left, after checking each arrived with its values."""
    moved = {rid for rid, row in before_rows.items() if row["indicator"] == "STAFF_TRAINED"}
    arrived = [p for p in after["population"].values() if p["recorded_by"] == "migration 0010"]
    expected = sorted((int(before_rows[r]["period"][:4]), int(before_rows[r]["denominator"]),
                       before_rows[r]["note"], before_rows[r]["updated_at"]) for r in moved
                      if before_rows[r]["denominator"] is not None)
    assert sorted((p["year"], p["value"], p["note"], p["recorded_at"]) for p in arrived) == expected
    assert all(p["kind"] == "staff" and p["as_of"] == f"{p['year']}-01-01" for p in arrived)
    return moved


def _fixture_revisions() -> list[str]:
    return sorted(p.stem for p in FIXTURES.glob("*.db"))


def test_a_fixture_for_every_released_revision():
    # The head may still be on its way to main; every revision before it has been released and needs its file.
    missing = [r for r in schema.REVISIONS[:-1] if not (FIXTURES / f"{r}.db").exists()]
    assert not missing, f"run: python3 scripts/make_migration_fixture.py {' '.join(missing)} (then commit the files)"
    assert set(_fixture_revisions()) <= set(schema.REVISIONS), "a fixture for a revision the app does not know"


@pytest.mark.parametrize("revision", _fixture_revisions())
def test_fixture_is_at_its_revision_with_every_table_filled(revision):
    conn = sqlite3.connect(FIXTURES / f"{revision}.db")
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(revision,)]
    finally:
        conn.close()
    snap = _snapshot(FIXTURES / f"{revision}.db")
    assert snap and {t: len(rows) for t, rows in snap.items()} == {t: ROWS for t in snap}


@pytest.mark.parametrize("revision", _fixture_revisions())
def test_fixture_upgrades_to_head_with_every_value_intact(tmp_path, revision):
    path = tmp_path / f"{revision}.db"
    shutil.copyfile(FIXTURES / f"{revision}.db", path)
    before = _snapshot(path)
    db = open_database(path)
    try:
        assert read_revision(db.read_engine) == schema.HEAD
        if revision != schema.HEAD:
            assert db.backup_made is not None and db.backup_made.exists()
        assert integrity_ok(db)
    finally:
        db.dispose()
    after = _snapshot(path)

    missing_tables = set(before) - set(after)
    assert not missing_tables, f"tables lost by the upgrade: {sorted(missing_tables)}"
    compared = 0
    for table, rows in before.items():
        gone: set[int] = set()
        if table == "manual_indicator_value" and revision < "0010":
            gone = _staff_trained_moved(rows, after)
            assert gone, "the fixture must hold a STAFF_TRAINED value for 0010 to move"
        assert set(after[table]) == set(rows) - gone, f"{table}: rows lost or added by the upgrade"
        for rowid, old in rows.items():
            if rowid in gone:
                continue
            new = after[table][rowid]
            lost = set(old) - set(new)
            assert not lost, f"{table}: columns dropped by the upgrade: {sorted(lost)}"
            for column, value in old.items():
                assert new[column] == value, f"{table} row {rowid} {column}: {value!r} became {new[column]!r}"
                compared += 1
    assert compared > 0
