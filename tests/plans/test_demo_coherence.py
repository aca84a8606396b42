"""The demo is coherent: its province's own plan in its own words, every target with a figure, no share above
100 % in any period, STAFF_TRAINED equal to distinct persons trained over staff (recomputed here from the rows)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from commune_desk.domain.indicators import CATALOGUE, NO_DATA
from commune_desk.domain.periods import Period
from commune_desk.services.demo_data.demo import create_demo
from commune_desk.services.targets.indicators import dashboard, indicator_values
from commune_desk.storage.database import open_database
from commune_desk.storage.plan_repo import PlanRepository
from commune_desk.storage.profile_repo import ProfileRepository

TODAY = date(2026, 11, 20)
SHARES_OF_PEOPLE = [c for c, d in CATALOGUE.items() if d.population]


@pytest.fixture(scope="module", params=[1, 4, 9])
def demo(request, tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("demo") / "d.db")
    create_demo(db, year=2026, seed=request.param, force=False, actor="t", today=TODAY, with_plan=True)
    yield db
    db.dispose()


def test_the_plan_is_the_provinces_own_and_commune_level(demo, tmp_path):
    from commune_desk.services.plans.plan_import import check_file
    from commune_desk.services.plans.plan_template import write_plan_workbook

    profile = ProfileRepository(demo, "t").get()
    plan = PlanRepository(demo, "t").active_for(TODAY)
    assert plan.issuing_office == f"Ủy ban nhân dân tỉnh {profile.province}"
    assert profile.province in plan.title and plan.receiving_office == profile.receiving_office
    words = " ".join([plan.title, plan.issuing_office, *(t.text for t in plan.targets), *plan.recipients])
    for foreign in ("Lạng Sơn", "Huế", "Hoa đào", "8/8", "phường, xã", "thành phố"):
        assert foreign not in words, foreign
    assert {t.indicator for t in plan.targets} >= {"STAFF_TRAINED", "WORKERS_REACHED", "PLAN_BUILT",
                                                   "VIOLATIONS_HANDLED", "DOCUMENTS_ISSUED"}
    book = write_plan_workbook(tmp_path / "plan.xlsx", plan)      # the documented workbook format holds it
    read, problems = check_file(book)
    assert not problems and read == plan


def test_every_target_has_a_figure_and_none_is_missing(demo):
    board = dashboard(demo, TODAY)
    for r in board.results:
        assert r.value.entered and not r.value.missing_population, r.target.code
        if r.target.indicator != "TIP_HANDLED":          # a quarter may have no tip-off due yet
            assert r.status != NO_DATA and r.achieved is not None, r.target.code


def test_no_share_of_people_exceeds_100_percent_in_any_period(demo):
    for code in ("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026-H1", "2026-H2", "2026-9M", "2026"):
        p = Period.parse(code)
        values = indicator_values(demo, p.data_window(), period_code=code, as_of=TODAY)
        for indicator in SHARES_OF_PEOPLE + ["PROP_UNITS", "BIZ_INSPECTED", "BIZ_COMMITMENT"]:
            v = values[indicator]
            if v.entered and v.denominator:
                assert 0 <= v.numerator <= v.denominator, (code, indicator, v)


def test_staff_trained_is_distinct_persons_over_staff(demo):
    """Recomputed from the rows: persons trained for the first time in 2026 / staff entered for 2026."""
    with demo.read() as s:
        persons = s.execute(text(
            "SELECT coalesce(sum(tp.persons), 0), coalesce(sum(tp.count), 0) FROM training_participant tp "
            "JOIN training t ON t.id = tp.training_id WHERE t.training_date BETWEEN '2025-12-15' AND '2026-12-14'"
        )).one()
        staff = s.execute(text("SELECT sum(value) FROM population WHERE kind = 'staff' AND year = 2026 "
                               "AND replaced_at IS NULL")).scalar()
        per_role = s.execute(text(
            # persons trained for the first time in 2026 only: the demo also holds a thinner 2025 (its own staff)
            "SELECT p.role_code, p.level_code, p.value, coalesce(sum(tp.persons), 0) FROM population p "
            "LEFT JOIN (training_participant tp JOIN training t ON t.id = tp.training_id "
            "AND t.training_date BETWEEN '2025-12-15' AND '2026-12-14') "
            "ON tp.role_code = p.role_code AND tp.level_code = p.level_code "
            "WHERE p.kind = 'staff' AND p.year = 2026 AND p.replaced_at IS NULL "
            "GROUP BY p.role_code, p.level_code, p.value")).all()
    result = next(r for r in dashboard(demo, TODAY).results if r.target.indicator == "STAFF_TRAINED")
    assert (result.value.numerator, result.value.denominator) == (persons[0], staff)
    assert result.achieved == pytest.approx(100 * persons[0] / staff) and result.achieved <= 100
    assert persons[0] < persons[1]                         # persons are fewer than attendances (lượt)
    assert all(trained <= value for _, _, value, trained in per_role)


def test_the_year_before_is_thinner_closed_and_outside_this_years_windows(demo):
    """The demo's 2025 (for comparisons with last year): fewer records than 2026, none on or after 15/12/2025
    (where the plan's cut-off would count it in 2026, so 2026's figures are those of 2026's records alone), every
    tip-off settled, every inspection of a business already registered, penalty numbers 01, 02 … per year."""
    from commune_desk.services.demo_data.demo import demo_propaganda

    with demo.read() as s:

        def one(sql):
            return s.execute(text(sql)).scalar()

        in_2025 = one("SELECT COUNT(*) FROM propaganda_activity WHERE activity_date < '2026-01-01'")
        in_2026 = one("SELECT COUNT(*) FROM propaganda_activity WHERE activity_date >= '2026-01-01'")
        assert 0 < in_2025 < in_2026
        for table, column in (("propaganda_activity", "activity_date"), ("training", "training_date"),
                              ("inspection", "inspection_date"), ("tipoff", "received_date"),
                              ("penalty_decision", "decision_date"), ("reintegration_support", "support_date")):
            assert one(f"SELECT COUNT(*) FROM {table} WHERE {column} < '2026-01-01'") > 0, table
            assert one(f"SELECT COUNT(*) FROM {table} WHERE {column} BETWEEN '2025-12-15' AND '2025-12-31'") == 0
        assert one("SELECT COUNT(*) FROM tipoff WHERE received_date < '2026-01-01' AND handled_date IS NULL") == 0
        assert one("SELECT COUNT(*) FROM inspection i JOIN business b ON b.id = i.business_id "
                   "WHERE i.inspection_date < '2026-01-01' AND i.inspection_date < b.registered_date") == 0
        for year in (2025, 2026):
            numbers = sorted(int(n.split("/")[0]) for (n,) in s.execute(text(
                "SELECT number FROM penalty_decision WHERE year = :y AND number LIKE '%QĐ-XPHC'"), {"y": year}))
            assert numbers == list(range(1, len(numbers) + 1)), (year, numbers)
    # 2026's activities are exactly those the demo makes for 2026: the year before adds nothing to its window.
    profile = ProfileRepository(demo, "t").get()
    seed = next(s for s in (1, 4, 9) if profile.unit_code.startswith(f"9{s:04d}"))
    made = demo_propaganda(profile, 2026, seed, TODAY)
    with demo.read() as s:
        assert s.execute(text("SELECT COUNT(*) FROM propaganda_activity WHERE activity_date BETWEEN '2025-12-15' "
                              "AND '2026-12-14'")).scalar() == len(made)
