"""Last year's participant range per unit, and the non-blocking "far outside that range" rule."""

from __future__ import annotations

from datetime import date

import pytest

from commune_desk.domain.profile import Profile, ResidentialUnit
from commune_desk.domain.propaganda import PropagandaActivity
from commune_desk.domain.records.types import Training, TrainingLine
from commune_desk.services.records.plausibility import FACTOR, PlausibilityCheck, YearRange, judge, year_range
from commune_desk.storage.profile_repo import ProfileRepository
from tests.propaganda import propaganda_repo

TODAY = date(2026, 11, 20)


@pytest.fixture
def commune(db):
    ProfileRepository(db, "t").save(Profile(
        name="Hòa Mỹ", unit_code="10351", official_name="Ủy ban nhân dân xã Hòa Mỹ", province="Thanh Hóa",
        residential_units=(ResidentialUnit("T01", "Thôn Đông"), ResidentialUnit("T02", "Thôn Tây"))))
    repo = propaganda_repo(db, "t", today=lambda: TODAY)
    for month, n, unit in ((2, 30, "T01"), (5, 50, "T01"), (9, 40, "T01"), (10, 900, "T02"), (3, 1, "")):
        repo.add(PropagandaActivity(date(2025, month, 3), "loa", "Phát loa", participants=n, unit_code=unit))
    repo.add(PropagandaActivity(date(2026, 1, 3), "loa", "Phát loa", participants=5000, unit_code="T01"))
    return db


def test_year_range_is_per_unit_and_year(commune):
    assert year_range(commune, "propaganda", "T01", 2025) == YearRange(2025, 3, 30, 50, 40)
    assert year_range(commune, "propaganda", "T02", 2025) == YearRange(2025, 1, 900, 900, 900)
    assert year_range(commune, "propaganda", "", 2025).count == 1           # the whole commune is its own "unit"
    assert year_range(commune, "propaganda", "T01", 2024) is None
    assert year_range(commune, "propaganda", "T09", 2025) is None


def test_rule_warns_above_three_times_the_maximum_and_below_a_third_of_the_minimum():
    last = YearRange(2025, 3, 30, 50, 40)
    assert judge(50 * FACTOR, last) is None and judge(10, last) is None and judge(0, last) is None
    high = judge(151, last)
    assert high.severity == "warning" and high.where == "participants"
    assert "151 participants" in high.text() and "2025 (30–50, median 40)" in high.text()
    assert "less than a third" in judge(9, last).text()
    assert judge(10_000, YearRange(2025, 2, 30, 50, 40)) is None             # too little history: no opinion


def test_check_uses_the_previous_year_of_the_records_date(commune):
    check = PlausibilityCheck(commune, "propaganda")
    rec = PropagandaActivity(date(2026, 6, 1), "loa", "Phát loa", participants=151, unit_code="T01")
    assert check(rec).severity == "warning"
    assert check(PropagandaActivity(date(2026, 6, 1), "loa", "x", participants=151, unit_code="T02")) is None
    assert check(PropagandaActivity(date(2025, 6, 1), "loa", "x", participants=151, unit_code="T01")) is None


def test_training_counts_add_up_the_roles(commune):
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.repos.base import RecordRepository
    from commune_desk.storage.repos.kinds import KINDS

    repo = RecordRepository(commune, "t", KINDS["training"], today=lambda: TODAY, catalogues=default_catalogues())
    for day, counts in ((3, (TrainingLine("can_bo", "xa", 10, 0), TrainingLine("cong_tac_vien", "xa", 10, 0))),
                        (4, (TrainingLine("can_bo", "xa", 25, 0),)), (5, ())):
        repo.add(Training(date(2025, 4, day), "nghiep_vu", "Lớp", unit_code="T02", participants=counts))
    assert year_range(commune, "training", "T02", 2025) == YearRange(2025, 3, 0, 25, 20)
    check = PlausibilityCheck(commune, "training")
    big = Training(date(2026, 4, 1), "nghiep_vu", "Lớp", unit_code="T02", participants=(TrainingLine("can_bo", "xa", 76, 0),))
    assert check(big) is not None and check(Training(date(2026, 4, 1), "nghiep_vu", "Lớp", unit_code="T02",
                                                     participants=(TrainingLine("can_bo", "xa", 75, 0),))) is None
