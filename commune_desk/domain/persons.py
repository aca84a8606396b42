"""The rule that no share of a population exceeds 100 %: checks that refuse an entry that would break it.

Two kinds of claims on a population:
- persons trained for the first time in a year (training lines) add up over the year; at every day of the year
  their running total per staff figure (by role and level, else the staff total) must not exceed that figure;
- a persons value entered by hand for a period (workers, teachers, pupils, residents reached) must not exceed
  the population in force at its period's end, nor any figure of the same year entered for a later date.
Both are checked at every day a total or a figure changes; between such days nothing changes, so those days
suffice (the property tests in tests/plans/test_persons_invariant.py check every day against them).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from commune_desk.domain.populations import STAFF, PopulationEntry, in_force, staff_bucket, staff_in_force


@dataclass(frozen=True)
class PersonLine:
    """Persons of one role and level trained for the first time in the year, at a training on `day`."""

    day: date
    role: str
    level: str
    persons: int
    ref: str = ""          # the training, for messages


@dataclass(frozen=True)
class Overflow:
    """From `day` on, `persons` would count against a figure of only `entry.value`."""

    day: date
    bucket: tuple[str, str]         # (role, level) of the staff figure; ("", "") all staff
    persons: int
    entry: PopulationEntry


def staff_overflows(entries: Sequence[PopulationEntry], lines: Sequence[PersonLine], year: int) -> list[Overflow]:
    """The first day each staff figure of `year` would be exceeded by `lines` (the lines of that year only)."""
    staff = [e for e in entries if e.kind == STAFF and e.current and e.year == year]
    points = sorted({line.day for line in lines} | {e.as_of for e in staff})
    found: dict[tuple[str, str], Overflow] = {}
    for day in points:
        now = staff_in_force(staff, year, day)
        if not now:
            continue
        totals: dict[tuple[str, str], int] = defaultdict(int)
        for line in lines:
            if line.day <= day:
                bucket = staff_bucket(line.role, line.level, now)
                if bucket is not None:
                    totals[bucket] += int(line.persons or 0)
        for bucket, persons in sorted(totals.items()):
            if persons > now[bucket].value and bucket not in found:
                found[bucket] = Overflow(day, bucket, persons, now[bucket])
    return sorted(found.values(), key=lambda o: (o.day, o.bucket))


@dataclass(frozen=True)
class Claim:
    """A persons value shown from the window end `start` on (the period's end), e.g. workers reached in Q2."""

    start: date
    persons: float
    ref: str = ""           # the period code, for messages


def claim_overflows(entries: Sequence[PopulationEntry], kind: str, year: int,
                    claims: Sequence[Claim]) -> list[tuple[Claim, PopulationEntry]]:
    """(claim, figure) for every claim larger than a `kind` figure of `year` in force on or after its start."""
    figures = [e for e in entries if e.kind == kind and e.current and e.year == year and not e.role]
    out: list[tuple[Claim, PopulationEntry]] = []
    for claim in claims:
        days = [claim.start] + sorted(e.as_of for e in figures if e.as_of > claim.start)
        for day in days:
            entry = in_force(figures, (kind, "", ""), year, day)
            if entry is not None and claim.persons > entry.value:
                out.append((claim, entry))
                break
    return out


@dataclass(frozen=True)
class StaffShare:
    """STAFF_TRAINED over one window: persons trained, the staff in force at its end, and what is missing."""

    persons: int
    staff: int | None                    # None: no staff figure in force, or some trained persons uncovered
    uncovered: tuple[tuple[str, str], ...] = ()


def staff_share(entries: Sequence[PopulationEntry], lines: Sequence[PersonLine], year: int, end: date) -> StaffShare:
    """Persons of `lines` (those dated in the window) against all staff of `year` in force at `end`."""
    now = staff_in_force([e for e in entries if e.kind == STAFF], year, end)
    persons = sum(int(line.persons or 0) for line in lines)
    uncovered = tuple(sorted({(line.role, line.level) for line in lines
                              if line.persons and staff_bucket(line.role, line.level, now) is None}))
    if not now or uncovered:
        return StaffShare(persons, None, uncovered)
    return StaffShare(persons, sum(e.value for e in now.values()))
