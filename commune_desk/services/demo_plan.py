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
        deadlines=deadlines, issued_on=plan.issued_on.replace(year=year) if plan.issued_on else None,
        valid_from=None)


def import_demo_plan(db, year: int, profile, actor: str, seed: int = 1) -> None:
    """Store the demo plan and the yearly figures an officer would enter by hand for its manual indicators."""
    import random

    from commune_desk.domain.indicators import CATALOGUE
    from commune_desk.storage.plan_repo import ManualValue, ManualValueRepository, PlanRepository

    plan = demo_plan(year, profile)
    PlanRepository(db, actor).store(plan, source_name=f"demo ({SAMPLE})")
    rng = random.Random(f"manual-{seed}-{year}")
    values = ManualValueRepository(db, actor)
    # The staff total is the denominator of STAFF_TRAINED, whose numerator comes from the trainings.
    values.set(ManualValue("STAFF_TRAINED", str(year), None, rng.randrange(60, 140)))
    for code in sorted({t.indicator for t in plan.targets}):
        definition = CATALOGUE.get(code)
        if definition is None or not definition.manual:
            continue
        if definition.kind == "ratio":
            denominator = rng.randrange(20, 200)
            numerator = round(denominator * rng.uniform(0.15, 1.0))
            values.set(ManualValue(code, str(year), numerator, denominator, "số liệu mẫu"))
        else:
            values.set(ManualValue(code, str(year), rng.randrange(1, 12), None, "số liệu mẫu"))
