"""storage/database_contents.py: `demo --force` empties every record table in one transaction, the audit log and
the residential units stay, and the no-delete triggers that protect plans and populations come back."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from commune_desk.storage.database_contents import clear_records, has_data


def _triggers(db) -> list[tuple[str, str]]:
    with db.read() as s:
        return [
            tuple(r)
            for r in s.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"))
        ]


def _count(db, table: str) -> int:
    with db.read() as s:
        return int(s.execute(text(f"SELECT count(*) FROM {table}")).scalar())


def _demo(db, force: bool = False) -> None:
    from commune_desk.services.demo_data.demo import create_demo

    create_demo(db, year=2026, seed=7, force=force, actor="t", today=date(2026, 11, 20), with_plan=True)


def test_a_new_database_holds_nothing(db):
    assert not has_data(db)


def test_clearing_empties_records_and_keeps_log_units_and_guards(db):
    _demo(db)
    guards = _triggers(db)
    assert {"plan_version_no_delete", "population_no_delete"} <= {name for name, _ in guards}
    log, units = _count(db, "audit_log"), _count(db, "residential_unit")
    assert has_data(db) and _count(db, "plan_version") > 0 and _count(db, "propaganda_activity") > 0
    clear_records(db)
    assert [_count(db, t) for t in ("plan_version", "population", "propaganda_activity", "penalty_decision")] == [
        0,
        0,
        0,
        0,
    ]
    assert _count(db, "audit_log") == log and _count(db, "residential_unit") == units
    assert _triggers(db) == guards  # every guard back, word for word
    _demo(db, force=True)
    plans = _count(db, "plan_version")
    with pytest.raises(Exception, match="plan versions are immutable"):
        with db.write() as s:
            s.execute(text("DELETE FROM plan_version"))
    assert _count(db, "plan_version") == plans > 0


def test_a_failed_clearing_leaves_rows_and_guards(db):
    _demo(db)
    guards, plans, activities = _triggers(db), _count(db, "plan_version"), _count(db, "propaganda_activity")
    with pytest.raises(ZeroDivisionError):
        with db.one_transaction():
            clear_records(db)
            assert _count(db, "plan_version") == 0  # inside the transaction it is empty
            1 / 0  # noqa: B018 - a failure after clearing, before the new data
    assert _triggers(db) == guards
    assert (_count(db, "plan_version"), _count(db, "propaganda_activity")) == (plans, activities)
