"""Tallies a report states beyond the indicators: comparisons with earlier periods, workers' commitments, the 178
team's and the volunteer team's work, healthy-commune status, and what is still open (the basis of sections III–V).

Every count is a plain SQL count over the same windows as the indicators; nothing here is estimated.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import date

from sqlalchemy import func, select

from commune_desk.domain.periods import Period
from commune_desk.domain.report_content import Comparison
from commune_desk.storage.models import PropagandaRow, ResidentialUnitRow
from commune_desk.storage.models_records import (AssessmentRow, BusinessRow, HotspotEventRow, HotspotRow,
                                                 InspectionRow, PenaltyRow, SupportRow, TipOffRow,
                                                 TrainingParticipantRow, TrainingRow)

# The commune's interdisciplinary inspection team is named after NĐ 178/2004 ("Đội kiểm tra liên ngành 178");
# records name their team in free text, so an inspection is the 178 team's when the name says "178" or
# "liên ngành" (interdisciplinary). Other teams (police alone, health station) are listed by their own names.
TEAM_178_WORDS = ("178", "liên ngành")
TEAM_178 = "Đội kiểm tra liên ngành 178"
# The volunteer social-work team (Đội công tác xã hội tình nguyện) appears as the organiser of activities and as
# the "tinh_nguyen_vien" role of training participants.
VOLUNTEER_WORDS = ("công tác xã hội tình nguyện", "ctxh tình nguyện", "đội tình nguyện")
VOLUNTEER_ROLE = "tinh_nguyen_vien"
ERADICATED, REEMERGED, FOUND = "triet_xoa", "phat_sinh_lai", "phat_hien"
NO_VIOLATION, PROSTITUTION_SIGNS = "khong_vi_pham", "dau_hieu_mai_dam"
TIP_OFF_DAYS = 20
def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def is_team_178(team: str) -> bool:
    return any(w in _fold(team) for w in TEAM_178_WORDS)


def is_volunteer(organiser: str) -> bool:
    return any(w in _fold(organiser) for w in VOLUNTEER_WORDS)


def _in(column, window):
    return column.between(window[0], window[1])


def _operating_at(day: date):
    return (BusinessRow.registered_date <= day) & (BusinessRow.closed_date.is_(None) | (BusinessRow.closed_date >= day))


def _count(s, q) -> int:
    return int(s.scalar(q) or 0)


def measures(s, window) -> dict[str, int]:
    """The compared figures over one window (the same SQL for this period and for the earlier ones)."""
    w = window
    return {
        "activities": _count(s, select(func.count()).select_from(PropagandaRow).where(_in(PropagandaRow.activity_date, w))),
        "participants": _count(s, select(func.sum(PropagandaRow.participants)).where(_in(PropagandaRow.activity_date, w))),
        "trainings": _count(s, select(func.count()).select_from(TrainingRow).where(_in(TrainingRow.training_date, w))),
        "inspections": _count(s, select(func.count()).select_from(InspectionRow).where(
            _in(InspectionRow.inspection_date, w))),
        "inspected": _count(s, select(func.count(func.distinct(InspectionRow.business_id))).where(
            _in(InspectionRow.inspection_date, w))),
        "tipoffs": _count(s, select(func.count()).select_from(TipOffRow).where(_in(TipOffRow.received_date, w))),
        "new_hotspots": _count(s, select(func.count()).select_from(HotspotEventRow).where(
            _in(HotspotEventRow.event_date, w), HotspotEventRow.kind_code == FOUND)),
        "penalty_decisions": _count(s, select(func.count()).select_from(PenaltyRow).where(
            _in(PenaltyRow.decision_date, w))),
        "supported": _count(s, select(func.sum(SupportRow.count)).where(_in(SupportRow.support_date, w))),
    }


def earlier_periods(period: Period) -> list[tuple[str, Period]]:
    """("previous", the period just before) for quarters and halves; ("last_year", the same period a year
    earlier) for every kind. A year's previous period is last year, listed once."""
    out = []
    if period.kind == "quarter":
        prev = Period(period.year - (period.index == 1), "quarter", (period.index - 2) % 4 + 1)
        out.append(("previous", prev))
    elif period.kind == "half":
        out.append(("previous", Period(period.year - (period.index == 1), "half", 2 if period.index == 1 else 1)))
    same = Period(period.year - 1, period.kind, period.index) if period.kind in ("quarter", "half") else \
        Period(period.year - 1, period.kind)
    out.append(("last_year", same))
    return out


def comparisons(s, scheme, period: Period, now: dict[str, int]) -> tuple[Comparison, ...]:
    """This period's measures against each earlier period's; `has_data` is False when none of the compared
    activities is recorded in that period (then no increase or decrease is claimed: the commune may simply not
    have kept its records in the app yet; the business register alone does not count)."""
    out = []
    for key, earlier in earlier_periods(period):
        window = scheme.window(earlier)
        then = measures(s, window)
        out.append(Comparison(key, earlier.code, earlier.name_vi(), window, any(then.values()),
                              tuple(sorted(now.items())), tuple(sorted(then.items()))))
    return tuple(out)


def tallies(s, period: Period, window, ytd_window, as_of: date, catalogues) -> dict:
    """The facts of the period (see the module's docstring) as plain values, deterministic for equal data."""
    start, end = window
    f: dict = {}
    # Prone businesses: new, closed, operating at the end; owners' and workers' commitments.
    f["new_businesses"] = tuple(sorted(Counter(dict(s.execute(
        select(BusinessRow.kind_code, func.count()).where(_in(BusinessRow.registered_date, window))
        .group_by(BusinessRow.kind_code)).all())).items()))
    f["closed_businesses"] = _count(s, select(func.count()).select_from(BusinessRow).where(
        BusinessRow.closed_date.is_not(None), _in(BusinessRow.closed_date, window)))
    op = _operating_at(end)
    f["operating"] = _count(s, select(func.count()).select_from(BusinessRow).where(op))
    f["owners_committed"] = _count(s, select(func.count()).select_from(BusinessRow).where(
        op, BusinessRow.owner_commitment_date.is_not(None), BusinessRow.owner_commitment_date <= end))
    f["workers"] = _count(s, select(func.sum(BusinessRow.workers)).where(op))
    f["workers_committed"] = _count(s, select(func.sum(BusinessRow.workers_committed)).where(op))
    not_inspected = Counter(dict(s.execute(
        select(BusinessRow.kind_code, func.count()).where(op, ~BusinessRow.id.in_(
            select(InspectionRow.business_id).where(_in(InspectionRow.inspection_date, ytd_window))))
        .group_by(BusinessRow.kind_code)).all()))
    f["not_inspected_ytd"] = tuple(sorted(not_inspected.items()))
    # Inspections by team: the 178 team first, then the others by name.
    teams: dict[str, list[int]] = {}
    businesses: dict[str, set] = {}
    for team, business, outcome in s.execute(select(InspectionRow.team, InspectionRow.business_id,
                                                    InspectionRow.outcome_code)
                                             .where(_in(InspectionRow.inspection_date, window))):
        name = TEAM_178 if is_team_178(team) else (" ".join((team or "").split()) or "Không ghi lực lượng")
        row = teams.setdefault(name, [0, 0, 0])
        row[0] += 1
        row[1] += outcome != NO_VIOLATION
        row[2] += outcome == PROSTITUTION_SIGNS
        businesses.setdefault(name, set()).add(business)
    f["teams"] = tuple(sorted(((n, v[0], len(businesses[n]), v[1], v[2]) for n, v in teams.items()),
                              key=lambda t: (t[0] != TEAM_178, t[0])))
    # The volunteer social-work team, where recorded.
    vol_acts = [(n or 0) for org, n in s.execute(select(PropagandaRow.organiser, PropagandaRow.participants)
                                                 .where(_in(PropagandaRow.activity_date, window)))
                if is_volunteer(org)]
    f["volunteer_activities"] = len(vol_acts)
    f["volunteer_participants"] = sum(vol_acts)
    f["volunteers_trained"] = _count(s, select(func.sum(TrainingParticipantRow.count)).join(
        TrainingRow, TrainingRow.id == TrainingParticipantRow.training_id).where(
        _in(TrainingRow.training_date, window), TrainingParticipantRow.role_code == VOLUNTEER_ROLE))
    # Residential units existing at the end without any propaganda activity in the period: the same units as
    # PROP_UNITS counts (storage.indicator_queries.unit_coverage), named in the profile's order.
    from commune_desk.storage.indicator_queries import unit_coverage
    from commune_desk.storage.sql_reader import SessionReader

    existing, reached = unit_coverage(SessionReader(s), start, end)
    f["units_without_propaganda"] = tuple(
        name for code, name in s.execute(select(ResidentialUnitRow.code, ResidentialUnitRow.name)
                                         .order_by(ResidentialUnitRow.sort_order, ResidentialUnitRow.id))
        if code in existing - reached)
    # Hotspots: state at the end of the window (last event on or before it).
    last: dict[int, str] = {}
    for hotspot_id, kind in s.execute(select(HotspotEventRow.hotspot_id, HotspotEventRow.kind_code)
                                      .where(HotspotEventRow.event_date <= end)
                                      .order_by(HotspotEventRow.event_date, HotspotEventRow.id)):
        last[hotspot_id] = kind
    open_ids = sorted(h for h, k in last.items() if k != ERADICATED)
    f["hotspots_open"] = tuple(s.scalars(select(HotspotRow.location).where(HotspotRow.id.in_(open_ids))
                                         .order_by(HotspotRow.id))) if open_ids else ()
    f["hotspots_new"] = tuple(s.scalars(select(HotspotRow.location).join(
        HotspotEventRow, HotspotEventRow.hotspot_id == HotspotRow.id).where(
        _in(HotspotEventRow.event_date, window), HotspotEventRow.kind_code == FOUND).order_by(HotspotRow.id)))
    f["hotspots_reemerged"] = _count(s, select(func.count()).select_from(HotspotEventRow).where(
        _in(HotspotEventRow.event_date, window), HotspotEventRow.kind_code == REEMERGED))
    # Tip-offs received up to the end and not settled by then (the report's date caps "by then").
    last_day = min(end, as_of)
    f["tipoffs_pending"] = _count(s, select(func.count()).select_from(TipOffRow).where(
        TipOffRow.received_date <= last_day,
        TipOffRow.handled_date.is_(None) | (TipOffRow.handled_date > last_day)))
    # Healthy commune: this year's registration (a self-assessment row for the year) and result.
    row = s.scalar(select(AssessmentRow).where(AssessmentRow.year == period.year))
    f["healthy_this_year"] = None if row is None else (
        row.assessed_date.isoformat(), row.total, row.result, row.decision_number,
        row.decision_date.isoformat() if row.decision_date else "", row.decision_issuer)
    return f
