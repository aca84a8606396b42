"""The demo commune's plan: shipped sample plan 001 moved to the demo year and addressed to the demo province."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from commune_desk.domain.plans import DueRule
from commune_desk.paths import resources_dir

SAMPLE = "plan_001_lang_son_2024.xlsx"


def demo_plan(year: int, profile):
    """Sample plan 001 with its year, fixed deadlines and offices moved to the demo commune's world."""
    from commune_desk.services.plan_workbook import read_plan

    plan = read_plan(resources_dir() / "plans" / SAMPLE)
    deadlines = tuple(
        replace(d, due=DueRule(d.due.day, "", date(year, d.due.fixed.month, d.due.fixed.day))) if d.due.fixed else d
        for d in plan.deadlines)
    return replace(
        plan, year=year, plan_id=f"DEMO-{plan.plan_id.replace(str(plan.year), str(year))}",
        title=plan.title.replace(str(plan.year), str(year)),
        issuing_office=f"Ủy ban nhân dân tỉnh {profile.province}", receiving_office=profile.receiving_office,
        # The sample's recipient is a Labour department that no longer exists (plan validate warns about it).
        recipients=(f"Ủy ban nhân dân tỉnh {profile.province}",),
        deadlines=deadlines, issued_on=plan.issued_on.replace(year=year) if plan.issued_on else None,
        valid_from=None)


def import_demo_plan(db, year: int, profile, actor: str, seed: int = 1, today: date | None = None) -> None:
    """Store the demo plan and the values an officer would enter by hand for its manual indicators, each in the
    shape its catalogue entry states (persons within the population entered for the year)."""
    import random

    from commune_desk.domain.indicators import CATALOGUE, COUNT_SHAPE, PERSONS, SHARE, YES_NO
    from commune_desk.domain.populations import in_force
    from commune_desk.storage.manual_values import ManualValue, ManualValueRepository
    from commune_desk.storage.plan_repo import PlanRepository
    from commune_desk.storage.population_repo import PopulationRepository

    plan = demo_plan(year, profile)
    PlanRepository(db, actor).store(plan, source_name=f"demo ({SAMPLE})")
    rng = random.Random(f"manual-{seed}-{year}")
    values = ManualValueRepository(db, actor)
    populations = PopulationRepository(db, actor).list(year)
    day = min(date(year, 12, 31), today or date.today())
    for code in sorted({t.indicator for t in plan.targets}):
        definition = CATALOGUE.get(code)
        if definition is None or not definition.shape:
            continue
        evidence = f"Báo cáo số {rng.randrange(10, 90):02d}/BC-UBND ngày {day:%d/%m/%Y}"
        if definition.shape == YES_NO:
            values.set(ManualValue(code, str(year), 1, None, "số liệu mẫu", evidence))
        elif definition.shape == PERSONS:
            entry = in_force(populations, (definition.population, "", ""), year, day)
            if entry is not None:
                values.set(ManualValue(code, str(year), round(entry.value * rng.uniform(0.3, 0.9)), None,
                                       "số liệu mẫu", evidence))
        elif definition.shape == SHARE:
            detected = rng.randrange(3, 12)
            values.set(ManualValue(code, str(year), detected - rng.randrange(0, 2), detected, "số liệu mẫu",
                                   evidence))
        elif definition.shape == COUNT_SHAPE:
            values.set(ManualValue(code, str(year), rng.randrange(3, 10), None, "số liệu mẫu", evidence))
