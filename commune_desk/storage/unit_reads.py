"""Reads the residential units' history (mergers, splits, dissolutions) for rules and denominators (any Reader)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from commune_desk.domain.unit_history import UnitEnd, unit_ends, unit_starts, with_labels
from commune_desk.storage.sql_reader import Reader


@dataclass(frozen=True)
class _Event:
    unit_code: str
    kind: str
    effective_date: date
    merged_into_code: str
    successor_codes: tuple[str, ...]


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def unit_events(r: Reader) -> list[_Event]:
    rows = r.rows("SELECT u.code, e.kind, e.effective_date, coalesce(m.code, ''), e.successor_codes "
                  "FROM residential_unit_event e JOIN residential_unit u ON u.id = e.unit_id "
                  "LEFT JOIN residential_unit m ON m.id = e.merged_into_id ORDER BY e.effective_date, e.id")
    return [_Event(code, kind, _day(day), into, tuple(c for c in (succ or "").split(";") if c))
            for code, kind, day, into, succ in rows]


def active_units(r: Reader) -> int:
    """How many residential units are active (the denominator of PROP_UNITS a plan's ratio is checked against)."""
    return int(r.rows("SELECT count(*) FROM residential_unit WHERE active = 1", ())[0][0])


def unit_names(r: Reader) -> dict[str, str]:
    """Unit code -> name, of every residential unit."""
    return {str(code): str(name) for code, name in r.rows("SELECT code, name FROM residential_unit")}


def history(r: Reader) -> tuple[dict[str, UnitEnd], dict[str, date]]:
    """(unit code -> UnitEnd named for messages, unit code -> day a split made it)."""
    events = unit_events(r)
    return with_labels(unit_ends(events), unit_names(r)), unit_starts(events)


# Dated records that name a residential unit: table -> date column.
DATED_WITH_UNIT = {"propaganda_activity": "activity_date", "training": "training_date", "business": "registered_date",
                   "tipoff": "received_date", "penalty_decision": "decision_date",
                   "reintegration_support": "support_date"}


def records_from(r: Reader, unit_code: str, day: date) -> int:
    """How many dated records of `unit_code` fall on or after `day` (they would outlive the unit)."""
    total = 0
    for table, column in DATED_WITH_UNIT.items():
        total += int(r.rows(f"SELECT count(*) FROM {table} t JOIN residential_unit u ON u.id = t.unit_id "
                            f"WHERE u.code = ? AND t.{column} >= ?", (unit_code, day.isoformat()))[0][0])
    return total
