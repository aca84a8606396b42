"""What a periodic report's statistical tables count, read in SQL: plain numbers by residential unit, activity
form, business kind, inspection outcome and record kind, never ORM rows (services/reports/report_data.py turns
them into tables). Every function reads inside the caller's session, so one report sees one snapshot."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from commune_desk.storage.community_queries import figures_counted
from commune_desk.storage.models import PropagandaRow, ResidentialUnitRow
from commune_desk.storage.models_records import (
    AssessmentRow,
    BusinessRow,
    HotspotEventRow,
    InspectionRow,
    PenaltyRow,
    SupportRow,
    TipOffRow,
    TrainingRow,
)
from commune_desk.storage.sql_reader import SessionReader

Window = tuple[date, date]


def in_window(column: InstrumentedAttribute[Any], window: Window) -> ColumnElement[bool]:
    """`column` lies in `window`, both days included."""
    return column.between(window[0], window[1])


def _operating(window: Window) -> ColumnElement[bool]:
    start, end = window
    return (BusinessRow.registered_date <= end) & (
        BusinessRow.closed_date.is_(None) | (BusinessRow.closed_date >= start)
    )


def _counts(s: Session, query: Any) -> dict[Any, int]:
    """{key: count or sum} of a two-column grouped query; a sum over no row (NULL) counts 0."""
    return {key: int(n or 0) for key, n in s.execute(query).all()}


def units_in_order(s: Session) -> list[tuple[int, str, bool]]:
    """(id, name, active) of every residential unit in the profile's order."""
    query = select(ResidentialUnitRow.id, ResidentialUnitRow.name, ResidentialUnitRow.active).order_by(
        ResidentialUnitRow.sort_order, ResidentialUnitRow.id
    )
    return [(uid, name, bool(active)) for uid, name, active in s.execute(query)]


def counts_by_unit(s: Session, window: Window, person_kinds: Collection[str]) -> dict[str, dict[int | None, int]]:
    """Per residential unit id (None: no unit) in `window`: activities ("prop"), their participants ("people"),
    operating businesses ("biz"), inspections ("insp"), persons of `person_kinds` warned or fined ("pen") and
    persons supported ("sup")."""
    by_unit = {
        "prop": select(PropagandaRow.unit_id, func.count())
        .where(in_window(PropagandaRow.activity_date, window))
        .group_by(PropagandaRow.unit_id),
        "people": select(PropagandaRow.unit_id, func.sum(PropagandaRow.participants))
        .where(in_window(PropagandaRow.activity_date, window))
        .group_by(PropagandaRow.unit_id),
        "biz": select(BusinessRow.unit_id, func.count()).where(_operating(window)).group_by(BusinessRow.unit_id),
        "insp": select(BusinessRow.unit_id, func.count())
        .join(InspectionRow, InspectionRow.business_id == BusinessRow.id)
        .where(in_window(InspectionRow.inspection_date, window))
        .group_by(BusinessRow.unit_id),
        "pen": select(PenaltyRow.unit_id, func.count())
        .where(
            in_window(PenaltyRow.decision_date, window),
            PenaltyRow.outcome.in_(("warning", "fine")),
            PenaltyRow.violator_kind.in_(tuple(person_kinds)),
        )
        .group_by(PenaltyRow.unit_id),
        "sup": select(SupportRow.unit_id, func.sum(SupportRow.count))
        .where(in_window(SupportRow.support_date, window))
        .group_by(SupportRow.unit_id),
    }
    return {name: _counts(s, query) for name, query in by_unit.items()}


def propaganda_by_form(s: Session, window: Window) -> dict[str, tuple[int, int, int]]:
    """{form code: (activities, participants, materials handed out)} of the activities dated in `window`."""
    query = (
        select(
            PropagandaRow.form_code,
            func.count(),
            func.sum(PropagandaRow.participants),
            func.sum(PropagandaRow.materials),
        )
        .where(in_window(PropagandaRow.activity_date, window))
        .group_by(PropagandaRow.form_code)
    )
    return {code: (int(n), int(p or 0), int(m or 0)) for code, n, p, m in s.execute(query).all()}


def businesses_by_kind(
    s: Session, window: Window, no_violation: str
) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """Per business kind in `window`: (businesses operating, operating ones inspected, inspection visits, visits
    whose outcome is not `no_violation`)."""
    visits_of = InspectionRow.business_id == BusinessRow.id
    operating = Counter(
        _counts(
            s, select(BusinessRow.kind_code, func.count()).where(_operating(window)).group_by(BusinessRow.kind_code)
        )
    )
    inspected = Counter(
        _counts(
            s,
            select(BusinessRow.kind_code, func.count(func.distinct(BusinessRow.id)))
            .join(InspectionRow, visits_of)
            .where(in_window(InspectionRow.inspection_date, window), _operating(window))
            .group_by(BusinessRow.kind_code),
        )
    )
    visits: Counter[str] = Counter()
    found: Counter[str] = Counter()
    outcomes = (
        select(BusinessRow.kind_code, InspectionRow.outcome_code, func.count())
        .join(InspectionRow, visits_of)
        .where(in_window(InspectionRow.inspection_date, window))
        .group_by(BusinessRow.kind_code, InspectionRow.outcome_code)
    )
    for kind, outcome, n in s.execute(outcomes):
        visits[kind] += n
        if outcome != no_violation:
            found[kind] += n
    return operating, inspected, visits, found


def count_rows(s: Session, table: Any, *where: ColumnElement[bool]) -> int:
    """How many rows of `table` meet every condition of `where`."""
    return int(s.scalar(select(func.count()).select_from(table).where(*where)) or 0)


def window_details(s: Session, window: Window, ytd_window: Window, year: int, integrated_form: str) -> dict[str, Any]:
    """The report's counts beyond its tables: trainings (window and year to date), inspections by outcome and by
    handling, activities integrated into other meetings (`integrated_form`), materials, tip-offs, hotspot events
    by kind, and the healthy-commune assessments of `year` and the year before."""
    d: dict[str, Any] = {}
    d["trainings"] = count_rows(s, TrainingRow, in_window(TrainingRow.training_date, window))
    d["trainings_ytd"] = count_rows(s, TrainingRow, in_window(TrainingRow.training_date, ytd_window))
    outcomes = _counts(
        s,
        select(InspectionRow.outcome_code, func.count())
        .where(in_window(InspectionRow.inspection_date, window))
        .group_by(InspectionRow.outcome_code),
    )
    d["inspections"] = sum(outcomes.values())
    d["inspection_outcomes"] = tuple(sorted(outcomes.items()))
    handling = _counts(
        s,
        select(InspectionRow.handling_code, func.count())
        .where(in_window(InspectionRow.inspection_date, window))
        .group_by(InspectionRow.handling_code),
    )
    d["inspection_handling"] = tuple(sorted(handling.items()))
    d["integrated"] = count_rows(
        s, PropagandaRow, in_window(PropagandaRow.activity_date, window), PropagandaRow.form_code == integrated_form
    )
    d["materials"] = int(
        s.scalar(select(func.sum(PropagandaRow.materials)).where(in_window(PropagandaRow.activity_date, window))) or 0
    )
    d["tipoffs"] = count_rows(s, TipOffRow, in_window(TipOffRow.received_date, window))
    events = _counts(
        s,
        select(HotspotEventRow.kind_code, func.count())
        .where(in_window(HotspotEventRow.event_date, window))
        .group_by(HotspotEventRow.kind_code),
    )
    d["hotspot_events"] = tuple(sorted(Counter(events).items()))
    d["assessments"] = tuple(
        sorted(
            (
                a.year,
                (
                    a.result,
                    a.total,
                    a.decision_number,
                    a.decision_date.isoformat() if a.decision_date else "",
                    a.issuer,
                ),
            )
            for a in assessments(s, (year - 1, year)).values()
        )
    )
    return d


@dataclass(frozen=True)
class AssessmentFacts:
    """A healthy-commune self-assessment as the report states it: year, day, total score as stored, result and
    the recognition decision (number, date, issuer; empty when none)."""

    year: int
    assessed_date: date
    total: int
    result: str
    decision_number: str
    decision_date: date | None
    issuer: str


def assessments(s: Session, years: Collection[int]) -> dict[int, AssessmentFacts]:
    """{year: its assessment} for the `years` that have one."""
    return {
        row.year: AssessmentFacts(
            row.year,
            row.assessed_date,
            row.total,
            row.result,
            row.decision_number,
            row.decision_date,
            row.decision_issuer,
        )
        for row in s.scalars(select(AssessmentRow).where(AssessmentRow.year.in_(tuple(years))))
    }


def business_commitments(s: Session, day: date) -> list[tuple[str, date | None, int, int]]:
    """(kind code, owner's commitment date, workers, workers committed) of every business operating on `day`."""
    operating = (BusinessRow.registered_date <= day) & (
        BusinessRow.closed_date.is_(None) | (BusinessRow.closed_date >= day)
    )
    query = select(
        BusinessRow.kind_code, BusinessRow.owner_commitment_date, BusinessRow.workers, BusinessRow.workers_committed
    ).where(operating)
    return [(kind, owner, workers or 0, committed or 0) for kind, owner, workers, committed in s.execute(query)]


PenaltyFacts = tuple[date, date | None, str, int, str, str, str, str, str, str]


def penalty_rows(s: Session, window: Window) -> list[PenaltyFacts]:
    """(decision date, act date, violation code, fine, further acts "code=fine;…", outcome, violator kind, sex, age
    group, review note) of every penalty decided in `window`; a missing fine is 0, a missing text ""."""
    query = select(
        PenaltyRow.decision_date,
        PenaltyRow.act_date,
        PenaltyRow.violation_code,
        PenaltyRow.fine,
        PenaltyRow.more_acts,
        PenaltyRow.outcome,
        PenaltyRow.violator_kind,
        PenaltyRow.sex,
        PenaltyRow.age_group_code,
        PenaltyRow.review,
    ).where(in_window(PenaltyRow.decision_date, window))
    return [
        (r[0], r[1], r[2], r[3] or 0, r[4] or "", r[5], r[6], r[7] or "", r[8] or "", r[9] or "")
        for r in s.execute(query).all()
    ]


def dated_records(s: Session, window: Window) -> int:
    """How many records of any kind are dated in the window (activities, trainings, new businesses, inspections,
    hotspot events, tip-offs, penalties, support, models' quarterly figures): 0 means the period has no data."""
    dated = (
        (PropagandaRow, PropagandaRow.activity_date),
        (TrainingRow, TrainingRow.training_date),
        (BusinessRow, BusinessRow.registered_date),
        (InspectionRow, InspectionRow.inspection_date),
        (HotspotEventRow, HotspotEventRow.event_date),
        (TipOffRow, TipOffRow.received_date),
        (PenaltyRow, PenaltyRow.decision_date),
        (SupportRow, SupportRow.support_date),
    )
    figures, _late = figures_counted(SessionReader(s), window, window[1])  # the figures the window states
    return len(figures) + sum(count_rows(s, table, in_window(column, window)) for table, column in dated)


def inspections_finding_violations(s: Session, window: Window, no_violation: str) -> int:
    """Inspections dated in `window` whose outcome is not `no_violation`."""
    return count_rows(
        s, InspectionRow, in_window(InspectionRow.inspection_date, window), InspectionRow.outcome_code != no_violation
    )
