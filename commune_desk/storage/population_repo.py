"""Stores population figures per year with their history (audited), refusing what would break a share or a lock."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime


from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Locked, NotFound, ValidationFailed
from commune_desk.domain.period_state import SIGNED
from commune_desk.domain.populations import PopulationEntry, in_force, validate_population
from commune_desk.storage import audit_log
from commune_desk.storage.figures_checks import population_problems
from commune_desk.storage.models_figures import PopulationRow
from commune_desk.storage.period_repo import states
from commune_desk.storage.population_reads import population_entries
from commune_desk.storage.sql_reader import SessionReader

ENTITY = "population"


def lock_error(session, before: list, after: list, key, year: int) -> Locked | None:
    """Why the change may not be made: it would alter the figure in force at the end of a signed period."""
    for st in states(session):
        if st.state != SIGNED or st.window_end is None or st.window_end.year != year:
            continue
        old = in_force(before, key, year, st.window_end)
        new = in_force(after, key, year, st.window_end)
        if (old.value if old else None) != (new.value if new else None):
            return Locked.of(QT_TRANSLATE_NOOP(
                "Problems", "the period {period} was signed (revision {revision}) with the figure in force at its "
                            "end; amend it to change that figure"), period=st.period, revision=st.revision)
    return None


class PopulationRepository:
    """`catalogues` (the CatalogueSet in force) knows the staff roles and levels; needed to set figures."""

    def __init__(self, db, actor: str, *, today=date.today, catalogues=None) -> None:
        self._db, self._actor, self._today, self._catalogues = db, actor, today, catalogues

    def list(self, year: int | None = None, *, history: bool = False) -> list[PopulationEntry]:
        with self._db.read() as s:
            return population_entries(SessionReader(s), year, history=history)

    def in_force(self, year: int, day: date) -> dict:
        """key -> entry in force on `day` for `year` (staff keys by role and level)."""
        entries = self.list(year)
        return {k: e for k in {e.key for e in entries} if (e := in_force(entries, k, year, day)) is not None}

    def set(self, entry: PopulationEntry) -> PopulationEntry:
        """Add a figure; one of the same key, year and date is replaced (kept as history). Unchanged: no-op."""
        entry = entry.normalised()
        cats = self._catalogues
        roles = set(cats["training_roles"].codes()) if cats else set()
        levels = set(cats["staff_levels"].codes()) if cats else set()
        problems = validate_population(entry, today=self._today(), roles=roles, levels=levels)
        if problems:
            raise ValidationFailed(problems)
        with self._db.write() as s:
            r = SessionReader(s)
            before = population_entries(r, entry.year, entry.kind)
            same = [e for e in before if e.key == entry.key and e.as_of == entry.as_of]
            if same and all((e.value, e.source, e.note) == (entry.value, entry.source, entry.note) for e in same):
                return same[-1]
            now = datetime.now()
            after = [e for e in before if e not in same] + [replace(entry, id=10**12, recorded_at=now)]
            self._check(s, r, before, after, entry)
            for old in same:
                s.get(PopulationRow, old.id).replaced_at = now
            row = PopulationRow(year=entry.year, kind=entry.kind, role_code=entry.role, level_code=entry.level,
                                value=entry.value, as_of=entry.as_of, source=entry.source, note=entry.note,
                                recorded_at=now, recorded_by=self._actor)
            s.add(row)
            s.flush()
            audit_log.append(s, self._actor, "update" if same else "create", ENTITY, row.id,
                             same[-1].to_dict() if same else None, entry.to_dict(), full=True)
            return replace(entry, id=row.id, recorded_at=now, recorded_by=self._actor)

    def withdraw(self, entry_id: int) -> PopulationEntry:
        """Take a figure out of force (it stays in the history, marked replaced)."""
        with self._db.write() as s:
            row = s.get(PopulationRow, entry_id)
            if row is None or row.replaced_at is not None:
                raise NotFound(f"population figure {entry_id} does not exist or was already replaced")
            r = SessionReader(s)
            before = population_entries(r, row.year, row.kind)
            gone = next(e for e in before if e.id == entry_id)
            after = [e for e in before if e.id != entry_id]
            self._check(s, r, before, after, gone)
            row.replaced_at = datetime.now()
            audit_log.append(s, self._actor, "delete", ENTITY, entry_id, gone.to_dict(), None, full=True)
            return gone

    def _check(self, s, r, before: list, after: list, entry: PopulationEntry) -> None:
        error = lock_error(s, before, after, entry.key, entry.year)
        if error is not None:
            raise error
        problems = population_problems(r, after, entry.year, entry.kind, catalogues=self._catalogues)
        if problems:
            raise ValidationFailed(problems)
