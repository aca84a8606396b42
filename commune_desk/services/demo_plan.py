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


def import_demo_plan(db, year: int, profile, actor: str) -> None:
    from commune_desk.storage.plan_repo import PlanRepository

    PlanRepository(db, actor).store(demo_plan(year, profile), source_name=f"demo ({SAMPLE})")
