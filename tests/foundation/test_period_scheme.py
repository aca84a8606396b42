"""One period per record: property tests of PeriodScheme over random dates and cut-off rules (calendar, 2–28).

Every day belongs to exactly one month, quarter, half and year; quarters nest in halves, halves and the nine
months in years; consecutive years meet without gap or overlap even when their rules differ or a year has no
plan; and records counted quarter by quarter add up to the records counted by year.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from commune_desk.domain.periods import (CALENDAR, CALENDAR_SCHEME, ND09_2019, CutoffRule, Period, PeriodScheme)

RULES = st.one_of(st.just(CALENDAR), st.integers(2, 28).map(CutoffRule))
YEARS = range(2018, 2034)
# Some years have a plan (with its rule), others none: the scheme must fill the gaps.
SCHEMES = st.builds(PeriodScheme, st.dictionaries(st.integers(2020, 2031), RULES, max_size=6), RULES)
DAYS = st.dates(date(2019, 6, 1), date(2032, 6, 30))


def _quarters(year):
    return [Period(year, "quarter", i) for i in (1, 2, 3, 4)]


def _containing(scheme, periods, day):
    return [p for p in periods if scheme.window(p)[0] <= day <= scheme.window(p)[1]]


@settings(max_examples=300, deadline=None)
@given(SCHEMES, DAYS)
def test_every_day_is_in_exactly_one_month_quarter_half_and_year(scheme, day):
    years = (day.year - 1, day.year, day.year + 1)
    kinds = {
        "month": [Period(y, "month", m) for y in years for m in range(1, 13)],
        "quarter": [q for y in years for q in _quarters(y)],
        "half": [Period(y, "half", h) for y in years for h in (1, 2)],
        "year": [Period(y, "year") for y in years],
    }
    for kind, periods in kinds.items():
        found = _containing(scheme, periods, day)
        assert len(found) == 1, (kind, day, found)
        assert scheme.period_of(day, kind) == found[0]
    nine = _containing(scheme, [Period(y, "nine_months") for y in years], day)
    quarter = scheme.period_of(day, "quarter")
    assert len(nine) == (1 if quarter.index <= 3 else 0)
    if nine:
        assert nine[0].year == quarter.year


@settings(max_examples=200, deadline=None)
@given(SCHEMES, st.integers(2019, 2032))
def test_periods_nest_and_years_meet(scheme, year):
    q = [scheme.window(p) for p in _quarters(year)]
    for a, b in zip(q, q[1:]):
        assert b[0] == a[1] + timedelta(days=1)                 # quarters follow each other
        assert a[0] <= a[1]
    h1, h2 = scheme.window(Period(year, "half", 1)), scheme.window(Period(year, "half", 2))
    assert h1 == (q[0][0], q[1][1]) and h2 == (q[2][0], q[3][1])
    assert scheme.window(Period(year, "nine_months")) == (q[0][0], q[2][1])
    whole = scheme.window(Period(year, "year"))
    assert whole == (q[0][0], q[3][1])
    nxt = scheme.window(Period(year + 1, "year"))
    assert nxt[0] == whole[1] + timedelta(days=1)                # no day between two years, none in both
    months = [scheme.window(Period(year, "month", m)) for m in range(1, 13)]
    assert months[0][0] == whole[0] and months[-1][1] == whole[1]
    assert all(b[0] == a[1] + timedelta(days=1) for a, b in zip(months, months[1:]))
    assert scheme.year_to_date(Period(year, "quarter", 3)) == (whole[0], q[2][1])


@settings(max_examples=200, deadline=None)
@given(RULES, st.integers(2019, 2032), st.sampled_from(["quarter", "half", "nine_months", "year", "month"]),
       st.integers(1, 12))
def test_one_rule_everywhere_is_the_rule_itself(rule, year, kind, index):
    """With one rule for all years the scheme gives exactly the rule's own windows (NĐ 09/2019 for day 15)."""
    indexes = {"quarter": 4, "half": 2, "month": 12}
    period = Period(year, kind, (index - 1) % indexes[kind] + 1 if kind in indexes else 0)
    assert PeriodScheme.uniform(rule).window(period) == rule.window(period)
    assert PeriodScheme({year: rule}).window(period) == rule.window(period)


@settings(max_examples=200, deadline=None)
@given(SCHEMES, st.integers(2019, 2032))
def test_a_year_with_a_plan_keeps_its_rule_from_its_second_month(scheme, year):
    """The plan's own rule decides every month end of its year; only the first start follows the year before."""
    rule = scheme.rule_for(year)
    for m in range(1, 13):
        assert scheme.window(Period(year, "month", m))[1] == rule.window(Period(year, "month", m))[1]
    if scheme.rule_for(year - 1) == rule:
        assert scheme.window(Period(year, "year")) == rule.window(Period(year, "year"))


@settings(max_examples=150, deadline=None)
@given(SCHEMES, st.lists(DAYS, max_size=60))
def test_every_record_counted_once_across_the_four_quarters(scheme, days):
    """Records counted per quarter add up to the records of the year, and over all years to all records."""
    years = range(min((d.year for d in days), default=2020) - 1, max((d.year for d in days), default=2020) + 2)
    total = 0
    for year in years:
        per_quarter = [sum(1 for d in days if scheme.window(p)[0] <= d <= scheme.window(p)[1])
                       for p in _quarters(year)]
        start, end = scheme.window(Period(year, "year"))
        assert sum(per_quarter) == sum(1 for d in days if start <= d <= end)
        total += sum(per_quarter)
    assert total == len(days)


def test_last_known_rule_goes_on_and_first_rule_goes_back():
    """Plan 2026 with cut-off 15, no plan for 2025 or 2027: 20/12/2025 is in 2026 only, 20/12/2026 in 2027."""
    scheme = PeriodScheme({2026: ND09_2019})
    assert scheme.rule_for(2025) == ND09_2019 and scheme.rule_for(2027) == ND09_2019
    assert scheme.period_of(date(2025, 12, 20), "year") == Period(2026, "year")
    assert scheme.period_of(date(2026, 12, 20), "year") == Period(2027, "year")
    assert scheme.window(Period(2025, "year")) == (date(2024, 12, 15), date(2025, 12, 14))
    assert scheme.window(Period(2027, "quarter", 1)) == (date(2026, 12, 15), date(2027, 3, 14))


def test_rule_change_between_years_leaves_no_gap():
    """2026 calendar, 2027 cut-off 15: 2026 keeps its end (31/12), 2027's first quarter starts 01/01."""
    scheme = PeriodScheme({2026: CALENDAR, 2027: ND09_2019})
    assert scheme.window(Period(2026, "year")) == (date(2026, 1, 1), date(2026, 12, 31))
    assert scheme.window(Period(2027, "quarter", 1)) == (date(2027, 1, 1), date(2027, 3, 14))
    assert scheme.window(Period(2027, "quarter", 2)) == (date(2027, 3, 15), date(2027, 6, 14))
    back = PeriodScheme({2026: ND09_2019, 2027: CALENDAR})
    assert back.window(Period(2027, "quarter", 1)) == (date(2026, 12, 15), date(2027, 3, 31))


def test_calendar_scheme_is_the_calendar():
    assert CALENDAR_SCHEME.window(Period(2024, "month", 2)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert CALENDAR_SCHEME.period_of(date(2026, 12, 31), "year") == Period(2026, "year")
