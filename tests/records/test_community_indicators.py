"""The model and team indicators mean what docs/plan-template.md says, proved against plain re-computations.

- status over time: a day-by-day replay of the status changes (not the code under test) decides "operating on
  a day" and "operating through a window"; MODELS_OPERATING / MODELS_MAINTAINED from SQL must agree with it;
- persons, not attendances: every quarter's figures fall in exactly one quarter, half and year window under
  every cut-off rule, so the quarters of a year add up to the year and nothing is counted twice or lost;
- TEAM_ACTIVITIES counts the propaganda, support and tip-offs a team carried out, by kind of team.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from commune_desk.domain.periods import CALENDAR, CutoffRule, Period, PeriodScheme
from commune_desk.domain.records.community import (
    CLOSED, MODEL_STATUSES, OPERATING, PAUSED, operating_through, quarter_anchor, status_on,
)
from commune_desk.storage.indicator_queries import compute
from commune_desk.storage.sql_reader import SessionReader

from .plan_rules import use_scheme

DAY0 = date(2025, 1, 1)
HORIZON = 730
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def replay(set_up: date, changes: list[tuple[date, str]], day: date) -> str:
    """Walk the calendar from the set-up day, applying each day's changes in the order they were entered."""
    if day < set_up:
        return ""
    current = OPERATING
    d = min([set_up] + [c[0] for c in changes])
    while d <= day:
        for when, status in changes:         # entry order: the last one entered on a day wins
            if when == d:
                current = status
        d += timedelta(days=1)
    return current


days = st.integers(0, HORIZON).map(lambda n: DAY0 + timedelta(days=n))
changes_st = st.lists(st.tuples(days, st.sampled_from(MODEL_STATUSES)), max_size=6)


@given(days, changes_st, days)
@settings(max_examples=300, deadline=None)
def test_status_on_a_day_is_the_replayed_status(set_up, changes, day):
    assert status_on(set_up, changes, day) == replay(set_up, changes, day)


@given(days, changes_st, days, st.integers(0, 200))
@settings(max_examples=300, deadline=None)
def test_operating_through_means_every_day_of_the_window(set_up, changes, start, length):
    end = start + timedelta(days=length)
    every_day = all(replay(set_up, changes, start + timedelta(days=i)) == OPERATING for i in range(length + 1))
    assert operating_through(set_up, changes, start, end) == every_day


def test_status_examples():
    set_up = date(2026, 3, 1)
    changes = [(date(2026, 6, 1), PAUSED), (date(2026, 6, 1), OPERATING), (date(2026, 10, 1), CLOSED)]
    assert status_on(set_up, changes, date(2026, 2, 28)) == ""
    assert status_on(set_up, changes, date(2026, 6, 1)) == OPERATING          # entered last on that day
    assert status_on(set_up, changes, date(2026, 12, 31)) == CLOSED
    assert not operating_through(set_up, changes, date(2026, 1, 1), date(2026, 6, 30))   # set up in the window
    assert operating_through(set_up, changes, date(2026, 4, 1), date(2026, 9, 30))
    assert not operating_through(set_up, changes, date(2026, 4, 1), date(2026, 10, 1))


# ---- through the SQL engine --------------------------------------------------------------------------------------
models_st = st.lists(st.tuples(days, st.sampled_from(("ho_tro_nguoi_ban_dam", "nang_luc_dong_dang", "khac")),
                               changes_st), min_size=1, max_size=5)


def _load_models(db, models) -> None:
    with db.write() as s:
        for table in ("community_model_served", "community_model_figures", "community_model_status",
                      "community_model"):
            s.execute(text(f"DELETE FROM {table}"))
        sid = 0
        for mid, (set_up, kind, changes) in enumerate(models, start=1):
            s.execute(text("INSERT INTO community_model (id, code, name, kind_code, set_up_date, partner, unit_codes,"
                           " note, catalogue_version, created_at, updated_at) VALUES (:id, :code, 'Mô hình', :kind,"
                           " :day, '', '', '', '', '2026-01-01', '2026-01-01')"),
                      {"id": mid, "code": f"MH{mid}", "kind": kind, "day": set_up.isoformat()})
            for when, status in changes:
                sid += 1
                s.execute(text("INSERT INTO community_model_status (id, model_id, status_date, status, note, "
                               "created_at, updated_at) VALUES (:id, :m, :d, :st, '', '2026-01-01', '2026-01-01')"),
                          {"id": sid, "m": mid, "d": when.isoformat(), "st": status})


@given(models=models_st, start=days, length=st.integers(0, 400), seen=st.integers(0, 500))
@FAST
def test_sql_counts_agree_with_the_replay(db, models, start, length, seen):
    """Counted on the window's last day, or on the day the figure is computed (`as_of`) when that comes first."""
    end = start + timedelta(days=length)
    as_of = start + timedelta(days=seen)
    day = min(end, as_of)
    _load_models(db, models)
    with db.read() as s:
        r = SessionReader(s)
        operating = compute(r, "MODELS_OPERATING", (start, end), period_code="x", as_of=as_of)
        maintained = compute(r, "MODELS_MAINTAINED", (start, end), period_code="x", as_of=as_of)
    want_op = Counter(k for set_up, k, ch in models if replay(set_up, ch, day) == OPERATING)
    want_mt = Counter(k for set_up, k, ch in models
                      if all(replay(set_up, ch, start + timedelta(days=i)) == OPERATING
                             for i in range((day - start).days + 1)))
    assert operating.numerator == sum(want_op.values()) and dict(operating.breakdown) == dict(want_op)
    assert maintained.numerator == sum(want_mt.values()) and dict(maintained.breakdown) == dict(want_mt)
    assert maintained.numerator <= operating.numerator
    assert operating.denominator is None


cutoffs = st.one_of(st.just(CALENDAR), st.integers(2, 28).map(lambda d: CutoffRule(d)))


@given(st.integers(2001, 2099), st.integers(1, 4), cutoffs)
@settings(max_examples=300, deadline=None)
def test_a_quarter_falls_in_exactly_one_quarter_half_and_year(year, index, rule):
    anchor = quarter_anchor(f"{year}-Q{index}")

    def holding(kind, indexes):
        return [(y, i) for y in (year - 1, year, year + 1) for i in indexes
                if rule.window(Period(y, kind, i))[0] <= anchor <= rule.window(Period(y, kind, i))[1]]

    assert holding("quarter", (1, 2, 3, 4)) == [(year, index)]
    assert holding("half", (1, 2)) == [(year, 1 if index <= 2 else 2)]
    assert holding("year", (0,)) == [(year, 0)]


def test_only_quarter_codes_have_an_anchor():
    assert quarter_anchor("2026-Q1") == date(2026, 2, 15)
    assert quarter_anchor("2026-Q4") == date(2026, 11, 15)
    for bad in ("2026-H1", "2026", "2026-Q5", "2026-q1 ", "", "Q1-2026"):
        assert quarter_anchor(bad) is None, bad


figures_st = st.lists(st.tuples(st.integers(2025, 2027), st.integers(1, 4), st.integers(0, 50), st.integers(0, 50)),
                      max_size=12, unique_by=lambda f: (f[0], f[1]))


@given(figures=figures_st, rule=cutoffs)
@FAST
def test_persons_of_the_quarters_add_up_to_the_year(db, figures, rule):
    _load_models(db, [(date(2020, 1, 1), "khac", [])])
    use_scheme(db, PeriodScheme.uniform(rule))       # the plans state the rule the windows below follow
    with db.write() as s:
        for i, (year, q, women, men) in enumerate(figures, start=1):
            s.execute(text("INSERT INTO community_model_figures (id, model_id, quarter, anchor_date, sessions, "
                           "referrals, note, created_at, updated_at) VALUES (:id, 1, :q, :a, 1, 0, '', "
                           "'2026-01-01', '2026-01-01')"),
                      {"id": i, "q": f"{year}-Q{q}", "a": quarter_anchor(f"{year}-Q{q}").isoformat()})
            s.execute(text("INSERT INTO community_model_served (figures_id, sex, age_group_code, persons) VALUES "
                           "(:id, 'nu', '18_30', :n), (:id, 'nam', '31_45', :m)"), {"id": i, "n": women, "m": men})

    def served(period: Period) -> tuple[int, dict]:
        with db.read() as s:
            v = compute(SessionReader(s), "MODEL_PEOPLE_SERVED", rule.window(period), period_code=period.code,
                        as_of=date(2030, 1, 1))
        return v.numerator, dict(v.breakdown)

    year, by_sex = served(Period(2026, "year"))
    quarters = [served(Period(2026, "quarter", i)) for i in (1, 2, 3, 4)]
    halves = [served(Period(2026, "half", i)) for i in (1, 2)]
    want = sum(w + m for y, _q, w, m in figures if y == 2026)
    assert year == want == sum(n for n, _ in quarters) == sum(n for n, _ in halves)
    assert by_sex.get("nu", 0) == sum(w for y, _q, w, _m in figures if y == 2026)


def test_team_activities_count_what_each_kind_of_team_carried_out(db):
    from commune_desk.domain.propaganda import PropagandaActivity
    from commune_desk.domain.records import Support, TipOff
    from commune_desk.domain.records.community import Team
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.services.demo_data.demo import demo_profile
    from commune_desk.storage import records_repos as rr
    from commune_desk.storage.profile_repo import ProfileRepository
    from tests.propaganda import propaganda_repo

    ProfileRepository(db, "t").save(demo_profile(4))
    kw = {"today": lambda: date(2026, 11, 20), "catalogues": default_catalogues()}
    rr.TeamRepository(db, "t", **kw).add(Team("DCTXH", "Đội CTXH tình nguyện", "doi_ctxh", date(2024, 1, 1)))
    rr.TeamRepository(db, "t", **kw).add(Team("DD1", "Nhóm đồng đẳng Thôn 1", "nhom_dong_dang", date(2024, 1, 1)))
    prop = propaganda_repo(db, "t", today=kw["today"])
    for day, team in ((date(2026, 1, 5), "DCTXH"), (date(2026, 2, 5), "DCTXH"), (date(2026, 4, 5), "DD1"),
                      (date(2026, 4, 6), "")):
        prop.add(PropagandaActivity(day, "loa", "Phát thanh", team_code=team))
    rr.SupportRepository(db, "t", **kw).add(Support(date(2026, 3, 1), "tu_van", 3, team_code="DD1"))
    rr.TipOffRepository(db, "t", **kw).add(TipOff(date(2026, 3, 31), "Tin báo", team_code="DCTXH"))
    rr.TipOffRepository(db, "t", **kw).add(TipOff(date(2025, 12, 31), "Tin báo năm trước", team_code="DCTXH"))
    with db.read() as s:
        q1 = compute(SessionReader(s), "TEAM_ACTIVITIES", (date(2026, 1, 1), date(2026, 3, 31)), period_code="2026-Q1",
                     as_of=date(2026, 11, 20))
        year = compute(SessionReader(s), "TEAM_ACTIVITIES", (date(2026, 1, 1), date(2026, 12, 31)),
                       period_code="2026", as_of=date(2026, 11, 20))
    assert (q1.numerator, dict(q1.breakdown)) == (4, {"doi_ctxh": 3, "nhom_dong_dang": 1})
    assert (year.numerator, dict(year.breakdown)) == (5, {"doi_ctxh": 3, "nhom_dong_dang": 2})


@pytest.mark.parametrize("code", ["MODELS_OPERATING", "MODELS_MAINTAINED", "MODEL_PEOPLE_SERVED", "TEAM_ACTIVITIES"])
def test_catalogue_entries_roll_up_by_sum(code):
    from commune_desk.domain.indicators import CATALOGUE

    d = CATALOGUE[code]
    assert d.rollup == "sum" and not d.manual and d.kind in ("count", "sum") and d.units == ("count",)
    assert d.accumulates == (code in ("MODEL_PEOPLE_SERVED", "TEAM_ACTIVITIES"))


@given(st.dictionaries(st.integers(2024, 2028), cutoffs, max_size=4), st.integers(2024, 2028), st.integers(1, 4))
@settings(max_examples=300, deadline=None)
def test_a_quarter_falls_in_its_own_quarter_under_any_period_scheme(rules, year, index):
    """Also when consecutive years follow different plans' rules (domain.periods.PeriodScheme)."""
    from commune_desk.domain.periods import PeriodScheme

    scheme = PeriodScheme(rules)
    anchor = quarter_anchor(f"{year}-Q{index}")
    assert scheme.period_of(anchor, "quarter") == Period(year, "quarter", index)
    assert scheme.period_of(anchor, "year") == Period(year, "year")
    start, end = scheme.window(Period(year, "quarter", index))
    assert start <= anchor <= end
