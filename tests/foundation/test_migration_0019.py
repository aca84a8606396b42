"""Migration 0019 on a database of schema 0018 with data (the stored fixture): each record list gets its narrow
search index (kind filter, folded text, what a word also matches through, date, summed columns), values unchanged."""

from __future__ import annotations

from pathlib import Path

from tests.foundation.index_migration import upgrade_keeps_values

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "migrations" / "0018.db"
# written out, not read from the migration: a later edit of the released script must fail here
EXPECTED = {
    "propaganda_activity": [
        "form_code",
        "activity_date",
        "search_text",
        "unit_id",
        "team_id",
        "participants",
        "materials",
    ],
    "training": ["topic_code", "training_date", "search_text", "unit_id", "participant_total", "persons_total"],
    "business": ["kind_code", "sort_key", "search_text", "unit_id", "workers", "workers_committed"],
    "inspection": ["outcome_code", "inspection_date", "search_text", "business_id", "handling_code"],
    "hotspot": ["search_text", "unit_id"],
    "hotspot_event": ["kind_code", "event_date", "search_text", "hotspot_id"],
    "tipoff": ["outcome_code", "received_date", "search_text", "unit_id", "team_id", "handled_date"],
    "penalty_decision": [
        "violation_code",
        "sort_key",
        "search_text",
        "unit_id",
        "sex",
        "age_group_code",
        "violator_kind",
        "outcome",
        "review",
        "legacy",
        "decision_date",
        "total_fine",
    ],
    "reintegration_support": ["kind_code", "support_date", "search_text", "unit_id", "team_id", "count"],
    "healthy_commune_assessment": ["result", "year", "search_text", "assessed_date"],
    "residential_unit_event": ["kind", "effective_date", "search_text", "unit_id", "merged_into_id"],
    "team": ["kind_code", "sort_key", "search_text", "unit_id", "member_total"],
    "community_model": ["kind_code", "sort_key", "search_text"],
    "community_model_status": ["search_text", "model_id", "status", "status_date"],
    "community_model_figures": ["search_text", "model_id", "anchor_date", "persons_total", "sessions", "referrals"],
}


def test_0018_database_gets_the_search_indexes_and_keeps_its_values(tmp_path):
    columns_of = upgrade_keeps_values(FIXTURE, tmp_path, "0019", "ix_%_search")
    for table, columns in EXPECTED.items():
        assert columns_of(f"ix_{table}_search") == columns, table


def test_the_orm_declares_the_indexes_the_migration_makes(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from commune_desk.storage.models import Base

    with db.read_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    names = {f"ix_{t}_search" for t in EXPECTED}
    assert not [d for d in diff if any(n in str(d) for n in names)]
    declared = {i.name: [c.name for c in i.columns] for t in Base.metadata.tables.values() for i in t.indexes}
    assert {n: declared.get(n) for n in names} == {f"ix_{t}_search": c for t, c in EXPECTED.items()}


def test_every_column_a_list_search_counts_with_is_in_its_index():
    """The count and totals of a free-text search read only the search index (no record), so the index must hold
    every column those statements touch: the kind filter, the references and codes a word also matches, the date
    and the summed plain columns of the list. A new list column that a search would read fails here."""
    from sqlalchemy import Column
    from sqlalchemy.sql import visitors

    from commune_desk.storage.repos import KINDS
    from commune_desk.storage.repos.list_sql import Child, figure
    from commune_desk.storage.repos.listing import SHAPES
    from commune_desk.ui.views.record_specs import SPECS

    for entity, spec in SPECS.items():
        kind = KINDS[entity]
        table = kind.row.__table__
        _date, kind_field, _parent = SHAPES[entity]
        needed = {"search_text", *([kind_field] if kind_field else []), *kind.code_fields}
        needed |= {column for column, _lookup in kind.refs.values()}
        needed |= {kind.date_field} if kind.date_field else set()
        for name in spec.sums:
            found = figure(kind, name)
            if found is not None and not isinstance(found, Child):
                expr = found.__clause_element__() if hasattr(found, "__clause_element__") else found
                needed |= {c.name for c in visitors.iterate(expr) if isinstance(c, Column) and c.table is table}
        assert needed <= set(EXPECTED[table.name]), (entity, needed - set(EXPECTED[table.name]))
