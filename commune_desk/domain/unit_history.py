"""Residential units over time: when a unit ends (merged, split, dissolved) and which units exist on a day.

A unit merged, split or dissolved on day D leaves every denominator whose window ends on or after D, and takes
no record dated D or later (the record belongs to its successor). A unit made by a split exists from the split.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem

class UnitEventLike(Protocol):
    """What the history reads of a unit event: domain.records.types.UnitEvent, or a row read by storage."""

    @property
    def unit_code(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def effective_date(self) -> date: ...
    @property
    def merged_into_code(self) -> str: ...
    @property
    def successor_codes(self) -> tuple[str, ...]: ...


ENDING_KINDS = ("merged", "split", "dissolved")


@dataclass(frozen=True)
class UnitEnd:
    """The event that ended a unit: kind, day, and the units that took over (none for a dissolution)."""

    unit_code: str
    kind: str
    day: date
    successors: tuple[str, ...] = ()
    label: str = ""                              # "Thôn 7 (T07)" for messages; the code when empty
    successor_labels: tuple[str, ...] = ()


def with_labels(ends: Mapping[str, UnitEnd], names: Mapping[str, str]) -> dict[str, UnitEnd]:
    """`ends` with each unit and successor named "name (code)" from `names` (code -> name)."""
    from dataclasses import replace

    def label(code: str) -> str:
        return f"{names[code]} ({code})" if names.get(code) else code

    return {code: replace(end, label=label(code), successor_labels=tuple(label(s) for s in end.successors))
            for code, end in ends.items()}


def unit_ends(events: Iterable[UnitEventLike]) -> dict[str, UnitEnd]:
    """Unit code -> its (earliest) ending event, from UnitEvent records."""
    out: dict[str, UnitEnd] = {}
    for ev in events:
        if ev.kind not in ENDING_KINDS or not isinstance(ev.effective_date, date):
            continue
        successors = (ev.merged_into_code,) if ev.kind == "merged" and ev.merged_into_code else tuple(
            ev.successor_codes if ev.kind == "split" else ())
        found = out.get(ev.unit_code)
        if found is None or ev.effective_date < found.day:
            out[ev.unit_code] = UnitEnd(ev.unit_code, ev.kind, ev.effective_date, successors)
    return out


def unit_starts(events: Iterable[UnitEventLike]) -> dict[str, date]:
    """Unit code -> the day it came into being, for units made by a split (others existed all along)."""
    out: dict[str, date] = {}
    for ev in events:
        if ev.kind == "split" and isinstance(ev.effective_date, date):
            for code in ev.successor_codes:
                out[code] = min(out.get(code, ev.effective_date), ev.effective_date)
    return out


def exists_on(code: str, day: date, ends: Mapping[str, UnitEnd], starts: Mapping[str, date]) -> bool:
    """True when the unit exists on `day`: made (if by a split) on or before it, and not ended on or before it."""
    end = ends.get(code)
    start = starts.get(code)
    return (end is None or day < end.day) and (start is None or start <= day)


def ended_problem(field: str, code: str, day: object, ends: Mapping[str, UnitEnd] | None) -> Problem | None:
    """A problem naming the event and the successor when a record dated `day` is given for a unit already ended."""
    if not code or ends is None or not isinstance(day, date):
        return None
    end = ends.get(code)
    if end is None or day < end.day:
        return None
    unit = end.label or code
    successors = ", ".join(end.successor_labels or end.successors)
    when = f"{end.day:%d/%m/%Y}"
    if end.kind == "merged":
        return Problem(field, QT_TRANSLATE_NOOP(
            "Problems", "{unit} was merged into {successor} on {date}: record it for {successor}"),
            args={"unit": unit, "successor": successors, "date": when})
    if end.kind == "split":
        return Problem(field, QT_TRANSLATE_NOOP(
            "Problems", "{unit} was split into {successor} on {date}: record it for one of them"),
            args={"unit": unit, "successor": successors, "date": when})
    return Problem(field, QT_TRANSLATE_NOOP(
        "Problems", "{unit} was dissolved on {date}: it takes no records dated from then on"),
        args={"unit": unit, "date": when})
