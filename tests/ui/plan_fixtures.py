"""Sample plans moved to the demo year (2026) and written as workbooks, for the dashboard and import dialog tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from commune_desk.domain.plans import DueRule
from tests.plans.helpers import SAMPLE_001


def plan_for_year(year: int = 2026, source: Path = SAMPLE_001, **changes):
    """The sample plan with its year, issue date and fixed deadlines moved to `year` (rules stay as they are)."""
    from commune_desk.services.plans.plan_workbook import read_plan

    plan = read_plan(source)
    deadlines = tuple(replace(d, due=DueRule(d.due.day, "", date(year, d.due.fixed.month, d.due.fixed.day)))
                      if d.due.fixed else d for d in plan.deadlines)
    return replace(plan, year=year, plan_id=plan.plan_id.replace(str(plan.year), str(year)),
                   title=plan.title.replace(str(plan.year), str(year)), deadlines=deadlines,
                   issued_on=plan.issued_on.replace(year=year) if plan.issued_on else None, **changes)


def write_plan(path: Path, plan) -> Path:
    from commune_desk.services.plans.plan_template import write_plan_workbook

    return write_plan_workbook(path, plan)


def retarget(plan, code: str, value: float):
    """`plan` with target `code` set to `value` (a revised version of the plan)."""
    return replace(plan, targets=tuple(replace(t, value=value) if t.code == code else t for t in plan.targets))
