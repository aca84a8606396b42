"""Plain-SQL reads of populations, persons trained and persons values entered by hand (any Reader)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from commune_desk.domain.indicators import CATALOGUE
from commune_desk.domain.periods import Period, PeriodError
from commune_desk.domain.persons import Claim, PersonLine
from commune_desk.domain.populations import PopulationEntry
from commune_desk.storage.sql_reader import Reader
from commune_desk.storage.year_windows import period_window

_COLUMNS = ("id, year, kind, role_code, level_code, value, as_of, source, note, recorded_at, recorded_by, "
            "replaced_at")


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _stamp(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _entry(row: tuple[Any, ...]) -> PopulationEntry:
    pid, year, kind, role, level, value, as_of, source, note, at, by, replaced = row
    return PopulationEntry(int(year), kind, int(value), _day(as_of), source, role or "", level or "", note or "",
                           id=pid, recorded_at=_stamp(at), recorded_by=by or "", replaced_at=_stamp(replaced))


def population_entries(r: Reader, year: int | None = None, kind: str | None = None, *,
                       history: bool = False) -> list[PopulationEntry]:
    """Entries (current ones only unless `history`) ordered by year, kind, role, level, date and id."""
    sql = f"SELECT {_COLUMNS} FROM population WHERE 1 = 1"
    params: list[object] = []
    if year is not None:
        sql += " AND year = ?"
        params.append(year)
    if kind is not None:
        sql += " AND kind = ?"
        params.append(kind)
    if not history:
        sql += " AND replaced_at IS NULL"
    sql += " ORDER BY year, kind, role_code, level_code, as_of, id"
    return [_entry(row) for row in r.rows(sql, params)]


def training_lines(r: Reader, start: date, end: date, *, exclude_training: int | None = None) -> list[PersonLine]:
    """Persons trained for the first time, per training line dated in [start, end] (NULL persons count as 0)."""
    rows = r.rows("SELECT t.training_date, tp.role_code, tp.level_code, coalesce(tp.persons, 0), t.id, t.title "
                  "FROM training_participant tp JOIN training t ON t.id = tp.training_id "
                  "WHERE t.training_date BETWEEN ? AND ? AND t.id IS NOT ? ORDER BY t.training_date, t.id",
                  (start.isoformat(), end.isoformat(), exclude_training))
    return [PersonLine(_day(day), role, level or "", int(persons), f"{title} ({_day(day):%d/%m/%Y})")
            for day, role, level, persons, _tid, title in rows]


def persons_claims(r: Reader, kind: str, year: int, *, exclude: tuple[str, str] | None = None) -> list[Claim]:
    """Persons values entered by hand for periods of `year` on indicators taken of population `kind`, each
    from the end of its period's data window (where it is first shown)."""
    codes = [c for c, d in CATALOGUE.items() if d.population == kind and d.manual]
    if not codes:
        return []
    marks = ",".join("?" * len(codes))
    out = []
    for code, period, numerator in r.rows(
            f"SELECT indicator, period, numerator FROM manual_indicator_value WHERE indicator IN ({marks}) "
            "AND period LIKE ? AND numerator IS NOT NULL ORDER BY id", (*codes, f"{year}%")):
        if exclude is not None and (code, period) == exclude:
            continue
        try:
            p = Period.parse(period)
        except PeriodError:
            continue
        out.append(Claim(period_window(r, p)[1], float(numerator), f"{code} {period}"))
    return out
