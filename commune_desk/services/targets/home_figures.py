"""Everything the home screen shows, read in one consistent snapshot from a session or from a bare connection.

`read_home(reader, today)` is the single computation; `from_database(db, today)` runs it in an ORM read session
and `quick_read(path, today)` on a query-only stdlib connection before SQLAlchemy is imported (start-up).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from commune_desk.domain.profile import Profile
from commune_desk.storage import home_reads
from commune_desk.storage.sql_reader import Reader


@dataclass(frozen=True)
class HomeFigures:
    """The unit, this year's propaganda totals, the dashboard of the plan in force and the office's remarks."""

    profile: Profile
    year: int
    activities: int
    participants: int
    materials: int
    dashboard: object  # services.targets.indicators.Dashboard
    comments: dict = field(default_factory=dict)


def read_home(r: Reader, today: date) -> HomeFigures:
    from commune_desk.domain.periods import Period
    from commune_desk.services.targets.indicators import dashboard_with

    scheme = home_reads.period_scheme(r)
    year = scheme.year_of(today)          # the report year today's records count in (cut-off rules included)
    activities, participants, materials = home_reads.propaganda_totals(r, *scheme.window(Period(year, "year")))
    board = dashboard_with(r, today)
    comments = home_reads.received_comments(r) if board.plan is not None else {}
    return HomeFigures(home_reads.profile(r), year, activities, participants, materials, board, comments)


def from_database(db, today: date) -> HomeFigures:
    """read_home inside one read transaction of an open Database."""
    from commune_desk.storage.sql_reader import SessionReader

    with db.read() as s:
        return read_home(SessionReader(s), today)


def quick_read(path: Path, today: date) -> HomeFigures | None:
    """read_home on a plain database at the current schema, without SQLAlchemy; None when it cannot (encrypted,
    to be migrated, missing, locked, a receiving office's database): the full start-up path takes over then."""
    from commune_desk.storage.schema import HEAD
    from commune_desk.storage.sql_reader import read_plain_snapshot

    try:
        figures = read_plain_snapshot(path, HEAD, lambda r: read_home(r, today))
    except (ValueError, TypeError, KeyError):
        return None  # content the full path would reject with a proper message
    if figures is None or figures.profile.role == "office" or not figures.profile.is_set:
        return None  # the office desk and the first-run form have their own screens
    return figures
