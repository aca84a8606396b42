"""Indicators of models and teams as plain SQL over any Reader (registered in storage/indicator_queries.py).

Like the other indicator queries they run before SQLAlchemy is loaded (the home screen's start-up path), so this
module imports only the domain and the Reader protocol.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from commune_desk.domain.indicators import IndicatorValue
from commune_desk.domain.records.community import (
    OPERATING, figures_counted_in, figures_left_out, operating_through, quarters_starting_in, status_on,
)
from commune_desk.storage.sql_reader import Reader

# Records a team can carry out: (table, date column).
TEAM_RECORDS = (("propaganda_activity", "activity_date"), ("reintegration_support", "support_date"),
                ("tipoff", "received_date"))


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def model_histories(r: Reader, until: date) -> list[tuple[int, str, date, list[tuple[date, str]]]]:
    """(id, kind code, set-up date, status changes up to `until` in entry order per date) of every model."""
    changes: dict[int, list] = {}
    for model_id, day, status in r.rows("SELECT model_id, status_date, status FROM community_model_status "
                                        "WHERE status_date <= ? ORDER BY status_date, id", (until.isoformat(),)):
        changes.setdefault(model_id, []).append((_day(day), status))
    return [(mid, kind, _day(set_up), changes.get(mid, []))
            for mid, kind, set_up in r.rows("SELECT id, kind_code, set_up_date FROM community_model ORDER BY id")]


def _by_kind(models) -> IndicatorValue:
    kinds = Counter(kind for kind in models)
    return IndicatorValue("", sum(kinds.values()), breakdown=tuple(sorted(kinds.items())))


def _operating(r, start, end, as_of, **_):
    day = min(end, as_of)       # a status is known up to the day the figure is computed (a report's date)
    return _by_kind(kind for _id, kind, set_up, changes in model_histories(r, day)
                    if status_on(set_up, changes, day) == OPERATING)


def _maintained(r, start, end, as_of, **_):
    day = max(start, min(end, as_of))
    return _by_kind(kind for _id, kind, set_up, changes in model_histories(r, day)
                    if operating_through(set_up, changes, start, day))


def figures_counted(r: Reader, window: tuple[date, date], as_of: date) -> tuple[set[int], list[str]]:
    """(ids of the models' quarterly figures that `window` states with data up to `as_of`, the quarters of it left
    out because their figures are counted past that day). A quarter belongs to the window that holds its first
    day under the plans' cut-off rules, and counts once the data reach the day its figures are counted to (domain
    figures_counted_in): a report cut on 20/11 leaves out fourth-quarter figures counted to 05/12 (domain.md: a
    document never states data after its own date), yet states a quarter's figures in that quarter's own report."""
    from commune_desk.storage.home_reads import period_scheme

    scheme = period_scheme(r)
    quarters = quarters_starting_in(scheme, window)
    counted: set[int] = set()
    late: set[str] = set()
    if not quarters:
        return counted, []
    marks = ", ".join("?" * len(quarters))
    for fid, quarter, counted_to in r.rows(f"SELECT id, quarter, counted_to FROM community_model_figures "
                                           f"WHERE quarter IN ({marks})", tuple(quarters)):
        day = None if counted_to is None else _day(counted_to)
        if figures_counted_in(quarter, day, scheme, window, as_of):
            counted.add(int(fid))
        elif figures_left_out(quarter, day, scheme, window, as_of):
            late.add(quarter)
    return counted, sorted(late)


def _served(r, start, end, as_of, **_):
    ids, _late = figures_counted(r, (start, end), as_of)
    by_sex: Counter = Counter()
    marks = ", ".join("?" * len(ids))
    if ids:
        for sex, persons in r.rows(f"SELECT sex, persons FROM community_model_served WHERE figures_id IN ({marks})",
                                   tuple(sorted(ids))):
            by_sex[sex] += int(persons or 0)
    return IndicatorValue("", sum(by_sex.values()), breakdown=tuple(sorted(by_sex.items())))


def _team_activities(r, start, end, **_):
    kinds: Counter = Counter()
    for table, column in TEAM_RECORDS:
        for kind, n in r.rows(f"SELECT t.kind_code, count(*) FROM {table} x JOIN team t ON t.id = x.team_id "
                              f"WHERE x.{column} BETWEEN ? AND ? GROUP BY t.kind_code",
                              (start.isoformat(), end.isoformat())):
            kinds[kind] += int(n)
    return IndicatorValue("", sum(kinds.values()), breakdown=tuple(sorted(kinds.items())))


COMPUTED_COMMUNITY = {
    "MODELS_OPERATING": _operating,
    "MODELS_MAINTAINED": _maintained,
    "MODEL_PEOPLE_SERVED": _served,
    "TEAM_ACTIVITIES": _team_activities,
}
