"""Migration 0012 (models and teams) upgrades a database of the previous schema with its records intact: the
records a team may carry out gain an empty "carried out by" with a real foreign key, the new tables work."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from commune_desk.storage.database import open_database, read_revision
from commune_desk.storage import schema
from tests.foundation.test_migrations import _upgrade_to

PREVIOUS = schema.REVISIONS[schema.REVISIONS.index("0012") - 1]


def _old_database(path):
    engine = _upgrade_to(path, PREVIOUS)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO residential_unit (id, code, name, kind, active, sort_order) "
                             "VALUES (1, 'T01', 'Thôn Đông', 'thôn', 1, 0)")
        conn.exec_driver_sql(
            "INSERT INTO propaganda_activity (id, activity_date, form_code, title, participants, materials, unit_id,"
            " target_groups, organiser, note, catalogue_version, search_text, created_at, updated_at) VALUES "
            "(7, '2026-03-02', 'loa', 'Phát thanh phòng, chống mại dâm', 120, 30, 1, 'nguoi_dan;thanh_nien', "
            "'Đoàn Thanh niên', 'ghi chú', '2026.2', 'phat thanh', '2026-03-02 08:00:00', '2026-03-02 08:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO reintegration_support (id, support_date, kind_code, count, partner, unit_id, note, "
            "catalogue_version, created_at, updated_at) VALUES (3, '2026-04-01', 'hoc_nghe', 4, 'Trung tâm GDNN', 1,"
            " '', '2026.2', '2026-04-01 08:00:00', '2026-04-01 08:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO tipoff (id, received_date, channel, content, unit_id, verified_date, handled_date, "
            "outcome_code, note, catalogue_version, created_at, updated_at) VALUES (5, '2026-05-01', 'trực tiếp', "
            "'Nghi có môi giới', 1, '2026-05-02', NULL, '', '', '2026.2', '2026-05-01 08:00:00', "
            "'2026-05-01 08:00:00')")
    engine.dispose()


def test_previous_schema_upgrades_with_records_intact(tmp_path):
    path = tmp_path / f"schema_{PREVIOUS}.db"
    _old_database(path)
    db = open_database(path)
    try:
        assert read_revision(db.read_engine) == schema.HEAD
        assert db.backup_made is not None and db.backup_made.exists()
        with db.read() as s:
            prop = s.execute(text("SELECT activity_date, title, participants, materials, target_groups, organiser, "
                                  "team_id FROM propaganda_activity WHERE id = 7")).one()
            sup = s.execute(text("SELECT kind_code, count, partner, team_id FROM reintegration_support")).one()
            tip = s.execute(text("SELECT content, verified_date, team_id FROM tipoff")).one()
        assert tuple(prop) == ("2026-03-02", "Phát thanh phòng, chống mại dâm", 120, 30, "nguoi_dan;thanh_nien",
                               "Đoàn Thanh niên", None)
        assert tuple(sup) == ("hoc_nghe", 4, "Trung tâm GDNN", None)
        assert tuple(tip) == ("Nghi có môi giới", "2026-05-02", None)
        # The records read back through the repositories with no team, and can be given one.
        from commune_desk.domain.records.community import Team
        from commune_desk.services.plans.catalogues import default_catalogues
        from commune_desk.storage import records_repos as rr
        from tests.propaganda import propaganda_repo

        kw = {"today": lambda: date(2026, 11, 20), "catalogues": default_catalogues()}
        propaganda = propaganda_repo(db, "t", today=kw["today"])
        old = propaganda.get(7)
        assert old.team_code == "" and old.participants == 120 and old.unit_code == "T01"
        rr.TeamRepository(db, "t", **kw).add(Team("DCTXH", "Đội CTXH tình nguyện", "doi_ctxh", date(2024, 1, 1)))
        from dataclasses import replace

        propaganda.update(replace(old, team_code="DCTXH"))
        assert propaganda.get(7).team_code == "DCTXH"
        assert rr.SupportRepository(db, "t", **kw).get(3).team_code == ""
        # The new column carries a real foreign key.
        with pytest.raises(Exception, match="FOREIGN KEY"):
            with db.write() as s:
                s.execute(text("UPDATE tipoff SET team_id = 99 WHERE id = 5"))
        with db.read() as s:
            fks = s.execute(text("SELECT \"table\" FROM pragma_foreign_key_list('reintegration_support')")).all()
        assert ("team",) in fks
    finally:
        db.dispose()


def test_downgrade_removes_the_tables_and_keeps_the_records(tmp_path):
    from alembic import command
    from alembic.config import Config

    path = tmp_path / "down.db"
    _old_database(path)
    engine = _upgrade_to(path, "0012")
    cfg = Config()
    cfg.set_main_option("script_location", str(schema.__file__).replace("schema.py", "migrations"))
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, PREVIOUS)
        conn.commit()
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(propaganda_activity)")}
        title = conn.exec_driver_sql("SELECT title FROM propaganda_activity WHERE id = 7").scalar()
    engine.dispose()
    assert not {"team", "community_model", "community_model_figures"} & tables
    assert "team_id" not in columns and title == "Phát thanh phòng, chống mại dâm"


def test_orm_tables_match_the_migrated_schema(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from commune_desk.storage.models import Base

    with db.read_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # the full-text indexes of migration 0017 (virtual tables and their shadows) are SQLite's, not the ORM's
    index_tables = [d for d in diff if d[0] == "remove_table" and "_fts" in d[1].name]
    ours = [d for d in diff if any(k in str(d) for k in ("team", "community_model")) and d not in index_tables]
    assert ours == []
