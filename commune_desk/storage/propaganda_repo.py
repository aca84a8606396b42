"""Propaganda activities: filtered paged queries with totals, and audited create/update/delete/undo."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commune_desk.domain.errors import NotFound, ValidationFailed
from commune_desk.domain.propaganda import PropagandaActivity, validate_propaganda
from commune_desk.domain.text import fold
from commune_desk.storage import audit_log
from commune_desk.storage.models import PropagandaRow, ResidentialUnitRow
from commune_desk.storage.models_community import TeamRow
from commune_desk.storage.period_repo import check_edit

ENTITY = "propaganda"


@dataclass(frozen=True)
class PropagandaFilter:
    """What the list shows: a date range, a residential unit, a form and free text (diacritics folded)."""

    date_from: date | None = None
    date_to: date | None = None
    unit_code: str = ""
    form_code: str = ""
    text: str = ""


@dataclass(frozen=True)
class Totals:
    count: int
    participants: int
    materials: int


# Text sorts in natural order (domain.text.natural_key, registered on the connection as vi_natural): "Thôn 2"
# before "Thôn 10". The unit column sorts by the unit's name, as shown, not by its id.
_UNIT_NAME = (select(ResidentialUnitRow.name).where(ResidentialUnitRow.id == PropagandaRow.unit_id)
              .correlate(PropagandaRow).scalar_subquery())
SORTABLE = {
    "activity_date": PropagandaRow.activity_date,
    "form_code": func.vi_natural(PropagandaRow.form_code),
    "title": func.vi_natural(PropagandaRow.title),
    "participants": PropagandaRow.participants,
    "materials": PropagandaRow.materials,
    "unit_code": func.vi_natural(func.coalesce(_UNIT_NAME, "")),
}


def _search_text(rec: PropagandaActivity) -> str:
    return fold(" ".join((rec.title, rec.organiser, rec.note)))


class PropagandaRepository:
    def __init__(self, db, actor: str, *, today=date.today) -> None:
        self._db = db
        self._actor = actor
        self._today = today

    def edit_decision(self, record_date):
        """Whether a record dated `record_date` may change (a signed period locks it); for read-only forms."""
        with self._db.read() as s:
            return check_edit(s, record_date)

    # ---- queries -------------------------------------------------------------------------------------------
    def _where(self, s: Session, flt: PropagandaFilter):
        conds = []
        if flt.date_from:
            conds.append(PropagandaRow.activity_date >= flt.date_from)
        if flt.date_to:
            conds.append(PropagandaRow.activity_date <= flt.date_to)
        if flt.form_code:
            conds.append(PropagandaRow.form_code == flt.form_code)
        if flt.unit_code:
            unit_id = s.scalar(select(ResidentialUnitRow.id).where(ResidentialUnitRow.code == flt.unit_code))
            conds.append(PropagandaRow.unit_id == (unit_id if unit_id is not None else -1))
        for word in fold(flt.text).split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conds.append(PropagandaRow.search_text.like(f"%{escaped}%", escape="\\"))
        return conds

    def totals(self, flt: PropagandaFilter = PropagandaFilter()) -> Totals:
        with self._db.read() as s:
            q = select(func.count(), func.coalesce(func.sum(PropagandaRow.participants), 0),
                       func.coalesce(func.sum(PropagandaRow.materials), 0)).where(*self._where(s, flt))
            count, participants, materials = s.execute(q).one()
            return Totals(count, participants, materials)

    def page(self, flt: PropagandaFilter = PropagandaFilter(), *, offset: int = 0, limit: int = 200,
             sort: str = "activity_date", descending: bool = True) -> list[PropagandaActivity]:
        column = SORTABLE.get(sort, PropagandaRow.activity_date)
        order = [column.desc() if descending else column.asc(), PropagandaRow.id.desc()]
        with self._db.read() as s:
            units = self._unit_codes(s)
            q = select(PropagandaRow).where(*self._where(s, flt)).order_by(*order).offset(offset).limit(limit)
            teams = self._team_codes(s)
            return [self._to_domain(r, units, teams) for r in s.scalars(q)]

    def get(self, record_id: int) -> PropagandaActivity:
        with self._db.read() as s:
            row = s.get(PropagandaRow, record_id)
            if row is None:
                raise NotFound(f"propaganda activity {record_id} does not exist")
            return self._to_domain(row, self._unit_codes(s), self._team_codes(s))

    @staticmethod
    def _unit_codes(s: Session) -> dict[int, str]:
        return {uid: code for uid, code in s.execute(select(ResidentialUnitRow.id, ResidentialUnitRow.code))}

    @staticmethod
    def _team_codes(s: Session) -> dict[int, str]:
        return {tid: code for tid, code in s.execute(select(TeamRow.id, TeamRow.code))}

    @staticmethod
    def _to_domain(row: PropagandaRow, units: dict[int, str],
                   teams: dict[int, str] | None = None) -> PropagandaActivity:
        return PropagandaActivity(
            activity_date=row.activity_date, form_code=row.form_code, title=row.title,
            participants=row.participants, materials=row.materials,
            unit_code=units.get(row.unit_id, "") if row.unit_id else "",
            target_groups=tuple(c for c in row.target_groups.split(";") if c),
            organiser=row.organiser, note=row.note, catalogue_version=row.catalogue_version, id=row.id,
            team_code=(teams or {}).get(row.team_id, "") if row.team_id else "",
        )

    # ---- changes -------------------------------------------------------------------------------------------
    def _validate(self, s: Session, rec: PropagandaActivity, form_codes) -> tuple[int | None, int | None]:
        """Check `rec`; returns the ids of its residential unit and of the team that carried it out."""
        from commune_desk.storage.sql_reader import SessionReader
        from commune_desk.storage.unit_reads import history

        unit_ids = {code: uid for uid, code in self._unit_codes(s).items()}
        team_ids = {code: tid for tid, code in self._team_codes(s).items()}
        problems = validate_propaganda(rec, today=self._today(), form_codes=form_codes, unit_codes=unit_ids,
                                       unit_ends=history(SessionReader(s))[0], team_codes=team_ids)
        if problems:
            raise ValidationFailed(problems)
        decision = check_edit(s, rec.activity_date)
        if not decision.allowed:
            raise decision.refusal()
        return (unit_ids.get(rec.unit_code) if rec.unit_code else None,
                team_ids.get(rec.team_code) if rec.team_code else None)

    def problems(self, rec: PropagandaActivity, *, form_codes=None) -> list:
        """What saving `rec` would refuse (its Problems), without writing: the form shows it live after a refusal."""
        from commune_desk.domain.errors import ExpectedError

        rec = rec.normalised()
        with self._db.read() as s:
            try:
                self._validate(s, rec, form_codes)
            except ValidationFailed as exc:
                return list(exc.problems)
            except ExpectedError:
                return []
        return []

    def add(self, rec: PropagandaActivity, *, form_codes=None) -> PropagandaActivity:
        rec = rec.normalised()
        with self._db.write() as s:
            unit_id, team_id = self._validate(s, rec, form_codes)
            now = datetime.now()
            row = PropagandaRow(created_at=now, updated_at=now, unit_id=unit_id, team_id=team_id)
            self._fill(row, rec)
            s.add(row)
            s.flush()
            audit_log.append(s, self._actor, "create", ENTITY, row.id, None, rec.to_dict())
            return replace(rec, id=row.id)

    def update(self, rec: PropagandaActivity, *, form_codes=None) -> PropagandaActivity:
        rec = rec.normalised()
        with self._db.write() as s:
            row = s.get(PropagandaRow, rec.id)
            if row is None:
                raise NotFound(f"propaganda activity {rec.id} does not exist")
            before = self._to_domain(row, self._unit_codes(s), self._team_codes(s))
            if rec == before:
                return before       # saved without a change: the database stays as it was
            # The old date must be editable too: moving a record out of a signed period is a change to it.
            decision = check_edit(s, before.activity_date)
            if not decision.allowed:
                raise decision.refusal()
            row.unit_id, row.team_id = self._validate(s, rec, form_codes)
            self._fill(row, rec)
            row.updated_at = datetime.now()
            audit_log.append(s, self._actor, "update", ENTITY, row.id, before.to_dict(), rec.to_dict())
            return rec

    def delete(self, record_id: int) -> PropagandaActivity:
        with self._db.write() as s:
            row = s.get(PropagandaRow, record_id)
            if row is None:
                raise NotFound(f"propaganda activity {record_id} does not exist")
            before = self._to_domain(row, self._unit_codes(s), self._team_codes(s))
            decision = check_edit(s, before.activity_date)
            if not decision.allowed:
                raise decision.refusal()
            s.delete(row)
            # The full record goes into the log so that the deletion can be undone from it.
            audit_log.append(s, self._actor, "delete", ENTITY, record_id, before.to_dict(), None, full=True)
            return before

    def undo_delete(self, record: PropagandaActivity) -> PropagandaActivity:
        """Put a deleted record back under its old id."""
        with self._db.write() as s:
            if s.get(PropagandaRow, record.id) is not None:
                raise ValidationFailed([])
            unit_id, team_id = self._validate(s, record, None)
            now = datetime.now()
            row = PropagandaRow(id=record.id, created_at=now, updated_at=now, unit_id=unit_id, team_id=team_id)
            self._fill(row, record)
            s.add(row)
            s.flush()
            audit_log.append(s, self._actor, "restore", ENTITY, row.id, None, record.to_dict(), full=True)
            return record

    @staticmethod
    def _fill(row: PropagandaRow, rec: PropagandaActivity) -> None:
        row.activity_date = rec.activity_date
        row.form_code = rec.form_code
        row.title = rec.title
        row.participants = rec.participants
        row.materials = rec.materials
        row.target_groups = ";".join(rec.target_groups)
        row.organiser = rec.organiser
        row.note = rec.note
        row.catalogue_version = rec.catalogue_version
        row.search_text = _search_text(rec)
