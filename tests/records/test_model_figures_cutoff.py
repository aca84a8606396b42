"""A model's quarterly figures and the data cut-off, under any period scheme (calendar and day-N cut-off rules,
years that change rule): (a) a figure never states data counted after the cut-off, (b) each quarter's figures
land in exactly one period of each kind, (c) a quarter's figures count in that quarter's own report under any
cut-off rule, (d) a signed period locks exactly the figures it stated, never a later quarter.

The expected values are recomputed here in plain Python from the generated inputs: a figure of quarter q (data
window [qs, qe] under the scheme) counted to day t is known on min(max(t, qs), qe) (qe when t is empty), and a
report whose window starts on ws and whose data stop on `cut` states it when ws <= qs <= cut and known <= cut.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from commune_desk.domain.errors import Locked, ValidationFailed
from commune_desk.domain.periods import CALENDAR, CutoffRule, Period, PeriodScheme
from commune_desk.domain.records.community import CommunityModel, ModelFigures, figures_counted_in

from .plan_rules import use_scheme

TODAY = date(2027, 3, 1)
YEARS = (2025, 2026, 2027)
FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

rules_st = st.one_of(st.just(CALENDAR), st.integers(2, 28).map(CutoffRule))
# Every year's rule (a plan per year) or some years without a plan (the nearest known rule goes on).
scheme_st = st.dictionaries(st.sampled_from(YEARS), rules_st, max_size=3).map(PeriodScheme)


def _known(scheme: PeriodScheme, quarter: str, counted_to: date | None) -> tuple[date, date, date]:
    qs, qe = scheme.window(Period.parse(quarter))
    return qs, qe, qe if counted_to is None else min(max(counted_to, qs), qe)


def _stated(scheme: PeriodScheme, quarter: str, counted_to: date | None, start: date, cut: date) -> bool:
    qs, _qe, known = _known(scheme, quarter, counted_to)
    return start <= qs <= cut and known <= cut


def _periods(kind: str) -> list[Period]:
    indices = {"quarter": (1, 2, 3, 4), "half": (1, 2), "year": (0,)}[kind]
    return [Period(y, kind, i) for y in (2024, *YEARS, 2028) for i in indices]


# ---- the rule itself, pure ----------------------------------------------------------------------------------
@given(
    scheme=scheme_st,
    year=st.sampled_from(YEARS),
    index=st.integers(1, 4),
    offset=st.one_of(st.none(), st.integers(-40, 130)),
)
@settings(max_examples=300, deadline=None)
def test_each_quarter_lands_in_exactly_one_period_and_in_its_own_report(scheme, year, index, offset):
    quarter = f"{year}-Q{index}"
    qs, qe = scheme.window(Period(year, "quarter", index))
    counted_to = None if offset is None else qs + timedelta(days=offset)
    for kind in ("quarter", "half", "year"):
        # (b) reports made once each period's data are complete: exactly one of each kind states the figures
        holding = [
            p
            for p in _periods(kind)
            if figures_counted_in(quarter, counted_to, scheme, scheme.window(p), scheme.window(p)[1])
        ]
        assert len(holding) == 1, (kind, holding)
        assert scheme.window(holding[0])[0] <= qs <= qe <= scheme.window(holding[0])[1]
    # (c) the quarter's own report, cut on its last data day, states its figures however far they are counted
    assert figures_counted_in(quarter, counted_to, scheme, (qs, qe), qe)
    # (a) a report cut before the day the figures are counted to never states them
    _qs, _qe, known = _known(scheme, quarter, counted_to)
    if known > qs:
        assert not figures_counted_in(quarter, counted_to, scheme, (qs, known - timedelta(days=1)), known)


def test_the_day_n_rule_keeps_a_quarter_in_its_own_report():
    """The flaw of the first attempt: a calendar cap dropped day-15 quarters out of their own report."""
    scheme = PeriodScheme({2026: CutoffRule(15)})
    q4 = scheme.window(Period.parse("2026-Q4"))
    assert q4 == (date(2026, 9, 15), date(2026, 12, 14))
    for counted_to in (None, date(2026, 12, 14), date(2026, 12, 31), date(2027, 1, 20)):
        assert figures_counted_in("2026-Q4", counted_to, scheme, q4, q4[1]), counted_to
    assert not figures_counted_in("2026-Q4", date(2026, 12, 1), scheme, (q4[0], date(2026, 11, 20)), date(2026, 11, 20))


# ---- through the database: indicator, report lines, the sentence's quarters, the lock -------------------------
def _repos(db):
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage import records_repos as rr

    kw = {"today": lambda: TODAY, "catalogues": default_catalogues()}
    return rr.ModelRepository(db, "t", **kw), rr.ModelFiguresRepository(db, "t", **kw)


@pytest.fixture
def models_db(db):
    from commune_desk.services.demo_data.demo import demo_profile
    from commune_desk.storage.profile_repo import ProfileRepository

    ProfileRepository(db, "t").save(demo_profile(4))
    models, _figures = _repos(db)
    models.add(CommunityModel("MH01", "Điểm tư vấn", "ho_tro_nguoi_ban_dam", date(2024, 1, 1)))
    models.add(CommunityModel("MH02", "Nhóm đồng đẳng", "nang_luc_dong_dang", date(2024, 1, 1)))
    return db


def _use(db, scheme: PeriodScheme) -> PeriodScheme:
    """The scheme in force in `db`, with no figures or signed period left from an earlier example."""
    with db.write() as s:
        for table in ("community_model_served", "community_model_figures", "period_state"):
            s.execute(text(f"DELETE FROM {table}"))
    return use_scheme(db, scheme)


# Slots (model, year, quarter) around 2026, each filled or not: (women, men, days counted to after the quarter's
# first data day, or None: the whole quarter).
SLOTS = [
    (m, y, q) for m in ("MH01", "MH02") for y, q in ((2025, 4), (2026, 1), (2026, 2), (2026, 3), (2026, 4), (2027, 1))
]
slot_st = st.one_of(
    st.none(), st.tuples(st.integers(0, 30), st.integers(0, 30), st.one_of(st.none(), st.integers(0, 130)))
)
figures_st = st.lists(slot_st, min_size=len(SLOTS), max_size=len(SLOTS)).map(
    lambda filled: [(*slot, *f) for slot, f in zip(SLOTS, filled) if f is not None]
)


@given(
    scheme=scheme_st,
    figures=figures_st,
    kind=st.sampled_from(("year", "year", "half", "quarter")),
    day=st.dates(date(2026, 1, 1), date(2026, 12, 31)),
)
@FAST
def test_a_report_states_exactly_the_figures_counted_to_its_cut_off(models_db, scheme, figures, kind, day):
    from commune_desk.domain.period_state import SIGNED, PeriodState
    from commune_desk.services.reports.report_community import late_quarters, model_lines
    from commune_desk.storage.indicator_queries import compute
    from commune_desk.storage.period_repo import PeriodStateRepository
    from commune_desk.storage.sql_reader import SessionReader

    db = models_db
    scheme = _use(db, scheme)
    _models, repo = _repos(db)
    stored = []
    for code, year, index, women, men, days in figures:
        quarter = f"{year}-Q{index}"
        qs, _qe = scheme.window(Period(year, "quarter", index))
        counted_to = None if days is None else min(qs + timedelta(days=days), TODAY)
        rec = repo.add(
            ModelFigures(code, quarter, (("nu.18_30", women), ("nam.31_45", men)), 1, 0, counted_to=counted_to)
        )
        stored.append((rec, women, men))
    period = scheme.period_of(day, kind)  # the report of the period holding `day`, cut on `day`
    start = scheme.window(period)[0]
    window = (start, day)
    stated = [(rec, w, m) for rec, w, m in stored if _stated(scheme, rec.quarter, rec.counted_to, start, day)]
    late = sorted(
        {
            rec.quarter
            for rec, _w, _m in stored
            if start <= _known(scheme, rec.quarter, None)[0] <= day
            and not _stated(scheme, rec.quarter, rec.counted_to, start, day)
        }
    )
    with db.read() as s:
        value = compute(SessionReader(s), "MODEL_PEOPLE_SERVED", window, period_code=period.code, as_of=day)
        lines = model_lines(s, window, window, day)
        assert late_quarters(s, window, day) == late
    # (a) only figures counted to the cut-off or before, and all of them
    assert all(_known(scheme, rec.quarter, rec.counted_to)[2] <= day for rec, _w, _m in stated)
    assert value.numerator == sum(w + m for _r, w, m in stated) == sum(x["persons"] for x in lines)
    assert dict(value.breakdown).get("nu", 0) == sum(w for _r, w, _m in stated)
    assert sum(x["sessions"] for x in lines) == len(stated)
    event(f"stated {min(len(stated), 2)}, left out {min(len(late), 1)}")
    # (d) signing that report locks what it stated and nothing else (a later quarter, figures counted later)
    PeriodStateRepository(db, "t").set(PeriodState(period.code, SIGNED, 1, "a" * 64, start, day))
    assert PeriodStateRepository(db, "t").records_dated(start, day) == len(stated)
    locked = set()
    for rec, _w, _m in stored:
        try:
            repo.update(replace(rec, note="sửa sau khi ký"))
        except Locked:
            locked.add(rec.id)
    assert locked == {rec.id for rec, _w, _m in stated}
    # moving unlocked figures back to the signed cut-off would change what the signed report states: refused
    for rec, _w, _m in stored:
        if rec.id not in locked and _stated(scheme, rec.quarter, day, start, day):
            with pytest.raises(Locked):
                repo.update(replace(rec, counted_to=day))


@given(scheme=scheme_st, figures=figures_st)
@FAST
def test_quarters_add_up_to_the_year_once_the_data_are_complete(models_db, scheme, figures):
    from commune_desk.storage.indicator_queries import compute
    from commune_desk.storage.sql_reader import SessionReader

    db = models_db
    scheme = _use(db, scheme)
    _models, repo = _repos(db)
    want = 0
    for code, year, index, women, men, days in figures:
        qs, _qe = scheme.window(Period(year, "quarter", index))
        counted_to = None if days is None else min(qs + timedelta(days=days), TODAY)
        repo.add(
            ModelFigures(
                code, f"{year}-Q{index}", (("nu.18_30", women), ("nam.31_45", men)), 1, 0, counted_to=counted_to
            )
        )
        want += (women + men) if year == 2026 else 0

    def served(p: Period) -> int:
        w = scheme.window(p)
        with db.read() as s:
            return compute(SessionReader(s), "MODEL_PEOPLE_SERVED", w, period_code=p.code, as_of=w[1]).numerator

    assert served(Period(2026, "year")) == want
    assert sum(served(Period(2026, "quarter", i)) for i in (1, 2, 3, 4)) == want
    assert sum(served(Period(2026, "half", i)) for i in (1, 2)) == want


# ---- entry rules ------------------------------------------------------------------------------------------------
def test_counted_to_is_checked_against_the_plans_quarter(models_db):
    _use(models_db, PeriodScheme({2026: CutoffRule(15)}))
    _models, repo = _repos(models_db)
    with pytest.raises(ValidationFailed) as err:  # Q3 under day 15 begins on 15/06
        repo.add(ModelFigures("MH01", "2026-Q3", counted_to=date(2026, 6, 14)))
    assert [p.where for p in err.value.problems] == ["counted_to"]
    assert err.value.problems[0].args == {"value": "15/06/2026"}
    with pytest.raises(ValidationFailed) as err:
        repo.add(ModelFigures("MH01", "2026-Q4", counted_to=TODAY + timedelta(days=1)))  # in the future
    assert [p.where for p in err.value.problems] == ["counted_to"]
    saved = repo.add(ModelFigures("MH01", "2026-Q3", counted_to=date(2026, 6, 15)))
    assert repo.get(saved.id).counted_to == date(2026, 6, 15)
    late = repo.add(ModelFigures("MH02", "2026-Q2", counted_to=date(2026, 11, 2)))  # a past quarter, entered late
    assert repo.get(late.id).counted_to == date(2026, 11, 2)


def test_a_signed_period_locks_the_figures_it_stated_and_no_others(models_db):
    from commune_desk.domain.period_state import SIGNED, PeriodState
    from commune_desk.storage.period_repo import PeriodStateRepository

    _use(models_db, PeriodScheme({2026: CutoffRule(15)}))
    _models, repo = _repos(models_db)
    stated = repo.add(ModelFigures("MH01", "2026-Q4", (("nu.18_30", 3),), 2, 0, counted_to=date(2026, 11, 10)))
    later = repo.add(ModelFigures("MH02", "2026-Q4", (("nu.18_30", 4),), 3, 1, counted_to=date(2026, 12, 1)))
    PeriodStateRepository(models_db, "t").set(
        PeriodState("2026", SIGNED, 1, "x" * 64, date(2025, 12, 15), date(2026, 11, 20))
    )
    with pytest.raises(Locked):
        repo.update(replace(stated, served=(("nu.18_30", 5),)))
    with pytest.raises(Locked):
        repo.delete(stated.id)
    # the rest of the fourth quarter, counted past the signed report's cut-off, stays editable
    repo.update(replace(later, served=(("nu.18_30", 6),)))
    assert repo.get(later.id).persons == 6
    with pytest.raises(Locked):  # but may not be moved back into what the signed report stated
        repo.update(replace(later, counted_to=date(2026, 11, 20)))
