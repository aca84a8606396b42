"""Migration 0015: models' quarterly figures gain `counted_to`, filled for existing figures with the day they were
last written (never after their calendar quarter's end), so that a report cut before that day no longer states
them; every other value of the figures and their served rows is kept, and the downgrade removes only the column.
"""

from __future__ import annotations

from datetime import date

from commune_desk.storage import schema
from commune_desk.storage.database import open_database
from tests.foundation.test_migrations import _upgrade_to

# id, quarter, updated_at: a running quarter, a past quarter written later, one written on its last day, a time
# that cannot be read (the creation time is taken), a quarter code that is no quarter
ROWS = (
    (1, "2026-Q4", "2026-11-02 09:30:00.000000", "2026-11-02 09:30:00.000000"),
    (2, "2026-Q2", "2026-11-02 09:31:00.000000", "2026-11-03 10:00:00.000000"),
    (3, "2026-Q1", "2026-03-31 23:59:00.000000", "2026-03-31 23:59:00.000000"),
    (4, "2025-Q3", "2025-08-01 08:00:00.000000", "không rõ"),
    (5, "Thôn 2", "2026-03-01 08:00:00.000000", "2026-03-01 08:00:00.000000"),
)


def _old_database(path):
    engine = _upgrade_to(path, "0014")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO community_model (id, code, name, kind_code, set_up_date, partner, unit_codes, note, "
            "catalogue_version, created_at, updated_at) VALUES (1, 'MH01', 'Điểm tư vấn', 'khac', '2024-01-01', '', "
            "'', '', '', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
        )
        for fid, quarter, created, updated in ROWS:
            conn.exec_driver_sql(
                "INSERT INTO community_model_figures (id, model_id, quarter, anchor_date, sessions, referrals, note, "
                "created_at, updated_at) VALUES (?, 1, ?, '2026-02-15', ?, 2, 'Ghi chú', ?, ?)",
                (fid, quarter, 10 + fid, created, updated),
            )
            conn.exec_driver_sql(
                "INSERT INTO community_model_served (figures_id, sex, age_group_code, persons) VALUES (?, 'nu', "
                "'18_30', ?)",
                (fid, 3 * fid),
            )
    engine.dispose()


def test_existing_figures_are_counted_to_the_day_they_were_last_written(tmp_path):
    path = tmp_path / "old.db"
    _old_database(path)
    db = open_database(path)
    try:
        with db.read_engine.connect() as conn:
            got = conn.exec_driver_sql(
                "SELECT f.id, f.quarter, f.counted_to, f.sessions, f.note, s.persons FROM community_model_figures f "
                "JOIN community_model_served s ON s.figures_id = f.id ORDER BY f.id"
            ).fetchall()
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    finally:
        db.dispose()
    assert revision == schema.HEAD
    assert [(r[0], r[2]) for r in got] == [
        (1, "2026-11-02"),  # still running when written: counted to that day
        (2, "2026-06-30"),  # written after its quarter: the whole quarter
        (3, "2026-03-31"),
        (4, "2025-08-01"),  # unreadable last write: the creation day
        (5, None),  # no quarter: nothing to count to (never counted by any report)
    ]
    assert [(r[1], r[3], r[4], r[5]) for r in got] == [(q, 10 + i, "Ghi chú", 3 * i) for i, q, _c, _u in ROWS]


def test_a_report_cut_before_the_day_leaves_the_migrated_figures_out(tmp_path):
    from commune_desk.storage.indicator_queries import compute
    from commune_desk.storage.sql_reader import SessionReader

    path = tmp_path / "old.db"
    _old_database(path)
    db = open_database(path)
    try:
        with db.read() as s:
            r = SessionReader(s)
            year = (date(2026, 1, 1), date(2026, 12, 31))
            cut = compute(
                r, "MODEL_PEOPLE_SERVED", (year[0], date(2026, 11, 1)), period_code="2026", as_of=date(2026, 11, 1)
            )
            later = compute(
                r, "MODEL_PEOPLE_SERVED", (year[0], date(2026, 11, 2)), period_code="2026", as_of=date(2026, 11, 2)
            )
    finally:
        db.dispose()
    assert (cut.numerator, later.numerator) == (3 * 2 + 3 * 3, 3 * 1 + 3 * 2 + 3 * 3)


def test_downgrade_removes_only_the_column(tmp_path):
    from alembic import command
    from alembic.config import Config

    path = tmp_path / "down.db"
    _old_database(path)
    engine = _upgrade_to(path, "0015")
    cfg = Config()
    cfg.set_main_option("script_location", str(schema.__file__).replace("schema.py", "migrations"))
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0014")
        conn.commit()
    with engine.connect() as conn:
        columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(community_model_figures)")}
        kept = conn.exec_driver_sql("SELECT count(*), sum(sessions) FROM community_model_figures").fetchone()
    engine.dispose()
    assert "counted_to" not in columns and tuple(kept) == (5, sum(10 + i for i, *_ in ROWS))
