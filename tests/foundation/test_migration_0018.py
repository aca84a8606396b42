"""Migration 0018 on a database of schema 0017 with data (the stored fixture): each list filtered by a unit or a
parent gets its index (filtered column, default sort column, summed columns) and every value stays as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from commune_desk.storage.database import integrity_ok, open_database, read_revision

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "migrations" / "0017.db"
# written out, not read from the migration: a later edit of the released script must fail here
EXPECTED = {
    "propaganda_activity": ["unit_id", "activity_date", "participants", "materials"],
    "training": ["unit_id", "training_date", "participant_total", "persons_total"],
    "tipoff": ["unit_id", "received_date", "handled_date"],
    "reintegration_support": ["unit_id", "support_date", "count"],
    "residential_unit_event": ["unit_id", "effective_date"],
    "business": ["unit_id", "sort_key", "workers", "workers_committed"],
    "hotspot": ["unit_id", "sort_key"],
    "team": ["unit_id", "sort_key", "member_total"],
    "penalty_decision": ["unit_id", "sort_key", "decision_date", "total_fine"],
    "inspection": ["business_id", "inspection_date"],
    "hotspot_event": ["hotspot_id", "event_date"],
    "community_model_status": ["model_id", "status_date"],
    "community_model_figures": ["model_id", "anchor_date", "persons_total", "sessions", "referrals"],
}

DATED = {
    "ix_residential_unit_event_effective_date": ["effective_date"],
    "ix_healthy_commune_assessment_assessed_date": ["assessed_date"],
    "ix_healthy_commune_assessment_year": ["year", "assessed_date"],
}


def _tables(conn) -> dict[str, list[tuple]]:
    names = [
        t
        for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
            "'sqlite_%' AND name != 'alembic_version' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in names}


def test_0017_database_gets_the_ordered_indexes_and_keeps_its_values(tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, path)
    conn = sqlite3.connect(path)
    try:
        before = _tables(conn)
        assert not conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'ix_%_ordered'").fetchall()
    finally:
        conn.close()
    db = open_database(path)
    try:
        assert read_revision(db.read_engine) >= "0018" and integrity_ok(db)
    finally:
        db.dispose()
    conn = sqlite3.connect(path)
    try:
        for table, columns in EXPECTED.items():
            found = [r[2] for r in conn.execute(f"PRAGMA index_info(ix_{table}_ordered)")]
            assert found == columns, table
        for name, columns in DATED.items():
            assert [r[2] for r in conn.execute(f"PRAGMA index_info({name})")] == columns, name
        after = _tables(conn)
        assert sum(len(rows) for rows in before.values()) > 100
        assert {t: after[t] for t in before} == before
    finally:
        conn.close()


def test_the_orm_declares_the_indexes_the_migration_makes(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from commune_desk.storage.models import Base

    with db.read_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    names = {f"ix_{t}_ordered" for t in EXPECTED} | set(DATED)
    assert not [d for d in diff if any(n in str(d) for n in names)]
    declared = {i.name for t in Base.metadata.tables.values() for i in t.indexes}
    assert names <= declared
