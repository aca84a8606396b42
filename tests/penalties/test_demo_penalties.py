"""The demo's penalty cases obey the penalty rules they illustrate, in a year before and after 15/12/2025."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from commune_desk.domain.records.penalty_rules import validate_penalty, with_legal_basis
from commune_desk.domain.records.rules import RuleContext
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.services.demo_data.demo import demo_profile
from commune_desk.services.demo_data.demo_penalties import demo_penalties
from commune_desk.services.demo_data.demo_records import _PEOPLE


@pytest.mark.parametrize("year,seed", [(2025, 1), (2025, 4), (2026, 7), (2026, 11)])
def test_every_demo_case_passes_the_rules(year, seed):
    cats = default_catalogues()
    profile = demo_profile(seed)
    until = date(year, 12, 31) if year < 2026 else date(2026, 11, 20)
    codes = [u.code for u in profile.residential_units]
    cases = demo_penalties(profile, year, seed, until, cats, _PEOPLE, codes)
    ctx = RuleContext(until, cats, frozenset(codes), frozenset(), frozenset())
    assert cases
    for rec in cases:
        assert validate_penalty(with_legal_basis(rec, cats), ctx) == [], rec
    numbers = Counter((r.decision_date.year, r.number) for r in cases)
    assert max(numbers.values()) == 1
    if year == 2026:
        assert {r.outcome for r in cases} >= {"fine", "warning", "transferred", "referred"}
        assert {r.violator_kind for r in cases} >= {"individual", "organisation"}
