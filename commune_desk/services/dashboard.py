"""What the home screen shows of the plan: the plan in force today, each target's figures and status, deadlines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from commune_desk.domain.plans import Plan, next_deadlines
from commune_desk.storage.sql_reader import Reader, SessionReader


@dataclass(frozen=True)
class Dashboard:
    plan: Plan | None
    results: list
    deadlines: list


def dashboard(db, today: date, *, deadlines: int = 3) -> Dashboard:
    """The plan in force today, each target's figures and status, next deadlines."""
    with db.read() as s:
        return dashboard_with(SessionReader(s), today, deadlines=deadlines)


def dashboard_with(r: Reader, today: date, *, deadlines: int = 3) -> Dashboard:
    """dashboard over an open Reader."""
    from commune_desk.services.indicators import evaluate_plan_with
    from commune_desk.storage.home_reads import active_plan, period_scheme

    plan = active_plan(r, today)
    if plan is None:
        return Dashboard(None, [], [])
    scheme = period_scheme(r).with_rule(plan.year, plan.cutoff)
    return Dashboard(plan, evaluate_plan_with(r, plan, today, scheme=scheme),
                     next_deadlines(plan, today, count=deadlines, scheme=scheme))
