"""Period states (draft, signed, amended) and the edit check every record repository asks before writing."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from commune_desk.domain.period_state import EditDecision, PeriodState, may_edit, may_edit_counted
from commune_desk.storage import audit_log
from commune_desk.storage.models import PeriodStateRow


def _to_state(row: PeriodStateRow) -> PeriodState:
    return PeriodState(row.period, row.state, row.revision, row.digest, row.window_start, row.window_end)


def states(session) -> list[PeriodState]:
    return [_to_state(r) for r in session.scalars(select(PeriodStateRow))]


def check_edit(session, record_date: date | None) -> EditDecision:
    return may_edit(record_date, states(session))


def check_record(session, kind, rec) -> EditDecision:
    """Whether `rec` of `kind` (storage.repos.kinds.Kind) may change: no signed period's frozen window states it."""
    test = kind.lock_test(rec, lambda: scheme_of(session))
    return EditDecision(True) if test is None else may_edit_counted(test, states(session))


def scheme_of(session):
    """The plans' cut-off rules read in `session` (domain.periods.PeriodScheme)."""
    from commune_desk.storage.home_reads import period_scheme
    from commune_desk.storage.sql_reader import SessionReader

    return period_scheme(SessionReader(session))


class PeriodStateRepository:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def all(self) -> list[PeriodState]:
        with self._db.read() as s:
            return states(s)

    def window(self, period) -> tuple[date, date]:
        """The data window of a domain Period under the plans' cut-off rules (the list filters count as the
        reports do)."""
        from commune_desk.storage.home_reads import period_scheme
        from commune_desk.storage.sql_reader import SessionReader

        with self._db.read() as s:
            return period_scheme(SessionReader(s)).window(period)

    def records_dated(self, start: date, end: date) -> int:
        """How many records (every kind with a date, propaganda too) are dated from `start` to `end`, and how many
        models' quarterly figures that window states: what signing that window locks."""
        from sqlalchemy import func

        from commune_desk.storage.community_queries import figures_counted
        from commune_desk.storage.repos.kinds import KINDS
        from commune_desk.storage.sql_reader import SessionReader

        columns = [getattr(k.row, k.date_field) for k in KINDS.values() if k.date_field and k.counted_by is None]
        with self._db.read() as s:
            figures, _late = figures_counted(SessionReader(s), (start, end), end)
            return sum(s.scalar(select(func.count()).where(c >= start, c <= end)) or 0 for c in columns) + len(figures)

    def decision_for(self, kind, rec) -> EditDecision:
        """Whether `rec` of `kind` may change (check_record)."""
        with self._db.read() as s:
            return check_record(s, kind, rec)

    def decision(self, record_date: date | None) -> EditDecision:
        with self._db.read() as s:
            return check_edit(s, record_date)

    def set(self, st: PeriodState) -> None:
        with self._db.write() as s:
            row = s.get(PeriodStateRow, st.period)
            before = None if row is None else _to_state(row).__dict__
            if row is None:
                row = PeriodStateRow(period=st.period)
                s.add(row)
            row.state, row.revision, row.digest = st.state, st.revision, st.digest
            row.window_start, row.window_end = st.window_start, st.window_end
            row.updated_at = datetime.now()
            audit_log.append(s, self._actor, "update", "period_state", st.period, before, st.__dict__)
