"""Targets across periods: a quarterly target in a longer report is judged quarter by quarter and met only if met in
every elapsed quarter; a yearly target in a quarterly report shows the year to date and its projection; yearly
hand-entered values appear only in views of their own period."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, strategies as st

from commune_desk.domain import indicators as ind
from commune_desk.domain.periods import Period
from commune_desk.domain.plans import Target
from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.services.targets.indicators import evaluate_plan
from commune_desk.storage.plan_repo import ManualValue, ManualValueRepository, PlanRepository
from tests.plans.helpers import simple_plan

EVERY_QUARTER = Target("CT1", "Mỗi quý ít nhất 2 hoạt động tuyên truyền", "PROP_ACTIVITIES", ">=", 2.0, "count",
                       "quarter")
YEARLY = Target("CT2", "Cả năm ít nhất 12 hoạt động tuyên truyền", "PROP_ACTIVITIES", ">=", 12.0, "count", "year")
PLAN_BUILT = Target("CT3", "Xây dựng kế hoạch", "PLAN_BUILT", ">=", 100.0, "%", "year")


@pytest.fixture
def quarters_db(db):
    """2026 (calendar): activities Q1 3, Q2 1 (below 2: missed), Q3 2, Q4 2."""
    from tests.propaganda import propaganda_repo

    PlanRepository(db, "t").store(simple_plan(2026, targets=(EVERY_QUARTER, YEARLY, PLAN_BUILT)))
    repo = propaganda_repo(db, "t", today=lambda: date(2027, 1, 31))
    for day in (date(2026, 1, 10), date(2026, 2, 10), date(2026, 3, 10), date(2026, 5, 5), date(2026, 7, 1),
                date(2026, 9, 30), date(2026, 10, 3), date(2026, 12, 31)):
        repo.add(PropagandaActivity(activity_date=day, form_code="loa", title="Phát thanh"))
    return db


def _results(db, period, as_of, until=None):
    plan = PlanRepository(db, "t").active_for_period(Period.parse(period))
    return {r.target.code: r for r in evaluate_plan(db, plan, as_of, period=Period.parse(period), until=until)}


def test_yearly_report_judges_an_every_quarter_target_on_every_quarter(quarters_db):
    r = _results(quarters_db, "2026", date(2027, 1, 10))["CT1"]
    assert [(p.period.code, p.value.numerator, p.status) for p in r.parts] == [
        ("2026-Q1", 3, ind.MET), ("2026-Q2", 1, ind.MISSED), ("2026-Q3", 2, ind.MET), ("2026-Q4", 2, ind.MET)]
    assert r.status == ind.MISSED                       # Q4 alone would say "met"
    assert r.value.numerator == 8 and r.period.code == "2026"


def test_nine_months_view_lists_only_the_elapsed_quarters(quarters_db):
    r = _results(quarters_db, "2026-9M", date(2026, 8, 15), until=date(2026, 8, 15))["CT1"]
    assert [p.period.code for p in r.parts] == ["2026-Q1", "2026-Q2", "2026-Q3"]
    assert r.parts[2].window == (date(2026, 7, 1), date(2026, 8, 15)) and r.parts[2].status == ind.ON_TRACK    # 1 by mid-quarter: 2 projected
    assert r.status == ind.MISSED


def test_half_view_met_only_if_every_quarter_met(db):
    from tests.propaganda import propaganda_repo

    PlanRepository(db, "t").store(simple_plan(2026, targets=(EVERY_QUARTER,)))
    repo = propaganda_repo(db, "t", today=lambda: date(2027, 1, 31))
    for day in (date(2026, 1, 5), date(2026, 2, 5), date(2026, 4, 5), date(2026, 6, 5)):
        repo.add(PropagandaActivity(activity_date=day, form_code="loa", title="x"))
    r = _results(db, "2026-H1", date(2026, 7, 5))["CT1"]
    assert [p.status for p in r.parts] == [ind.MET, ind.MET] and r.status == ind.MET


def test_yearly_target_in_a_quarter_report_shows_year_to_date_and_projection(quarters_db):
    r = _results(quarters_db, "2026-Q2", date(2026, 7, 5))["CT2"]
    assert r.period.code == "2026" and r.window == (date(2026, 1, 1), date(2026, 6, 30))
    assert r.period_window == (date(2026, 1, 1), date(2026, 12, 31))
    assert r.value.numerator == 4
    assert r.projection == pytest.approx(4 * 365 / 181)
    assert r.status == ind.AT_RISK                       # not "missed": the year is still running


@given(st.lists(st.sampled_from([ind.MET, ind.ON_TRACK, ind.AT_RISK, ind.MISSED, ind.NO_DATA]), max_size=4))
def test_combined_verdict_of_quarters(statuses):
    combined = ind.combine_parts(statuses)
    assert (combined == ind.MET) == (bool(statuses) and all(s == ind.MET for s in statuses))
    assert (combined == ind.MISSED) == (ind.MISSED in statuses)
    assert combined in statuses or not statuses


def test_yearly_hand_entered_value_only_in_views_of_the_year(quarters_db):
    ManualValueRepository(quarters_db, "t").set(ManualValue("PLAN_BUILT", "2026", 1, 1))
    q3 = _results(quarters_db, "2026-Q3", date(2026, 10, 5))["CT3"]          # a yearly target seen in Q3
    assert not q3.value.entered and q3.status == ind.NO_DATA
    year = _results(quarters_db, "2026", date(2027, 1, 10))["CT3"]
    assert year.value.entered and year.achieved == 100.0 and year.status == ind.MET


def test_hand_entered_quarter_values_show_in_longer_views(db):
    from commune_desk.storage.indicator_queries import manual_value
    from commune_desk.storage.sql_reader import SessionReader

    values = ManualValueRepository(db, "t")
    values.set(ManualValue("VIOLATIONS_HANDLED", "2026-Q1", 10, 100))
    values.set(ManualValue("VIOLATIONS_HANDLED", "2026-H1", 30, 100))
    values.set(ManualValue("VIOLATIONS_HANDLED", "2026", 50, 100))
    with db.read() as s:
        r = SessionReader(s)
        assert manual_value(r, "VIOLATIONS_HANDLED", "2026-Q1", date(2026, 3, 31)) == (10, 100)
        assert manual_value(r, "VIOLATIONS_HANDLED", "2026-Q2", date(2026, 6, 30)) is None
        assert manual_value(r, "VIOLATIONS_HANDLED", "2026-Q2", date(2026, 6, 30), year_to_date=True) == (30, 100)
        assert manual_value(r, "VIOLATIONS_HANDLED", "2026-9M", date(2026, 9, 30)) == (30, 100)
        assert manual_value(r, "VIOLATIONS_HANDLED", "2026", date(2026, 12, 31)) == (50, 100)
        assert manual_value(r, "VIOLATIONS_HANDLED", "2026-Q4", date(2026, 12, 31), year_to_date=True) == (50, 100)


def test_report_prints_each_quarter(quarters_db, tmp_path, qapp):
    from commune_desk.services.reports.report_service import generate
    from tests.reports.helpers import table_by_header

    files = generate(quarters_db, Period.parse("2026"), tmp_path, day=date(2027, 1, 10), number="2", actor="t",
                     today=date(2027, 1, 10))
    table = table_by_header(files.docx, "Chỉ tiêu")
    row = next(r for r in table if r[1] == EVERY_QUARTER.text)
    assert row[4].splitlines() == ["8", "Quý I năm 2026: 3 (Đạt)", "Quý II năm 2026: 1 (Không đạt)",
                                   "Quý III năm 2026: 2 (Đạt)", "Quý IV năm 2026: 2 (Đạt)"]
    assert row[6] == "Không đạt"
    assert replace(EVERY_QUARTER).period_scope == "quarter"
