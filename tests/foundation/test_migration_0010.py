"""Migration 0010 on a database of schema 0009 with data: trainings keep their attendances, the staff total once
typed in as STAFF_TRAINED's denominator becomes a staff population, nothing else moves."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from commune_desk.storage.database import open_database
from tests.foundation.test_migrations import _upgrade_to


def test_0009_to_0010_keeps_trainings_and_moves_the_staff_denominator(tmp_path):
    path = tmp_path / "old.db"
    engine = _upgrade_to(path, "0009")
    with engine.begin() as c:
        c.execute(text("INSERT INTO residential_unit (id, code, name, kind, active, sort_order) "
                       "VALUES (1, 'T01', 'Thôn 1', 'thôn', 1, 0)"))
        c.execute(text("INSERT INTO training (id, training_date, topic_code, title, organiser, days, unit_id, note, "
                       "catalogue_version, created_at, updated_at) VALUES (1, '2026-03-02', 'nghiep_vu', 'Lớp', '', "
                       "1, 1, '', '2026.2', '2026-03-02 08:00:00', '2026-03-02 08:00:00')"))
        c.execute(text("INSERT INTO training_participant (id, training_id, role_code, count) VALUES "
                       "(1, 1, 'can_bo', 12), (2, 1, 'cong_tac_vien', 30)"))
        c.execute(text("INSERT INTO manual_indicator_value (indicator, period, numerator, denominator, note, "
                       "updated_at) VALUES ('STAFF_TRAINED', '2026', NULL, 80, 'cán bộ biên chế', "
                       "'2026-01-10 09:00:00'), ('PLAN_BUILT', '2026', 1, 1, '', '2026-01-10 09:00:00')"))
        c.execute(text("INSERT INTO residential_unit_event (unit_id, kind, effective_date, old_name, new_name, "
                       "merged_into_id, note) VALUES (1, 'renamed', '2026-04-01', 'Thôn 1', 'Thôn Một', NULL, '')"))
    engine.dispose()
    db = open_database(path)
    try:
        with db.read() as s:
            lines = s.execute(text("SELECT training_id, role_code, level_code, count, persons "
                                   "FROM training_participant ORDER BY id")).all()
            assert [tuple(r) for r in lines] == [(1, "can_bo", "", 12, None), (1, "cong_tac_vien", "", 30, None)]
            pops = s.execute(text("SELECT year, kind, role_code, level_code, value, as_of, note, replaced_at "
                                  "FROM population")).all()
            assert [tuple(r) for r in pops] == [(2026, "staff", "", "", 80, "2026-01-01", "cán bộ biên chế", None)]
            manual = s.execute(text("SELECT indicator, numerator, evidence, entered_by FROM manual_indicator_value"
                                    )).all()
            assert [tuple(r) for r in manual] == [("PLAN_BUILT", 1.0, "", "")]
            assert s.execute(text("SELECT successor_codes FROM residential_unit_event")).scalar() == ""
        from commune_desk.storage.indicator_queries import compute
        from commune_desk.storage.sql_reader import SessionReader

        with db.read() as s:
            v = compute(SessionReader(s), "STAFF_TRAINED", (date(2026, 1, 1), date(2026, 12, 31)),
                        period_code="2026", as_of=date(2026, 12, 31))
            lượt = compute(SessionReader(s), "TRAINING_ATTENDANCES", (date(2026, 1, 1), date(2026, 12, 31)),
                           period_code="2026", as_of=date(2026, 12, 31))
        # Persons were never recorded before 0010: none are counted (not the 42 attendances), over the 80 staff.
        assert (v.numerator, v.denominator, lượt.numerator) == (0, 80, 42)
    finally:
        db.dispose()
