"""Evaluates a plan's targets for a period and year to date from the indicators storage computes with SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from commune_desk.domain import indicators as ind
from commune_desk.domain.indicators import CATALOGUE, IndicatorValue
from commune_desk.domain.periods import Period, PeriodScheme
from commune_desk.domain.plans import Plan, Target, next_deadlines
from commune_desk.storage.indicator_queries import compute
from commune_desk.storage.sql_reader import Reader, SessionReader


@dataclass(frozen=True)
class TargetResult:
    """A target with its achieved value for its current period and year to date, status and projection."""

    target: Target
    period: Period
    window: tuple[date, date]
    value: IndicatorValue
    achieved: float | None
    ytd: IndicatorValue
    ytd_achieved: float | None
    status: str
    projection: float | None


def current_period(plan: Plan, kind: str, today: date, scheme: PeriodScheme | None = None) -> Period:
    """The period of `kind` in the plan's year whose data window holds `today` (clamped to the plan year)."""
    scheme = scheme or plan.scheme
    indexes = {"year": (0,), "half": (1, 2), "quarter": (1, 2, 3, 4), "nine_months": (0,)}[kind]
    periods = [Period(plan.year, kind, i) for i in indexes]
    year = scheme.year_of(today)
    if year == plan.year and kind in ("quarter", "half"):
        return scheme.period_of(today, kind)
    return periods[0] if year < plan.year else periods[-1]


def evaluate_target(r: Reader, plan: Plan, target: Target, period: Period, as_of: date,
                    until: date | None = None, *, scheme: PeriodScheme | None = None) -> TargetResult:
    """`until` caps the data window (a yearly target seen in a quarter report counts to the quarter's end)."""
    scheme = scheme or plan.scheme
    definition = CATALOGUE[target.indicator]
    window = scheme.window(period)
    if until is not None and until < window[1]:
        window, as_of = (window[0], until), min(as_of, until)
    value = compute(r, target.indicator, window, period_code=period.code, as_of=as_of)
    year = Period(period.year, "year")
    ytd_window = (scheme.window(year)[0], window[1])
    ytd = value if period.kind == "year" else compute(r, target.indicator, ytd_window, period_code=year.code,
                                                       as_of=as_of)
    achieved = value.value_in(target.unit)
    status, projection = ind.status(achieved, target.comparison, target.value, start=window[0], end=window[1],
                                    as_of=as_of, accumulates=definition.accumulates)
    return TargetResult(target, period, window, value, achieved, ytd, ytd.value_in(target.unit), status, projection)


def evaluate_plan(db, plan: Plan, as_of: date, *, period: Period | None = None) -> list[TargetResult]:
    """Every target of `plan` for its current period on `as_of`; or, for a report of `period`, targets of that
    period's kind for it and the others over their own period up to the report period's end."""
    with db.read() as s:
        return evaluate_plan_with(SessionReader(s), plan, as_of, period=period)


def evaluate_plan_with(r: Reader, plan: Plan, as_of: date, *, period: Period | None = None,
                       scheme: PeriodScheme | None = None) -> list[TargetResult]:
    """evaluate_plan over an open Reader (the start-up path reads before SQLAlchemy is loaded)."""
    from commune_desk.storage.home_reads import period_scheme

    scheme = scheme or period_scheme(r).with_rule(plan.year, plan.cutoff)
    out = []
    for target in plan.targets:
        if period is None:
            own = current_period(plan, target.period_scope, as_of, scheme)
            out.append(evaluate_target(r, plan, target, own, as_of, scheme=scheme))
        elif target.period_scope == period.kind:
            out.append(evaluate_target(r, plan, target, period, as_of, scheme=scheme))
        else:
            end = scheme.window(period)[1]
            own = current_period(plan, target.period_scope, end, scheme)
            out.append(evaluate_target(r, plan, target, own, as_of, until=end, scheme=scheme))
    return out


def indicator_values(db, window: tuple[date, date], *, period_code: str, as_of: date) -> dict[str, IndicatorValue]:
    """Every indicator of the catalogue over one window (for reports and packages)."""
    with db.read() as s:
        r = SessionReader(s)
        return {code: compute(r, code, window, period_code=period_code, as_of=as_of) for code in CATALOGUE}


@dataclass(frozen=True)
class Dashboard:
    plan: Plan | None
    results: list[TargetResult]
    deadlines: list


def dashboard(db, today: date, *, deadlines: int = 3) -> Dashboard:
    """What the home screen shows: the plan in force today, each target's figures and status, next deadlines."""
    with db.read() as s:
        return dashboard_with(SessionReader(s), today, deadlines=deadlines)


def dashboard_with(r: Reader, today: date, *, deadlines: int = 3) -> Dashboard:
    """dashboard over an open Reader."""
    from commune_desk.storage.home_reads import active_plan, period_scheme

    plan = active_plan(r, today)
    if plan is None:
        return Dashboard(None, [], [])
    scheme = period_scheme(r).with_rule(plan.year, plan.cutoff)
    return Dashboard(plan, evaluate_plan_with(r, plan, today, scheme=scheme),
                     next_deadlines(plan, today, count=deadlines, scheme=scheme))
