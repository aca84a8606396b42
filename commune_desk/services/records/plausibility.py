"""Non-blocking check: is a record's participant count far outside last year's range for the same unit?

Rule (documented in docs/records-workbook.md): compare with the records of the same kind and residential unit
dated in the previous calendar year. When there were at least MIN_RECORDS of them, warn if the value is more than
FACTOR times last year's maximum, or (when not zero) less than last year's minimum divided by FACTOR. The
warning never blocks saving: a big festival or a rainy day is real.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem

FACTOR = 3
MIN_RECORDS = 3
DATE_FIELDS = {"propaganda": "activity_date", "training": "training_date"}


@dataclass(frozen=True)
class YearRange:
    """Last year's participant counts for one unit: how many records, smallest, largest, median."""

    year: int
    count: int
    low: int
    high: int
    median: float


def year_range(db, entity: str, unit_code: str, year: int) -> YearRange | None:
    """The range of `year`, or None when it had no record of this kind for this unit."""
    from commune_desk.storage.repos.yearly_counts import participant_counts

    values = participant_counts(db, entity, unit_code, year)
    if not values:
        return None
    return YearRange(year, len(values), min(values), max(values), statistics.median(values))


def judge(value: int, last: YearRange | None) -> Problem | None:
    """The warning for `value` against last year's range, or None when it looks ordinary (or too little history)."""
    if last is None or last.count < MIN_RECORDS:
        return None
    args = {"value": value, "low": last.low, "high": last.high, "median": round(last.median), "year": last.year}
    if last.high > 0 and value > FACTOR * last.high:
        return Problem("participants", QT_TRANSLATE_NOOP(
            "Problems", "{value} participants is more than three times the largest number for this unit in "
                        "{year} ({low}–{high}, median {median}). Check it."), "warning", args)
    if value > 0 and value * FACTOR < last.low:
        return Problem("participants", QT_TRANSLATE_NOOP(
            "Problems", "{value} participants is less than a third of the smallest number for this unit in "
                        "{year} ({low}–{high}, median {median}). Check it."), "warning", args)
    return None


def participants_of(record) -> int:
    total = getattr(record, "participant_total", None)
    return int(total if total is not None else getattr(record, "participants", 0) or 0)


class PlausibilityCheck:
    """`check(record) -> Problem | None` for one record kind; last year's ranges are read once per unit and year."""

    def __init__(self, db, entity: str) -> None:
        if entity not in DATE_FIELDS:
            raise ValueError(f"no plausibility rule for {entity!r}")
        self._db, self.entity = db, entity
        self._cache: dict[tuple[str, int], YearRange | None] = {}

    def range_for(self, unit_code: str, day: date) -> YearRange | None:
        key = (unit_code or "", day.year - 1)
        if key not in self._cache:
            self._cache[key] = year_range(self._db, self.entity, *key)
        return self._cache[key]

    def __call__(self, record) -> Problem | None:
        day = getattr(record, DATE_FIELDS[self.entity], None)
        if not isinstance(day, date):
            return None
        return judge(participants_of(record), self.range_for(getattr(record, "unit_code", ""), day))
