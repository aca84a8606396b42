"""No share of a population exceeds 100 %: property tests over generated populations, trainings and values.

The domain checks are tested against a brute force over every day of the year; then the real repositories over
a real SQLite file refuse what would break the rule, and every figure computed afterwards stays ≤ 100 %.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commune_desk.domain.persons import (
    Claim, PersonLine, claim_overflows, staff_overflows, staff_share,
)
from commune_desk.domain.populations import PopulationEntry, in_force, staff_bucket, staff_in_force

YEAR = 2026
START = date(YEAR, 1, 1)
KEYS = [("", ""), ("can_bo", "xa"), ("cong_tac_vien", "thon"), ("chien_si", "xa")]
days = st.integers(0, 364).map(lambda n: START + timedelta(days=n))
staff_entries = st.builds(lambda key, day, value: PopulationEntry(YEAR, "staff", value, day, "nguồn", *key),
                          st.sampled_from(KEYS), days, st.integers(0, 40))
lines = st.builds(lambda key, day, n: PersonLine(day, *key, n), st.sampled_from(KEYS[1:] + [("vien_chuc", "xa")]),
                  days, st.integers(0, 25))
operations = st.lists(st.one_of(staff_entries, lines), max_size=30)


def _numbered(entries):
    return [e if e.id else PopulationEntry(**{**e.__dict__, "id": i + 1}) for i, e in enumerate(entries)]


def _accept(ops):
    """Apply operations in order, keeping each only when the checks find no overflow (as the repositories do)."""
    entries, kept = [], []
    for op in ops:
        if isinstance(op, PopulationEntry):
            candidate = _numbered(entries + [op])
            if not staff_overflows(candidate, kept, YEAR):
                entries = candidate
        elif not staff_overflows(entries, kept + [op], YEAR):
            kept.append(op)
    return entries, kept


@settings(max_examples=300, deadline=None)
@given(operations)
def test_staff_checks_keep_every_day_of_the_year_within_the_figures(ops):
    entries, kept = _accept(ops)
    for n in range(365):
        day = START + timedelta(days=n)
        now = staff_in_force(entries, YEAR, day)
        totals = defaultdict(int)
        for line in kept:
            if line.day <= day and (bucket := staff_bucket(line.role, line.level, now)) is not None:
                totals[bucket] += line.persons
        for bucket, persons in totals.items():
            assert persons <= now[bucket].value, (day, bucket)


@settings(max_examples=300, deadline=None)
@given(operations, days, days)
def test_staff_trained_never_exceeds_100_percent_in_any_window(ops, a, b):
    entries, kept = _accept(ops)
    start, end = min(a, b), max(a, b)
    share = staff_share(entries, [ln for ln in kept if start <= ln.day <= end], YEAR, end)
    if share.staff is not None and share.staff > 0:
        assert share.persons <= share.staff
    if share.staff is None and share.persons:
        assert share.uncovered or not staff_in_force(entries, YEAR, end)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.builds(lambda d, v: PopulationEntry(YEAR, "workers", v, d, "sổ"), days,
                                    st.integers(0, 200)),
                          st.builds(Claim, days, st.integers(0, 250).map(float))), max_size=20))
def test_claims_never_exceed_their_population_from_their_start(ops):
    entries, claims = [], []
    for op in ops:
        if isinstance(op, Claim):
            if not claim_overflows(entries, "workers", YEAR, [op]):
                claims.append(op)
        else:
            candidate = _numbered(entries + [op])
            if not claim_overflows(candidate, "workers", YEAR, claims):
                entries = candidate
    for claim in claims:
        for n in range((claim.start - START).days, 365):
            day = START + timedelta(days=n)
            entry = in_force(entries, ("workers", "", ""), YEAR, day)
            assert entry is None or claim.persons <= entry.value


# ---- the same rule through the real repositories and SQLite --------------------------------------------------------
@pytest.fixture(scope="module")
def template(tmp_path_factory):
    from commune_desk.storage.database import open_database

    path = tmp_path_factory.mktemp("tpl") / "template.db"
    open_database(path).dispose()
    return path


PERIODS = ("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026-H1", "2026-H2", "2026-9M", "2026")
db_ops = st.lists(st.one_of(  # small staff figures and large classes, so that refusals really happen
    st.tuples(st.just("staff"), st.sampled_from([("", ""), ("", ""), ("can_bo", "xa")]), days, st.integers(0, 15)),
    st.tuples(st.just("training"), st.sampled_from(KEYS[1:3]), days, st.integers(0, 20)),
    st.tuples(st.just("workers"), days, st.integers(0, 120)),
    st.tuples(st.just("reached"), st.sampled_from(PERIODS), st.integers(0, 150)),
), min_size=1, max_size=14)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=db_ops)
def test_repositories_refuse_what_would_pass_100_percent(template, tmp_path_factory, ops):
    from commune_desk.domain.errors import ExpectedError
    from commune_desk.domain.hand_values import ManualValue
    from commune_desk.domain.periods import Period
    from commune_desk.domain.records.types import Training, TrainingLine
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.database import open_database
    from commune_desk.storage.indicator_queries import compute
    from commune_desk.storage.manual_values import ManualValueRepository
    from commune_desk.storage.population_repo import PopulationRepository
    from commune_desk.storage.repos import KINDS, RecordRepository
    from commune_desk.storage.sql_reader import SessionReader

    path = tmp_path_factory.mktemp("ex") / "x.db"
    shutil.copy(template, path)
    db = open_database(path)
    today = lambda: date(2026, 12, 31)  # noqa: E731
    cats = default_catalogues()
    pops = PopulationRepository(db, "t", today=today, catalogues=cats)
    trainings = RecordRepository(db, "t", KINDS["training"], today=today, catalogues=cats)
    values = ManualValueRepository(db, "t")
    refused = 0
    try:
        for op in ops:
            try:
                if op[0] == "staff":
                    _, key, day, n = op
                    pops.set(PopulationEntry(YEAR, "staff", n, day, "Quyết định kiện toàn", *key))
                elif op[0] == "training":
                    _, (role, level), day, n = op
                    trainings.add(Training(day, "nghiep_vu", "Lớp", participants=(TrainingLine(role, level, n, n),)))
                elif op[0] == "workers":
                    pops.set(PopulationEntry(YEAR, "workers", op[2], op[1], "Sổ theo dõi"))
                else:
                    values.set(ManualValue("WORKERS_REACHED", op[1], op[2]))
            except ExpectedError:
                refused += 1
        with db.read() as s:
            r = SessionReader(s)
            for code in PERIODS:
                p = Period.parse(code)
                for window in ((p.start, p.end), (START, p.end)):
                    for indicator in ("STAFF_TRAINED", "WORKERS_REACHED"):
                        v = compute(r, indicator, window, period_code=code, as_of=date(2026, 12, 31))
                        if v.entered and v.denominator:
                            assert v.numerator <= v.denominator, (indicator, code, window, v)
                        if v.entered and v.denominator is None and v.numerator and indicator == "STAFF_TRAINED":
                            assert v.missing_population == "staff"
    finally:
        db.dispose()
