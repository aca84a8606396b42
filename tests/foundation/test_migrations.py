"""Every past schema upgrades to the newest with its rows intact (filled generically by reflection)."""

from datetime import date, datetime

import pytest
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, MetaData, Numeric, insert, select, func

from commune_desk.storage import schema
from commune_desk.storage.database import _make_engine, integrity_ok, open_database, read_revision


def _upgrade_to(path, revision):
    from alembic import command
    from alembic.config import Config

    engine = _make_engine(path, None, immediate=True)
    cfg = Config()
    cfg.set_main_option("script_location", str(schema.__file__).replace("schema.py", "migrations"))
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    return engine


def _value(column, n):
    t = column.type
    if isinstance(t, Boolean):
        return True
    if isinstance(t, DateTime):
        return datetime(2026, 3, n + 1, 8, 0)
    if isinstance(t, Date):
        return date(2026, 3, n + 1)
    if isinstance(t, (Integer, Numeric, Float)):
        return n + 1
    return f"giá trị {column.name} {n}"


def _fill(engine) -> dict[str, int]:
    """One or two rows in every table, parents first, foreign keys pointing at row 1 of the parent."""
    meta = MetaData()
    meta.reflect(engine)
    counts = {}
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")  # triggers/uniques still apply; FKs point at ids 1
        for table in meta.sorted_tables:
            if table.name in ("alembic_version", "audit_log"):
                continue
            rows = []
            for n in range(2):
                row = {}
                for col in table.columns:
                    if col.primary_key and isinstance(col.type, Integer):
                        row[col.name] = n + 1
                    elif col.foreign_keys:
                        row[col.name] = 1
                    else:
                        row[col.name] = _value(col, n)
                rows.append(row)
            try:
                conn.execute(insert(table), rows)
            except Exception:  # a table with a CHECK/unique rule generic values cannot meet stays empty
                continue
            counts[table.name] = 2
    return counts


@pytest.mark.parametrize("revision", schema.REVISIONS[:-1])
def test_past_schema_upgrades_with_rows_intact(tmp_path, revision):
    path = tmp_path / f"schema_{revision}.db"
    engine = _upgrade_to(path, revision)
    counts = _fill(engine)
    engine.dispose()
    assert counts, "nothing could be filled"
    db = open_database(path)
    try:
        assert read_revision(db.read_engine) == schema.HEAD
        assert db.backup_made is not None and db.backup_made.exists()
        assert integrity_ok(db)
        meta = MetaData()
        meta.reflect(db.read_engine)
        with db.read_engine.connect() as conn:
            for name, expected in counts.items():
                assert conn.execute(select(func.count()).select_from(meta.tables[name])).scalar() == expected, name
    finally:
        db.dispose()
