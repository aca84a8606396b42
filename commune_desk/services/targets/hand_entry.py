"""What the officer has to enter by hand now: the plan's manual indicators for their current periods, and the
populations their shares (and STAFF_TRAINED) are taken of — each with what is entered and what is missing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from commune_desk.domain.hand_values import ManualValue
from commune_desk.domain.indicators import CATALOGUE, PERSONS, IndicatorDef
from commune_desk.domain.periods import Period
from commune_desk.domain.plans import Target
from commune_desk.domain.populations import KINDS, STAFF, PopulationEntry, in_force, staff_in_force
from commune_desk.services.targets.indicators import current_period
from commune_desk.storage.database import Database
from commune_desk.storage.manual_values import values_by_key
from commune_desk.storage.period_repo import check_edit
from commune_desk.storage.plan_repo import PlanRepository
from commune_desk.storage.population_reads import population_entries
from commune_desk.storage.sql_reader import SessionReader
from commune_desk.storage.year_windows import period_window


@dataclass(frozen=True)
class HandRow:
    """One manual indicator for one period: the plan's targets on it, the value entered, its population."""

    definition: IndicatorDef
    period: Period
    window: tuple[date, date]
    targets: tuple[Target, ...] = ()
    value: ManualValue | None = None
    population: PopulationEntry | None = None  # persons shape: the figure in force at the window end
    locked: str = ""  # why it cannot change (a signed period), else ""


def hand_rows(db: Database, today: date, *, period: Period | None = None, every: bool = False) -> list[HandRow]:
    """The plan's manual indicators for their current period (or `period`); `every` adds the catalogue's other
    manual indicators (for the year of `period`/today). Without a plan in force: every manual indicator."""
    plan = PlanRepository(db, "read").active_for(today)
    wanted: dict[tuple[str, Period], list[Target]] = {}
    if plan is not None:
        for t in plan.targets:
            if t.indicator in CATALOGUE and CATALOGUE[t.indicator].manual:
                p = period or current_period(plan, t.period_scope, today)
                wanted.setdefault((t.indicator, p), []).append(t)
    if plan is None or every:
        year = (period or Period(today.year, "year")).year
        for code, d in CATALOGUE.items():
            if d.manual and not any(k[0] == code for k in wanted):
                wanted[(code, period or Period(year, "year"))] = []
    out = []
    with db.read() as s:  # one session: a second read inside it would nest transactions on one connection
        r = SessionReader(s)
        values = values_by_key(s)
        for (code, p), targets in sorted(wanted.items(), key=lambda kv: (kv[0][1].year, kv[0][0])):
            definition = CATALOGUE[code]
            window = period_window(r, p)
            population = None
            if definition.shape == PERSONS:
                entries = population_entries(r, p.year, definition.population)
                population = in_force(entries, (definition.population, "", ""), p.year, window[1])
            decision = check_edit(s, window[1])
            out.append(
                HandRow(
                    definition,
                    p,
                    window,
                    tuple(targets),
                    values.get((code, p.code)),
                    population,
                    "" if decision.allowed else decision.reason,
                )
            )
    return out


@dataclass(frozen=True)
class PopulationNeed:
    """A population a figure of the plan is taken of, and the figure in force (None: "chưa nhập số liệu nền")."""

    kind: str
    year: int
    day: date
    entry: PopulationEntry | None
    staff_total: int | None = None


def population_needs(db: Database, today: date) -> list[PopulationNeed]:
    """Every population for today's year with the figure in force today (staff as the sum over roles)."""
    with db.read() as s:
        entries = population_entries(SessionReader(s), today.year)
    out = []
    for kind in KINDS:
        if kind == STAFF:
            now = staff_in_force(entries, today.year, today)
            out.append(
                PopulationNeed(kind, today.year, today, None, sum(e.value for e in now.values()) if now else None)
            )
        else:
            out.append(PopulationNeed(kind, today.year, today, in_force(entries, (kind, "", ""), today.year, today)))
    return out
