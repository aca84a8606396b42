"""Pure plan and indicator rules: due dates, deadlines, status from projection, roll-up, comparisons, diff."""

from dataclasses import replace
from datetime import date

import pytest

from commune_desk.domain import indicators as ind
from commune_desk.domain.indicators import CATALOGUE, IndicatorValue, compare, rollup, status
from commune_desk.domain.periods import Period
from commune_desk.domain.plans import (Deadline, DeadlineError, DueRule, Plan, Target, diff_plans, next_deadlines,
                                       report_status, schedule)


def _plan(**kw):
    base = Plan("P", 1, "t", "office", 2024, "recv", deadlines=(
        Deadline("quarter", DueRule.parse("day 10 of last month of quarter", 2024)),
        Deadline("half", DueRule.parse("05/06", 2024)),
        Deadline("year", DueRule.parse("15/11", 2024))),
        targets=(Target("CT1", "x", "PROP_UNITS", ">=", 25.0, "%", "year"),))
    return replace(base, **kw)


def test_seed_001_deadlines():
    due = {p.code: d for p, d, _ in schedule(_plan())}
    assert due == {"2024-Q1": date(2024, 3, 10), "2024-Q2": date(2024, 6, 10), "2024-Q3": date(2024, 9, 10),
                   "2024-Q4": date(2024, 12, 10), "2024-H1": date(2024, 6, 5), "2024": date(2024, 11, 15)}


def test_vietnamese_rule_and_month_after():
    assert DueRule.parse("ngày 10 tháng cuối quý", 2024).due(Period(2024, "quarter", 2)) == date(2024, 6, 10)
    assert DueRule.parse("day 5 of month after period", 2024).due(Period(2024, "quarter", 4)) == date(2025, 1, 5)


@pytest.mark.parametrize("text", ["31/02", "day 31 of last month of quarter", "soon", ""])
def test_bad_due_rules(text):
    with pytest.raises(DeadlineError):
        DueRule.parse(text, 2024)


def test_next_deadlines_days_left_and_status():
    rows = next_deadlines(_plan(), date(2024, 6, 1), count=2)
    assert [(r.period.code, r.days_left, r.status) for r in rows] == [("2024-H1", 4, "pending"),
                                                                      ("2024-Q2", 9, "pending")]
    sent = next_deadlines(_plan(), date(2024, 6, 1), count=1, submitted={"2024-Q1": date(2024, 3, 9)})
    assert [r.period.code for r in sent] == ["2024-H1"]
    late = next_deadlines(_plan(), date(2024, 6, 1), count=1, submitted={})
    assert [(r.period.code, r.status) for r in late] == [("2024-Q1", "overdue"), ("2024-H1", "pending")]
    assert report_status(date(2024, 6, 5), date(2024, 7, 1), date(2024, 6, 5)) == "on_time"
    assert report_status(date(2024, 6, 5), date(2024, 7, 1), date(2024, 6, 6)) == "late"


def test_status_projection():
    kw = dict(start=date(2024, 1, 1), end=date(2024, 12, 31), accumulates=True)
    assert status(30, ">=", 30, as_of=date(2024, 3, 1), **kw)[0] == ind.MET
    # 10 by the end of June projects to about 20 by year end.
    st, proj = status(10, ">=", 15, as_of=date(2024, 6, 30), **kw)
    assert st == ind.ON_TRACK and proj == pytest.approx(10 * 366 / 182)
    assert status(5, ">=", 15, as_of=date(2024, 6, 30), **kw)[0] == ind.AT_RISK
    assert status(5, ">=", 15, as_of=date(2024, 12, 31), **kw)[0] == ind.MISSED
    assert status(12, "<=", 10, as_of=date(2024, 6, 30), **kw)[0] == ind.MISSED
    assert status(None, ">=", 10, as_of=date(2024, 6, 30), **kw)[0] == ind.NO_DATA
    rate = dict(kw, accumulates=False)
    assert status(100, ">=", 100, as_of=date(2024, 6, 30), **rate)[0] == ind.ON_TRACK
    assert status(90, ">=", 100, as_of=date(2024, 6, 30), **rate)[0] == ind.AT_RISK


def test_values_and_rollup():
    v = IndicatorValue("BIZ_INSPECTED", 3, 8)
    assert v.value_in("%") == 37.5 and v.value_in("count") == 3
    values = {"A": IndicatorValue("PROP_UNITS", 2, 8), "B": IndicatorValue("PROP_UNITS", 5, 10),
              "C": IndicatorValue("PROP_UNITS", 0, 0)}
    share = rollup(CATALOGUE["PROP_UNITS"], values, op=">=", target=25)
    assert (share.numerator, share.denominator, share.meeting) == (2, 3, ("A", "B"))
    summed = rollup(CATALOGUE["BIZ_INSPECTED"], {"A": IndicatorValue("BIZ_INSPECTED", 3, 8),
                                                 "B": IndicatorValue("BIZ_INSPECTED", 1, 2)})
    assert (summed.numerator, summed.denominator, summed.percent) == (4, 10, 40.0)
    assert compare(30, ">=", 30) and compare(0, "=", 0) and not compare(31, "<=", 30)
    assert ind.format_vi(1350) == "1.350" and ind.format_vi(12.5, "%") == "12,5%"


def test_diff_and_digest():
    old = _plan()
    new = replace(old, version=2, targets=(Target("CT1", "x", "PROP_UNITS", ">=", 30.0, "%", "year"),
                                           Target("CT2", "y", "PENALTIES", "<=", 5.0, "count", "quarter")))
    lines = diff_plans(old, new)
    assert "~ settings.version: 1 -> 2" in lines
    assert "~ target CT1.value: 25 -> 30" in lines
    assert any(line.startswith("+ target CT2") for line in lines)
    assert old.digest() != new.digest() and Plan.from_json(new.to_json()) == new
