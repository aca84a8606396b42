"""Tallies a report states beyond the indicators: comparisons with earlier periods, workers' commitments, the 178
team's inspections, healthy-commune status, and what is still open (the basis of sections III–V).

Every count is a plain SQL count over the same windows as the indicators; nothing here is estimated.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import date, timedelta

from sqlalchemy import func, select

from commune_desk.domain.periods import Period
from commune_desk.domain.report_content import Comparison
from commune_desk.storage.models import PropagandaRow, ResidentialUnitRow
from commune_desk.storage.models_records import (
    AssessmentRow,
    BusinessRow,
    HotspotEventRow,
    HotspotRow,
    InspectionRow,
    PenaltyRow,
    SupportRow,
    TipOffRow,
    TrainingRow,
)

# The commune's interdisciplinary inspection team is named after NĐ 178/2004 ("Đội kiểm tra liên ngành 178");
# records name their team in free text, so an inspection is the 178 team's when the name says "178" or
# "liên ngành" (interdisciplinary). Other teams (police alone, health station) are listed by their own names.
TEAM_178_WORDS = ("178", "liên ngành")
TEAM_178 = "Đội kiểm tra liên ngành 178"
ERADICATED, REEMERGED, FOUND = "triet_xoa", "phat_sinh_lai", "phat_hien"
NO_VIOLATION, PROSTITUTION_SIGNS = "khong_vi_pham", "dau_hieu_mai_dam"
TIP_OFF_DAYS = 20


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def is_team_178(team: str) -> bool:
    return any(w in _fold(team) for w in TEAM_178_WORDS)


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
        "activities": _count(
            s, select(func.count()).select_from(PropagandaRow).where(_in(PropagandaRow.activity_date, w))
        ),
        "participants": _count(
            s, select(func.sum(PropagandaRow.participants)).where(_in(PropagandaRow.activity_date, w))
        ),
        "trainings": _count(s, select(func.count()).select_from(TrainingRow).where(_in(TrainingRow.training_date, w))),
        "inspections": _count(
            s, select(func.count()).select_from(InspectionRow).where(_in(InspectionRow.inspection_date, w))
        ),
        "inspected": _count(
            s, select(func.count(func.distinct(InspectionRow.business_id))).where(_in(InspectionRow.inspection_date, w))
        ),
        "tipoffs": _count(s, select(func.count()).select_from(TipOffRow).where(_in(TipOffRow.received_date, w))),
        "new_hotspots": _count(
            s,
            select(func.count())
            .select_from(HotspotEventRow)
            .where(_in(HotspotEventRow.event_date, w), HotspotEventRow.kind_code == FOUND),
        ),
        "penalty_decisions": _count(
            s, select(func.count()).select_from(PenaltyRow).where(_in(PenaltyRow.decision_date, w))
        ),
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
    same = (
        Period(period.year - 1, period.kind, period.index)
        if period.kind in ("quarter", "half")
        else Period(period.year - 1, period.kind)
    )
    out.append(("last_year", same))
    return out


def _year_earlier(day: date) -> date:
    return day.replace(year=day.year - 1) if (day.month, day.day) != (2, 29) else date(day.year - 1, 2, 28)


def earlier_window(key: str, full: tuple[date, date], window: tuple[date, date]) -> tuple[date, date]:
    """The earlier period's window cut like this report's: a report whose figures stop at its data cut-off is
    compared with the same stretch of the earlier period (last year: to the same calendar day; the previous
    period: as many days from its start), never with a whole period against a part of one."""
    elapsed = (window[1] - window[0]).days
    end = _year_earlier(window[1]) if key == "last_year" else full[0] + timedelta(days=elapsed)
    return full[0], max(full[0], min(full[1], end))


def comparisons(s, scheme, period: Period, window: tuple[date, date], now: dict[str, int]) -> tuple[Comparison, ...]:
    """This period's measures (counted over `window`, which stops at the data cut-off) against each earlier
    period's over the same stretch; `has_data` is False when none of the compared activities is recorded in that
    stretch (then no increase or decrease is claimed: the commune may simply not have kept its records in the app
    yet; the business register alone does not count). A stretch shorter than the earlier period is named with
    its last day."""
    from commune_desk.domain.doc_format import vn_date

    out = []
    for key, earlier in earlier_periods(period):
        full = scheme.window(earlier)
        cut = earlier_window(key, full, window)
        then = measures(s, cut)
        name = earlier.name_vi() + (f", tính đến ngày {vn_date(cut[1])}" if cut[1] < full[1] else "")
        out.append(
            Comparison(
                key,
                earlier.code,
                name,
                cut,
                any(then.values()),
                tuple(sorted(now.items())),
                tuple(sorted(then.items())),
            )
        )
    return tuple(out)


def tallies(s, period: Period, window, ytd_window, cut: date, catalogues) -> dict:
    """The facts of the period (see the module's docstring) as plain values, deterministic for equal data."""
    start, end = window
    f: dict = {}
    # Prone businesses: new, closed, operating at the end; owners' and workers' commitments.
    f["new_businesses"] = tuple(
        sorted(
            Counter(
                dict(
                    s.execute(
                        select(BusinessRow.kind_code, func.count())
                        .where(_in(BusinessRow.registered_date, window))
                        .group_by(BusinessRow.kind_code)
                    ).all()
                )
            ).items()
        )
    )
    f["closed_businesses"] = _count(
        s,
        select(func.count())
        .select_from(BusinessRow)
        .where(BusinessRow.closed_date.is_not(None), _in(BusinessRow.closed_date, window)),
    )
    op = _operating_at(end)
    f["operating"] = _count(s, select(func.count()).select_from(BusinessRow).where(op))
    f["owners_committed"] = _count(
        s,
        select(func.count())
        .select_from(BusinessRow)
        .where(op, BusinessRow.owner_commitment_date.is_not(None), BusinessRow.owner_commitment_date <= end),
    )
    f["workers"] = _count(s, select(func.sum(BusinessRow.workers)).where(op))
    f["workers_committed"] = _count(s, select(func.sum(BusinessRow.workers_committed)).where(op))
    not_inspected = Counter(
        dict(
            s.execute(
                select(BusinessRow.kind_code, func.count())
                .where(
                    op,
                    ~BusinessRow.id.in_(
                        select(InspectionRow.business_id).where(_in(InspectionRow.inspection_date, ytd_window))
                    ),
                )
                .group_by(BusinessRow.kind_code)
            ).all()
        )
    )
    f["not_inspected_ytd"] = tuple(sorted(not_inspected.items()))
    # Inspections by team: the 178 team first, then the others by name.
    teams: dict[str, list[int]] = {}
    businesses: dict[str, set] = {}
    for team, business, outcome in s.execute(
        select(InspectionRow.team, InspectionRow.business_id, InspectionRow.outcome_code).where(
            _in(InspectionRow.inspection_date, window)
        )
    ):
        name = TEAM_178 if is_team_178(team) else (" ".join((team or "").split()) or "Không ghi lực lượng")
        row = teams.setdefault(name, [0, 0, 0])
        row[0] += 1
        row[1] += outcome != NO_VIOLATION
        row[2] += outcome == PROSTITUTION_SIGNS
        businesses.setdefault(name, set()).add(business)
    f["teams"] = tuple(
        sorted(
            ((n, v[0], len(businesses[n]), v[1], v[2]) for n, v in teams.items()),
            key=lambda t: (t[0] != TEAM_178, t[0]),
        )
    )
    # The businesses inspected by any force, each once: the true total of Biểu 10's "Cơ sở được kiểm tra".
    f["inspected_businesses"] = len(set().union(*businesses.values()))
    # Residential units existing at the end without any propaganda activity in the period: the same units as
    # PROP_UNITS counts (storage.indicator_queries.unit_coverage), named in the profile's order.
    from commune_desk.storage.indicator_queries import unit_coverage
    from commune_desk.storage.sql_reader import SessionReader

    existing, reached = unit_coverage(SessionReader(s), start, end)
    f["units_without_propaganda"] = tuple(
        name
        for code, name in s.execute(
            select(ResidentialUnitRow.code, ResidentialUnitRow.name).order_by(
                ResidentialUnitRow.sort_order, ResidentialUnitRow.id
            )
        )
        if code in existing - reached
    )
    # Hotspots: state at the end of the window (last event on or before it).
    last: dict[int, str] = {}
    for hotspot_id, kind in s.execute(
        select(HotspotEventRow.hotspot_id, HotspotEventRow.kind_code)
        .where(HotspotEventRow.event_date <= end)
        .order_by(HotspotEventRow.event_date, HotspotEventRow.id)
    ):
        last[hotspot_id] = kind
    open_ids = sorted(h for h, k in last.items() if k != ERADICATED)
    f["hotspots_open"] = (
        tuple(s.scalars(select(HotspotRow.location).where(HotspotRow.id.in_(open_ids)).order_by(HotspotRow.id)))
        if open_ids
        else ()
    )
    f["hotspots_new"] = tuple(
        s.scalars(
            select(HotspotRow.location)
            .join(HotspotEventRow, HotspotEventRow.hotspot_id == HotspotRow.id)
            .where(_in(HotspotEventRow.event_date, window), HotspotEventRow.kind_code == FOUND)
            .order_by(HotspotRow.id)
        )
    )
    f["hotspots_reemerged"] = _count(
        s,
        select(func.count())
        .select_from(HotspotEventRow)
        .where(_in(HotspotEventRow.event_date, window), HotspotEventRow.kind_code == REEMERGED),
    )
    # Tip-offs received up to the end and not settled by then (the report's date caps "by then").
    last_day = min(end, cut)
    f["tipoffs_pending"] = _count(
        s,
        select(func.count())
        .select_from(TipOffRow)
        .where(
            TipOffRow.received_date <= last_day, TipOffRow.handled_date.is_(None) | (TipOffRow.handled_date > last_day)
        ),
    )
    # Healthy commune: this year's registration (a self-assessment row for the year) and result.
    row = s.scalar(select(AssessmentRow).where(AssessmentRow.year == period.year))
    f["healthy_this_year"] = (
        None
        if row is None
        else (
            row.assessed_date.isoformat(),
            row.total,
            row.result,
            row.decision_number,
            row.decision_date.isoformat() if row.decision_date else "",
            row.decision_issuer,
        )
    )
    return f
