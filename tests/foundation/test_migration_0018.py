"""Migration 0018 on a database of schema 0017 with data (the stored fixture): each list filtered by a unit or a
parent gets its index (filtered column, default sort column, summed columns) and every value stays as it was."""

from __future__ import annotations

from pathlib import Path

from tests.foundation.index_migration import upgrade_keeps_values

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


def test_0017_database_gets_the_ordered_indexes_and_keeps_its_values(tmp_path):
    columns_of = upgrade_keeps_values(FIXTURE, tmp_path, "0018", "ix_%_ordered")
    for table, columns in EXPECTED.items():
        assert columns_of(f"ix_{table}_ordered") == columns, table
    for name, columns in DATED.items():
        assert columns_of(name) == columns, name


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
