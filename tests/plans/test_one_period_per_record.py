"""One period per record against the real database: stored plans give the scheme, SQL counts follow it.

The issue's case: a plan for 2026 with cut-off 15 and no plan for 2025 or 2027. A record of 20/12/2025 was counted
in both the 2025 and the 2026 yearly report; one of 20/12/2026 in none. Now each is counted exactly once.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import text

from commune_desk.domain.periods import CALENDAR, CutoffRule, Period, PeriodScheme
from commune_desk.storage.indicator_queries import compute
from commune_desk.storage.plan_repo import PlanRepository
from commune_desk.storage.sql_reader import SessionReader
from tests.plans.helpers import simple_plan as plan


def _insert(db, days) -> None:
    now = datetime(2026, 1, 1)
    with db.write() as s:
        s.execute(text("DELETE FROM propaganda_activity"))
        for day in days:
            s.execute(text("INSERT INTO propaganda_activity (activity_date, form_code, title, participants, "
                           "materials, target_groups, organiser, note, catalogue_version, search_text, created_at, "
                           "updated_at) VALUES (:d, 'loa_truyen_thanh', 'x', 1, 0, '', '', '', '', '', :n, :n)"),
                      {"d": day, "n": now})


def _count(db, window) -> int:
    with db.read() as s:
        return int(compute(SessionReader(s), "PROP_ACTIVITIES", window, period_code="2026", as_of=window[1]).numerator)


def test_stored_plan_2026_cutoff_15_counts_each_record_once(db):
    PlanRepository(db, "test").store(plan(2026, "15"))
    scheme = PlanRepository(db, "test").scheme()
    assert scheme.rules == {2026: CutoffRule(15)}
    _insert(db, [date(2025, 12, 20), date(2026, 12, 20)])
    years = {y: _count(db, scheme.window(Period(y, "year"))) for y in (2025, 2026, 2027)}
    assert years == {2025: 0, 2026: 1, 2027: 1}
    assert scheme.window(Period(2027, "quarter", 1)) == (date(2026, 12, 15), date(2027, 3, 14))


def test_report_of_a_year_without_plan_follows_the_known_rule(db):
    """The 2025 and 2027 yearly reports (no plan of their own) count in the windows the scheme gives."""
    from commune_desk.services.reports.report_data import collect

    PlanRepository(db, "test").store(plan(2026, "15"))
    _insert(db, [date(2025, 12, 20), date(2026, 12, 20), date(2025, 12, 10)])
    counts = {}
    for year in (2025, 2026, 2027):
        content = collect(db, Period(year, "year"), as_of=date(year + 1, 1, 20))
        counts[year] = content.figures["PROP_ACTIVITIES"].period.numerator
        assert content.window == PlanRepository(db, "t").scheme().window(Period(year, "year"))
    assert counts == {2025: 1, 2026: 1, 2027: 1}


def test_the_year_with_a_plan_decides_where_the_next_begins(db):
    """2026 calendar, 2027 cut-off 15: 20/12/2026 stays in 2026, 2027 starts on 01/01/2027."""
    repo = PlanRepository(db, "test")
    repo.store(plan(2026, "calendar"))
    repo.store(plan(2027, "15"))
    scheme = repo.scheme()
    _insert(db, [date(2026, 12, 20), date(2027, 1, 2)])
    assert _count(db, scheme.window(Period(2026, "year"))) == 1
    assert scheme.window(Period(2027, "year")) == (date(2027, 1, 1), date(2027, 12, 14))
    assert _count(db, scheme.window(Period(2027, "quarter", 1))) == 1


RULES = st.one_of(st.just(CALENDAR), st.integers(2, 28).map(CutoffRule))


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    from commune_desk.storage.database import open_database

    database = open_database(tmp_path_factory.mktemp("scheme") / "scheme.db")
    yield database
    database.dispose()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.integers(2025, 2027), RULES, max_size=3),
       st.lists(st.dates(date(2024, 11, 1), date(2028, 2, 28)), max_size=25))
def test_sql_counts_per_quarter_add_up_to_the_records(shared_db, rules, days):
    """The engine's SQL over each quarter's window, summed over 2024–2028, counts every record exactly once."""
    scheme = PeriodScheme(rules)
    _insert(shared_db, days)
    per_quarter = {(y, i): _count(shared_db, scheme.window(Period(y, "quarter", i)))
                   for y in range(2024, 2029) for i in (1, 2, 3, 4)}
    inside = [d for d in days if scheme.window(Period(2024, "year"))[0] <= d <= scheme.window(Period(2028, "year"))[1]]
    assert sum(per_quarter.values()) == len(inside) == len(days)
    for y in range(2024, 2029):
        assert sum(per_quarter[(y, i)] for i in (1, 2, 3, 4)) == _count(shared_db, scheme.window(Period(y, "year")))
