"""What the home screen shows of the plan: the plan in force today, each target's figures and status, deadlines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from commune_desk.domain.plans import DueReport, Plan, all_deadlines, next_deadlines
from commune_desk.storage.sql_reader import Reader, SessionReader


@dataclass(frozen=True)
class Dashboard:
    plan: Plan | None
    results: list
    deadlines: list                   # overdue and not sent first (they stay until packaged), then the next due
    sent: tuple[tuple[DueReport, date | None], ...] = ()   # the year's reports sent (packaged), with the day the
    #                                                         office's receipt was imported (None: not yet)


def dashboard(db, today: date, *, deadlines: int = 3) -> Dashboard:
    """The plan in force today, each target's figures and status, next deadlines."""
    with db.read() as s:
        return dashboard_with(SessionReader(s), today, deadlines=deadlines)


def dashboard_with(r: Reader, today: date, *, deadlines: int = 3) -> Dashboard:
    """dashboard over an open Reader."""
    from commune_desk.services.targets.indicators import evaluate_plan_with
    from commune_desk.storage.home_reads import active_plan, period_scheme, sent_and_acknowledged

    plan = active_plan(r, today)
    if plan is None:
        return Dashboard(None, [], [])
    scheme = period_scheme(r).with_rule(plan.year, plan.cutoff)
    sent, acknowledged = sent_and_acknowledged(r)
    done = tuple((d, acknowledged.get(d.period.code)) for d in all_deadlines(plan, today, sent, scheme=scheme)
                 if d.period.code in sent)
    return Dashboard(plan, evaluate_plan_with(r, plan, today, scheme=scheme),
                     next_deadlines(plan, today, count=deadlines, submitted=sent, scheme=scheme), done)
