"""Evaluates a plan's targets for a period and year to date from the indicators storage computes with SQL.

A target is judged over its own period (its `period_scope`) in the windows of the period scheme. Seen in a longer
view (a quarterly target in the yearly report), it is judged quarter by quarter and overall: met only if met in
every elapsed quarter. Seen in a shorter view (a yearly target in a quarterly report), it shows the year to date
and its projection to the year's end. An office-level target is the superior office's: the commune sees its own
contribution, judged only against the quota the plan gives it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from commune_desk.domain import indicators as ind
from commune_desk.domain.indicators import CATALOGUE, IndicatorValue
from commune_desk.domain.periods import Period, PeriodScheme
from commune_desk.domain.plans import Plan, Target
from commune_desk.storage.indicator_queries import compute
from commune_desk.storage.sql_reader import Reader, SessionReader

# How long each target scope is, to tell a longer view from a shorter one.
_LENGTH = {"quarter": 3, "half": 6, "nine_months": 9, "year": 12}
_INDEXES = {"year": (0,), "half": (1, 2), "quarter": (1, 2, 3, 4), "nine_months": (0,)}


@dataclass(frozen=True)
class PartResult:
    """One quarter (or half) of a target set per quarter, inside a longer view: its figure and its verdict."""

    period: Period
    window: tuple[date, date]            # as counted (to the view's cut-off)
    value: IndicatorValue
    achieved: float | None
    status: str


@dataclass(frozen=True)
class TargetResult:
    """A target with its achieved value for its period and year to date, status and projection.

    `window` is what was counted (it may stop at a cut-off), `period_window` the whole period the target is
    judged over; `projection` is the figure projected to that period's end; `parts` lists each quarter (or half)
    of a quarterly (half-yearly) target seen in a longer view.
    """

    target: Target
    period: Period
    window: tuple[date, date]
    value: IndicatorValue
    achieved: float | None
    ytd: IndicatorValue
    ytd_achieved: float | None
    status: str
    projection: float | None
    period_window: tuple[date, date] | None = None
    parts: tuple[PartResult, ...] = ()


def current_period(plan: Plan, kind: str, today: date, scheme: PeriodScheme | None = None) -> Period:
    """The period of `kind` in the plan's year whose data window holds `today` (clamped to the plan year)."""
    scheme = scheme or plan.scheme
    periods = [Period(plan.year, kind, i) for i in _INDEXES[kind]]
    year = scheme.year_of(today)
    if year == plan.year and kind in ("quarter", "half"):
        return scheme.period_of(today, kind)
    return periods[0] if year < plan.year else periods[-1]


def _status(target: Target, achieved, full, as_of) -> tuple[str, float | None]:
    status, projection = ind.status(achieved, target.comparison, target.goal, start=full[0], end=full[1],
                                    as_of=as_of, accumulates=CATALOGUE[target.indicator].accumulates)
    return (status if target.judged else ind.OFFICE), projection


def evaluate_target(r: Reader, plan: Plan, target: Target, period: Period, as_of: date,
                    until: date | None = None, *, scheme: PeriodScheme | None = None,
                    view: Period | None = None) -> TargetResult:
    """The target over `period` as on `as_of`; `until` stops the counting early (a report's cut-off, or a
    longer target seen in the shorter report `view`), while the verdict still looks at the whole period."""
    scheme = scheme or plan.scheme
    full = scheme.window(period)
    window, months = full, None
    if until is not None and until < full[1]:
        window, as_of = (full[0], until), min(as_of, until)
        if view is not None and view != period:
            months = (period.first_month, view.last_month)   # values entered by hand: only the view's own
    value = compute(r, target.indicator, window, period_code=period.code, as_of=as_of, months=months)
    ytd_window = (scheme.window(Period(period.year, "year"))[0], window[1])
    ytd = value if period.kind == "year" else compute(r, target.indicator, ytd_window, period_code=period.code,
                                                       as_of=as_of, year_to_date=True)
    achieved = value.value_in(target.unit)
    status, projection = _status(target, achieved, full, as_of)
    return TargetResult(target, period, window, value, achieved, ytd, ytd.value_in(target.unit), status,
                        projection, full)


def parts_of(view: Period, scope: str) -> list[Period]:
    """The periods of `scope` (quarters, halves) that overlap `view`, in order."""
    return [p for p in (Period(view.year, scope, i) for i in _INDEXES[scope])
            if p.first_month <= view.last_month and p.last_month >= view.first_month]


def evaluate_over(r: Reader, plan: Plan, target: Target, view: Period, as_of: date, *,
                  scheme: PeriodScheme) -> TargetResult:
    """A quarterly (half-yearly) target over a longer `view`: each elapsed quarter judged on its own, and the
    whole judged met only if met in every elapsed quarter (domain: "every quarter")."""
    full = scheme.window(view)
    end = min(full[1], as_of)
    parts = []
    for part in parts_of(view, target.period_scope):
        start = scheme.window(part)[0]
        if start > end:
            break                         # not started by the cut-off: nothing to judge yet
        one = evaluate_target(r, plan, target, part, as_of, until=end, scheme=scheme)
        parts.append(PartResult(part, one.window, one.value, one.achieved, one.status))
    window = (full[0], end)
    value = compute(r, target.indicator, window, period_code=view.code, as_of=end)
    ytd_window = (scheme.window(Period(view.year, "year"))[0], end)
    ytd = value if view.kind == "year" else compute(r, target.indicator, ytd_window, period_code=view.code,
                                                     as_of=end, year_to_date=True)
    status = ind.combine_parts(p.status for p in parts) if target.judged else ind.OFFICE
    return TargetResult(target, view, window, value, value.value_in(target.unit), ytd, ytd.value_in(target.unit),
                        status, None, full, tuple(parts))


def evaluate_plan(db, plan: Plan, as_of: date, *, period: Period | None = None,
                  until: date | None = None) -> list[TargetResult]:
    """Every target of `plan` for its current period on `as_of`; or, for a report of `period` counting to
    `until` (its data cut-off; default the period's end), every target as that report shows it."""
    with db.read() as s:
        return evaluate_plan_with(SessionReader(s), plan, as_of, period=period, until=until)


def evaluate_plan_with(r: Reader, plan: Plan, as_of: date, *, period: Period | None = None,
                       until: date | None = None, scheme: PeriodScheme | None = None) -> list[TargetResult]:
    """evaluate_plan over an open Reader (the start-up path reads before SQLAlchemy is loaded)."""
    from commune_desk.storage.home_reads import period_scheme

    scheme = scheme or period_scheme(r).with_rule(plan.year, plan.cutoff)
    out = []
    for target in plan.targets:
        if period is None:
            own = current_period(plan, target.period_scope, as_of, scheme)
            out.append(evaluate_target(r, plan, target, own, as_of, scheme=scheme))
            continue
        end = min(scheme.window(period)[1], until or scheme.window(period)[1])
        if target.period_scope == period.kind:
            out.append(evaluate_target(r, plan, target, period, min(as_of, end), until=end, scheme=scheme))
        elif _LENGTH[target.period_scope] < _LENGTH[period.kind]:
            out.append(evaluate_over(r, plan, target, period, min(as_of, end), scheme=scheme))
        else:
            own = current_period(plan, target.period_scope, end, scheme)
            out.append(evaluate_target(r, plan, target, own, min(as_of, end), until=end, scheme=scheme,
                                       view=period))
    return out


def indicator_values(db, window: tuple[date, date], *, period_code: str, as_of: date,
                     year_to_date: bool = False) -> dict[str, IndicatorValue]:
    """Every indicator of the catalogue over one window (for reports and packages)."""
    with db.read() as s:
        r = SessionReader(s)
        return {code: compute(r, code, window, period_code=period_code, as_of=as_of, year_to_date=year_to_date)
                for code in CATALOGUE}


def estimates(values: dict[str, IndicatorValue], window: tuple[date, date], as_of: date) -> dict[str, IndicatorValue]:
    """"Ước thực hiện cả kỳ" of every indicator counted to `as_of` inside the period `window` (domain.indicators)."""
    out = {}
    for code, value in values.items():
        guess = ind.estimate_full_period(CATALOGUE[code], value, window[0], window[1], as_of)
        if guess is not None:
            out[code] = guess
    return out


from commune_desk.services.targets.dashboard import Dashboard, dashboard, dashboard_with  # noqa: E402,F401 - re-exported
