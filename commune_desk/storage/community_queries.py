"""Indicators of models and teams as plain SQL over any Reader (registered in storage/indicator_queries.py).

Like the other indicator queries they run before SQLAlchemy is loaded (the home screen's start-up path), so this
module imports only the domain and the Reader protocol.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from commune_desk.domain.indicators import IndicatorValue
from commune_desk.domain.records.community import OPERATING, operating_through, status_on
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


def _served(r, start, end, **_):
    rows = r.rows("SELECT s.sex, sum(s.persons) FROM community_model_served s JOIN community_model_figures f "
                  "ON f.id = s.figures_id WHERE f.anchor_date BETWEEN ? AND ? GROUP BY s.sex ORDER BY s.sex",
                  (start.isoformat(), end.isoformat()))
    return IndicatorValue("", sum(int(n or 0) for _, n in rows), breakdown=tuple((k, int(n or 0)) for k, n in rows))


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
