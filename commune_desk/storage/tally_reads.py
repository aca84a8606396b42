"""The counts behind a report's tallies (comparisons with earlier periods, businesses and commitments, inspections
by team, hotspots, pending tip-offs), read in SQL as plain values: services/reports/report_tallies.py names and
orders them. Every function reads inside the caller's session, so one report sees one snapshot."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from commune_desk.storage.models import PropagandaRow, ResidentialUnitRow
from commune_desk.storage.models_records import (
    BusinessRow,
    HotspotEventRow,
    HotspotRow,
    InspectionRow,
    PenaltyRow,
    SupportRow,
    TipOffRow,
    TrainingRow,
)
from commune_desk.storage.report_reads import Window, count_rows, in_window


def _operating_at(day: date) -> ColumnElement[bool]:
    return (BusinessRow.registered_date <= day) & (BusinessRow.closed_date.is_(None) | (BusinessRow.closed_date >= day))


def _int(s: Session, query: Any) -> int:
    """A count or a sum; a sum over no row (NULL) is 0."""
    return int(s.scalar(query) or 0)


def window_measures(s: Session, window: Window, new_hotspot_kind: str) -> dict[str, int]:
    """The figures a report compares with earlier periods, over one window: activities and their participants,
    trainings, inspection visits and the businesses visited, tip-offs, hotspot events of `new_hotspot_kind`,
    penalty decisions and persons supported."""
    w = window
    return {
        "activities": count_rows(s, PropagandaRow, in_window(PropagandaRow.activity_date, w)),
        "participants": _int(
            s, select(func.sum(PropagandaRow.participants)).where(in_window(PropagandaRow.activity_date, w))
        ),
        "trainings": count_rows(s, TrainingRow, in_window(TrainingRow.training_date, w)),
        "inspections": count_rows(s, InspectionRow, in_window(InspectionRow.inspection_date, w)),
        "inspected": _int(
            s,
            select(func.count(func.distinct(InspectionRow.business_id))).where(
                in_window(InspectionRow.inspection_date, w)
            ),
        ),
        "tipoffs": count_rows(s, TipOffRow, in_window(TipOffRow.received_date, w)),
        "new_hotspots": count_rows(
            s, HotspotEventRow, in_window(HotspotEventRow.event_date, w), HotspotEventRow.kind_code == new_hotspot_kind
        ),
        "penalty_decisions": count_rows(s, PenaltyRow, in_window(PenaltyRow.decision_date, w)),
        "supported": _int(s, select(func.sum(SupportRow.count)).where(in_window(SupportRow.support_date, w))),
    }


def businesses_registered(s: Session, window: Window) -> dict[str, int]:
    """{business kind: businesses registered in `window`}."""
    query = (
        select(BusinessRow.kind_code, func.count())
        .where(in_window(BusinessRow.registered_date, window))
        .group_by(BusinessRow.kind_code)
    )
    return {kind: int(n) for kind, n in s.execute(query).all()}


def businesses_closed(s: Session, window: Window) -> int:
    """Businesses closed in `window`."""
    return count_rows(s, BusinessRow, BusinessRow.closed_date.is_not(None), in_window(BusinessRow.closed_date, window))


@dataclass(frozen=True)
class OperatingBusinesses:
    """The businesses operating on a day: how many, how many owners had signed the commitment by then, their
    workers and the workers who had signed it."""

    count: int
    owners_committed: int
    workers: int
    workers_committed: int


def operating_businesses(s: Session, day: date) -> OperatingBusinesses:
    """The businesses operating on `day` (registered by then, not closed before it) and their commitments."""
    op = _operating_at(day)
    committed = (BusinessRow.owner_commitment_date.is_not(None), BusinessRow.owner_commitment_date <= day)
    return OperatingBusinesses(
        count_rows(s, BusinessRow, op),
        count_rows(s, BusinessRow, op, *committed),
        _int(s, select(func.sum(BusinessRow.workers)).where(op)),
        _int(s, select(func.sum(BusinessRow.workers_committed)).where(op)),
    )


def not_inspected(s: Session, day: date, window: Window) -> dict[str, int]:
    """{business kind: businesses operating on `day` without any inspection dated in `window`}."""
    visited = select(InspectionRow.business_id).where(in_window(InspectionRow.inspection_date, window))
    query = (
        select(BusinessRow.kind_code, func.count())
        .where(_operating_at(day), ~BusinessRow.id.in_(visited))
        .group_by(BusinessRow.kind_code)
    )
    return {kind: int(n) for kind, n in s.execute(query).all()}


def inspections(s: Session, window: Window) -> list[tuple[str, int, str]]:
    """(team as written, business id, outcome code) of every inspection dated in `window`."""
    query = select(InspectionRow.team, InspectionRow.business_id, InspectionRow.outcome_code).where(
        in_window(InspectionRow.inspection_date, window)
    )
    return [(team, business, outcome) for team, business, outcome in s.execute(query)]


def unit_names_in_order(s: Session) -> list[tuple[str, str]]:
    """(code, name) of every residential unit in the profile's order."""
    query = select(ResidentialUnitRow.code, ResidentialUnitRow.name).order_by(
        ResidentialUnitRow.sort_order, ResidentialUnitRow.id
    )
    return [(code, name) for code, name in s.execute(query)]


def hotspot_states(s: Session, day: date) -> dict[int, str]:
    """{hotspot id: the kind of its last event on or before `day`} (events of one day in entry order)."""
    query = (
        select(HotspotEventRow.hotspot_id, HotspotEventRow.kind_code)
        .where(HotspotEventRow.event_date <= day)
        .order_by(HotspotEventRow.event_date, HotspotEventRow.id)
    )
    return {hotspot_id: kind for hotspot_id, kind in s.execute(query)}


def hotspot_locations(s: Session, ids: Collection[int]) -> tuple[str, ...]:
    """The locations of the hotspots `ids`, by id."""
    if not ids:
        return ()
    query = select(HotspotRow.location).where(HotspotRow.id.in_(sorted(ids))).order_by(HotspotRow.id)
    return tuple(s.scalars(query))


def hotspots_with_event(s: Session, window: Window, kind: str) -> tuple[str, ...]:
    """The location of the hotspot of every event of `kind` dated in `window` (once per event), by hotspot id."""
    query = (
        select(HotspotRow.location)
        .join(HotspotEventRow, HotspotEventRow.hotspot_id == HotspotRow.id)
        .where(in_window(HotspotEventRow.event_date, window), HotspotEventRow.kind_code == kind)
        .order_by(HotspotRow.id)
    )
    return tuple(s.scalars(query))


def hotspot_events(s: Session, window: Window, kind: str) -> int:
    """Hotspot events of `kind` dated in `window`."""
    return count_rows(
        s, HotspotEventRow, in_window(HotspotEventRow.event_date, window), HotspotEventRow.kind_code == kind
    )


def tipoffs_pending(s: Session, day: date) -> int:
    """Tip-offs received on or before `day` and not handled by then."""
    pending = TipOffRow.handled_date.is_(None) | (TipOffRow.handled_date > day)
    return count_rows(s, TipOffRow, TipOffRow.received_date <= day, pending)
