"""Migration 0020 on a database of schema 0019 with data (the stored fixture): each community model's units get one
row per code in community_model_unit, read from its ';'-joined unit_codes, and every other value stays as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.foundation.index_migration import upgrade_keeps_values

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "migrations" / "0019.db"
# unit_codes given to the fixture's three models before the upgrade: the fixture's own one-code text (diacritics
# and a '·'), several codes with an empty part and one given twice, and text a hand-edited file could hold
CODES = {
    1: None,  # as stored in the fixture
    2: "T01;;T02;T01;",
    3: 'a"b;c\\d;\tT03',
}
# written out, not computed with the migration's SQL: what kinds.py reads back from each unit_codes, once per code
EXPECTED = {
    (1, "Thôn 2 Đông Hòa · unit_codes 0"),
    (2, "T01"),
    (2, "T02"),
    (3, 'a"b'),
    (3, "c\\d"),
    (3, "\tT03"),
}


def test_0019_database_gets_each_model_s_units_once_and_keeps_its_values(tmp_path):
    source = tmp_path / "0019.db"
    shutil.copyfile(FIXTURE, source)
    conn = sqlite3.connect(source)
    try:
        for model_id, codes in CODES.items():
            if codes is not None:
                conn.execute("UPDATE community_model SET unit_codes = ? WHERE id = ?", (codes, model_id))
        conn.commit()
        assert [r for (r,) in conn.execute("SELECT id FROM community_model ORDER BY id")] == [1, 2, 3]
    finally:
        conn.close()
    (tmp_path / "up").mkdir()
    columns_of = upgrade_keeps_values(source, tmp_path / "up", "0020", "%community_model_unit%")
    assert columns_of("ix_community_model_unit_code") == ["unit_code", "model_id"]
    conn = sqlite3.connect(tmp_path / "up" / "old.db")
    try:
        rows = conn.execute("SELECT model_id, unit_code FROM community_model_unit").fetchall()
        assert sorted(rows) == sorted(EXPECTED)
        # and the triggers keep it from now on (tests/records/test_model_units.py tries every writer)
        conn.execute("UPDATE community_model SET unit_codes = 'T05' WHERE id = 3")
        conn.execute("DELETE FROM community_model WHERE id = 2")
        rows = conn.execute("SELECT model_id, unit_code FROM community_model_unit").fetchall()
        assert sorted(rows) == [(1, "Thôn 2 Đông Hòa · unit_codes 0"), (3, "T05")]
    finally:
        conn.close()


def test_the_orm_declares_the_table_the_migration_makes(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from commune_desk.storage.models import Base

    with db.read_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert not [d for d in diff if "community_model_unit" in str(d)], diff
    table = Base.metadata.tables["community_model_unit"]
    assert [c.name for c in table.primary_key] == ["model_id", "unit_code"]
    assert {i.name: [c.name for c in i.columns] for i in table.indexes} == {
        "ix_community_model_unit_code": ["unit_code", "model_id"]
    }
