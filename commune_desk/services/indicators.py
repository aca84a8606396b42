"""Computes indicators from the records with SQL aggregates and evaluates a plan's targets for a period and year to date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, distinct, func, or_, select

from commune_desk.domain import indicators as ind
from commune_desk.domain.indicators import CATALOGUE, IndicatorValue
from commune_desk.domain.periods import Period, PeriodError
from commune_desk.domain.plans import Plan, Target, next_deadlines, period_window
from commune_desk.storage.models import PropagandaRow, ResidentialUnitRow
from commune_desk.storage.models_plans import ManualValueRow
from commune_desk.storage.models_records import (AssessmentRow, BusinessRow, HotspotEventRow, InspectionRow,
                                                 PenaltyRow, SupportRow, TipOffRow, TrainingParticipantRow,
                                                 TrainingRow)

TIP_OFF_DAYS = 20          # BLTTHS 2015 Điều 147: a tip-off is settled within 20 days of receipt
ERADICATED, HEALTHY_PASS = "triet_xoa", "dat"


def _count(s, q) -> int:
    return int(s.scalar(q) or 0)


def _prop(s, start, end, *extra) -> IndicatorValue:
    return IndicatorValue("", _count(s, select(func.count()).select_from(PropagandaRow).where(
        PropagandaRow.activity_date.between(start, end), *extra)))


def _prop_units(s, start, end, **_):
    active = ResidentialUnitRow.active.is_(True)
    num = _count(s, select(func.count(distinct(PropagandaRow.unit_id))).join(
        ResidentialUnitRow, ResidentialUnitRow.id == PropagandaRow.unit_id).where(
        PropagandaRow.activity_date.between(start, end), active))
    return IndicatorValue("", num, _count(s, select(func.count()).select_from(ResidentialUnitRow).where(active)))


def _prop_participants(s, start, end, **_):
    return IndicatorValue("", _count(s, select(func.sum(PropagandaRow.participants)).where(
        PropagandaRow.activity_date.between(start, end))))


def _operating(start, end):
    return and_(BusinessRow.registered_date <= end,
                or_(BusinessRow.closed_date.is_(None), BusinessRow.closed_date >= start))


def _biz_inspected(s, start, end, **_):
    den = _count(s, select(func.count()).select_from(BusinessRow).where(_operating(start, end)))
    num = _count(s, select(func.count(distinct(InspectionRow.business_id))).join(
        BusinessRow, BusinessRow.id == InspectionRow.business_id).where(
        InspectionRow.inspection_date.between(start, end), _operating(start, end)))
    return IndicatorValue("", num, den)


def _biz_commitment(s, start, end, **_):
    at_end = _operating(end, end)
    den = _count(s, select(func.count()).select_from(BusinessRow).where(at_end))
    num = _count(s, select(func.count()).select_from(BusinessRow).where(
        at_end, BusinessRow.owner_commitment_date.is_not(None), BusinessRow.owner_commitment_date <= end))
    return IndicatorValue("", num, den)


def _tip_handled(s, start, end, as_of, **_):
    last = min(end, as_of)
    received = TipOffRow.received_date.between(start, end)
    handled_by_last = and_(TipOffRow.handled_date.is_not(None), TipOffRow.handled_date <= last)
    not_yet_due = and_(~handled_by_last, TipOffRow.received_date > last - timedelta(days=TIP_OFF_DAYS))
    den = _count(s, select(func.count()).select_from(TipOffRow).where(received, ~not_yet_due))
    in_time = func.julianday(TipOffRow.handled_date) - func.julianday(TipOffRow.received_date) <= TIP_OFF_DAYS
    num = _count(s, select(func.count()).select_from(TipOffRow).where(received, handled_by_last, in_time))
    return IndicatorValue("", num, den)


def _staff_trained(s, start, end, period_code, **_):
    num = _count(s, select(func.sum(TrainingParticipantRow.count)).join(
        TrainingRow, TrainingRow.id == TrainingParticipantRow.training_id).where(
        TrainingRow.training_date.between(start, end)))
    manual = _manual(s, "STAFF_TRAINED", period_code, end)
    return IndicatorValue("", num, manual.denominator if manual else None)


def _hotspots(s, start, end, **_):
    last: dict[int, str] = {}
    for hotspot_id, kind in s.execute(select(HotspotEventRow.hotspot_id, HotspotEventRow.kind_code).where(
            HotspotEventRow.event_date <= end).order_by(HotspotEventRow.event_date, HotspotEventRow.id)):
        last[hotspot_id] = kind
    return IndicatorValue("", sum(1 for k in last.values() if k == ERADICATED), len(last))


def _grouped(s, column, value, when, start, end):
    rows = s.execute(select(column, value).where(when.between(start, end)).group_by(column).order_by(column)).all()
    return IndicatorValue("", sum(int(v or 0) for _, v in rows), breakdown=tuple((k, int(v or 0)) for k, v in rows))


def _penalties(s, start, end, **_):
    return _grouped(s, PenaltyRow.violation_code, func.count(), PenaltyRow.decision_date, start, end)


def _supported(s, start, end, **_):
    return _grouped(s, SupportRow.kind_code, func.sum(SupportRow.count), SupportRow.support_date, start, end)


def _healthy(s, start, end, **_):
    row = s.scalar(select(AssessmentRow).where(AssessmentRow.year == end.year))
    if row is None:
        return IndicatorValue("", 0, 0)
    return IndicatorValue("", 1 if row.result == HEALTHY_PASS else 0, 1)


COMPUTED = {
    "PROP_UNITS": _prop_units,
    "PROP_ACTIVITIES": lambda s, a, b, **_: _prop(s, a, b),
    "PROP_PARTICIPANTS": _prop_participants,
    "PROP_ONLINE": lambda s, a, b, **_: _prop(s, a, b, PropagandaRow.form_code == "mang_xa_hoi"),
    "PROP_SCHOOL": lambda s, a, b, **_: _prop(s, a, b, PropagandaRow.form_code == "truong_hoc"),
    "BIZ_INSPECTED": _biz_inspected,
    "BIZ_COMMITMENT": _biz_commitment,
    "TIP_HANDLED": _tip_handled,
    "STAFF_TRAINED": _staff_trained,
    "HOTSPOT_ERADICATED": _hotspots,
    "PENALTIES": _penalties,
    "SUPPORTED": _supported,
    "HEALTHY_COMMUNE": _healthy,
}


def _manual(s, code: str, period_code: str, end: date):
    """The entered value for exactly this period; else (year to date) the latest entered period of the year."""
    rows = list(s.scalars(select(ManualValueRow).where(ManualValueRow.indicator == code,
                                                       ManualValueRow.period.like(f"{end.year}%"))))
    exact = [r for r in rows if r.period == period_code]
    if exact:
        return exact[0]
    dated = []
    for r in rows:
        try:
            p = Period.parse(r.period)
        except PeriodError:
            continue
        if p.end <= end or p.kind == "year":
            dated.append(((p.end, p.end - p.start), r))
    return max(dated, key=lambda x: x[0])[1] if dated else None


def compute(s, code: str, window: tuple[date, date], *, period_code: str, as_of: date) -> IndicatorValue:
    """One indicator over the inclusive window, inside an open read session."""
    start, end = window
    definition = CATALOGUE[code]
    if definition.manual:
        row = _manual(s, code, period_code, end)
        if row is None or row.numerator is None:
            return IndicatorValue(code, 0, None, window, entered=False)
        return IndicatorValue(code, row.numerator, row.denominator, window)
    value = COMPUTED[code](s, start, end, as_of=as_of, period_code=period_code)
    return IndicatorValue(code, value.numerator, value.denominator, window, value.breakdown)


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


def current_period(plan: Plan, kind: str, today: date) -> Period:
    """The period of `kind` in the plan's year whose data window holds `today` (clamped to the plan year)."""
    indexes = {"year": (0,), "half": (1, 2), "quarter": (1, 2, 3, 4), "nine_months": (0,)}[kind]
    periods = [Period(plan.year, kind, i) for i in indexes]
    for p in periods:
        start, end = period_window(plan, p)
        if start <= today <= end:
            return p
    return periods[0] if today < period_window(plan, periods[0])[0] else periods[-1]


def evaluate_target(s, plan: Plan, target: Target, period: Period, as_of: date,
                    until: date | None = None) -> TargetResult:
    """`until` caps the data window (a yearly target seen in a quarter report counts to the quarter's end)."""
    definition = CATALOGUE[target.indicator]
    window = period_window(plan, period)
    if until is not None and until < window[1]:
        window, as_of = (window[0], until), min(as_of, until)
    value = compute(s, target.indicator, window, period_code=period.code, as_of=as_of)
    year = Period(plan.year, "year")
    ytd_window = (period_window(plan, year)[0], window[1])
    ytd = value if period.kind == "year" else compute(s, target.indicator, ytd_window, period_code=year.code,
                                                       as_of=as_of)
    achieved = value.value_in(target.unit)
    status, projection = ind.status(achieved, target.comparison, target.value, start=window[0], end=window[1],
                                    as_of=as_of, accumulates=definition.accumulates)
    return TargetResult(target, period, window, value, achieved, ytd, ytd.value_in(target.unit), status, projection)


def evaluate_plan(db, plan: Plan, as_of: date, *, period: Period | None = None) -> list[TargetResult]:
    """Every target of `plan` for its current period on `as_of`; or, for a report of `period`, targets of that
    period's kind for it and the others over their own period up to the report period's end."""
    with db.read() as s:
        out = []
        for target in plan.targets:
            if period is None:
                out.append(evaluate_target(s, plan, target, current_period(plan, target.period_scope, as_of), as_of))
            elif target.period_scope == period.kind:
                out.append(evaluate_target(s, plan, target, period, as_of))
            else:
                own = current_period(plan, target.period_scope, period_window(plan, period)[1])
                out.append(evaluate_target(s, plan, target, own, as_of, until=period_window(plan, period)[1]))
        return out


def indicator_values(db, window: tuple[date, date], *, period_code: str, as_of: date) -> dict[str, IndicatorValue]:
    """Every indicator of the catalogue over one window (for reports and packages)."""
    with db.read() as s:
        return {code: compute(s, code, window, period_code=period_code, as_of=as_of) for code in CATALOGUE}


@dataclass(frozen=True)
class Dashboard:
    plan: Plan | None
    results: list[TargetResult]
    deadlines: list


def dashboard(db, today: date, *, deadlines: int = 3) -> Dashboard:
    """What the home screen shows: the plan in force today, each target's figures and status, next deadlines."""
    from commune_desk.storage.plan_repo import PlanRepository

    plan = PlanRepository(db, "read").active_for(today)
    if plan is None:
        return Dashboard(None, [], [])
    return Dashboard(plan, evaluate_plan(db, plan, today), next_deadlines(plan, today, count=deadlines))
