"""Generic audited repository over a record Kind, plus the bulk insert used by workbook import and demo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, NotFound, Problem, ValidationFailed
from commune_desk.domain.records.penalty_rules import with_legal_basis
from commune_desk.domain.records.rules import RuleContext
from commune_desk.domain.records.types import Penalty
from commune_desk.domain.unit_history import ENDING_KINDS
from commune_desk.storage import audit_log
from commune_desk.storage import models_community as mc
from commune_desk.storage import models_records as m
from commune_desk.storage.models import ResidentialUnitRow
from commune_desk.storage.period_repo import check_record, scheme_of
from commune_desk.storage.repos.parent_refs import FEW, codes_for, lookups_for
from commune_desk.storage.repos.kinds import CHILD_TABLES, Kind, child_rows, load_children
from commune_desk.storage.repos.rows_insert import insert_columns, insert_rows
from commune_desk.storage.repos.usage import in_use


_LOOKUP_TABLES = {"units": ResidentialUnitRow, "businesses": m.BusinessRow, "hotspots": m.HotspotRow,
                  "models": mc.CommunityModelRow, "teams": mc.TeamRow}


def load_lookups(s: Session, only: tuple[str, ...] | None = None) -> dict[str, dict[str, int]]:
    """Code -> id maps of residential units, businesses, hotspots, models and teams (or `only` those named: a
    list page needs the ones its references use, not every business of the commune)."""
    names = _LOOKUP_TABLES if only is None else only
    return {name: dict(s.execute(select(_LOOKUP_TABLES[name].code, _LOOKUP_TABLES[name].id)).all())
            for name in names}


def model_dates(s: Session, codes=None) -> dict:
    """Model code -> set-up date (status changes and figures may not come before it); of `codes` only if given."""
    query = select(mc.CommunityModelRow.code, mc.CommunityModelRow.set_up_date)
    if codes is not None:
        query = query.where(mc.CommunityModelRow.code.in_(codes))
    return dict(s.execute(query).all())


def few(codes: dict) -> dict | None:
    """`codes` when they are few enough to name in a statement, else None (read them all)."""
    return codes if len(codes) <= FEW else None


def rule_context(s: Session, today: date, catalogues, lookups: dict, *, unit_ends=None) -> RuleContext:
    """What the rules check a record against: the codes known in the database (those of `lookups`: every code, or
    lookups_for's few a record names; the rules only ask whether a record's own codes are in) and the units' ends."""
    return RuleContext(today, catalogues, frozenset(lookups["units"]), frozenset(lookups["businesses"]),
                       frozenset(lookups["hotspots"]), unit_ends=unit_ends, model_codes=frozenset(lookups["models"]),
                       team_codes=frozenset(lookups["teams"]), model_dates=model_dates(s, few(lookups["models"])),
                       scheme=scheme_of(s))


def _reverse(lookups: dict) -> dict:
    return {name: {v: k for k, v in table.items()} for name, table in lookups.items()}


class RecordRepository:
    """List, get, add, update, delete one record type; validation and period locks as for propaganda.

    `catalogues` (the CatalogueSet in force, from services.plans.catalogues) is needed to add or update records.
    """

    def __init__(self, db, actor: str, kind: Kind, *, today=date.today, catalogues=None) -> None:
        self._db, self._actor, self.kind, self._today = db, actor, kind, today
        self._catalogues = catalogues

    @property
    def catalogues(self):
        if self._catalogues is None:
            raise TypeError("this repository was built without catalogues; pass catalogues= to change records")
        return self._catalogues

    # ---- queries -------------------------------------------------------------------------------------------
    def list(self) -> list:
        with self._db.read() as s:
            return self._load(s, select(self.kind.row))

    def get(self, record_id: int):
        with self._db.read() as s:
            found = self._load(s, select(self.kind.row).where(self.kind.row.id == record_id))
            if not found:
                raise NotFound(f"{self.kind.entity} {record_id} does not exist")
            return found[0]

    def count(self) -> int:
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(self.kind.row))

    def _load(self, s: Session, query) -> list:
        kind = self.kind
        order = [getattr(kind.row, kind.date_field)] if kind.date_field else []
        rows = list(s.scalars(query.order_by(*order, kind.row.id)))
        codes = codes_for(s, kind, rows)
        children = load_children(kind, s, [r.id for r in rows]) if kind.child else {}
        return [kind.to_record(r, codes, children.get(r.id)) for r in rows]

    # ---- changes -------------------------------------------------------------------------------------------
    def _prepare(self, rec):
        rec = rec.normalised()
        if isinstance(rec, Penalty):
            # Saved through the rules, a case flagged by the NĐ 282/2025 migration has been reviewed.
            rec = replace(with_legal_basis(rec, self.catalogues), review="")
        if "catalogue_version" in self.kind.simple_fields and not rec.catalogue_version:
            rec = replace(rec, catalogue_version=self.catalogues.version)
        return rec

    def _check(self, s: Session, rec, lookups: dict, exclude_id: int | None = None) -> None:
        from commune_desk.storage.sql_reader import SessionReader
        from commune_desk.storage.unit_reads import history

        reader = SessionReader(s)
        ctx = rule_context(s, self._today(), self.catalogues, lookups,
                           unit_ends=self._ends(s, history(reader)[0], exclude_id))
        problems = self.kind.validate(rec, ctx)
        if not problems and self.kind.entity == "training":
            from commune_desk.storage.figures_checks import training_problems

            # No share of staff may pass 100 %: persons of this training against the staff figures of its year.
            problems = training_problems(reader, rec, exclude_id=exclude_id, catalogues=self.catalogues)
        if not problems and self.kind.entity == "residential_unit_event" and rec.kind in ENDING_KINDS:
            from commune_desk.storage.unit_reads import records_from

            if (later := records_from(reader, rec.unit_code, rec.effective_date)):
                problems = [Problem("effective_date", QT_TRANSLATE_NOOP(
                    "Problems", "{count} records of this unit are dated on or after this day; give them to the "
                                "successor first, or choose a later day"), args={"count": later})]
        columns = self.kind.to_columns(rec, lookups)
        if self.kind.unique:
            q = select(self.kind.row.id).where(*(getattr(self.kind.row, c) == columns[c] for c in self.kind.unique))
            if exclude_id is not None:
                q = q.where(self.kind.row.id != exclude_id)
            if s.scalar(q) is not None:
                problems.append(Problem(self.kind.unique[-1], "is already used"))
        if problems:
            raise ValidationFailed(problems)
        self._check_lock(s, rec)

    def _ends(self, s: Session, ends: dict, exclude_id: int | None) -> dict:
        """The units' ends, leaving out the one the edited unit event itself makes (it may be moved or fixed)."""
        if self.kind.entity != "residential_unit_event" or exclude_id is None:
            return ends
        row = s.get(self.kind.row, exclude_id)
        if row is None:
            return ends
        code = s.get(ResidentialUnitRow, row.unit_id).code
        return {k: v for k, v in ends.items() if not (k == code and v.day == row.effective_date)}

    def _check_lock(self, s: Session, rec) -> None:
        if self.kind.lockable:
            decision = check_record(s, self.kind, rec)
            if not decision.allowed:
                raise decision.refusal()

    def _write_children(self, s: Session, rec, parent_id: int) -> None:
        for row_cls, values in child_rows(self.kind, rec, parent_id, self.catalogues):
            s.add(row_cls(**values))

    def _drop_children(self, s: Session, parent_id: int) -> None:
        table = CHILD_TABLES.get(self.kind.child)
        if table:
            s.execute(table[0].__table__.delete().where(getattr(table[0], table[1]) == parent_id))

    def add(self, rec):
        rec = self._prepare(rec)
        with self._db.write() as s:
            lookups = lookups_for(s, self.kind, [rec])
            self._check(s, rec, lookups)
            now = datetime.now()
            row = self.kind.row(**self.kind.to_columns(rec, lookups))
            if hasattr(row, "created_at"):
                row.created_at = row.updated_at = now
            s.add(row)
            s.flush()
            self._write_children(s, rec, row.id)
            audit_log.append(s, self._actor, "create", self.kind.entity, row.id, None, rec.to_dict())
            return replace(rec, id=row.id)

    def update(self, rec):
        rec = self._prepare(rec)
        before = self.get(rec.id)
        if rec == before:
            # Saved without a change: no write, no audit entry, no new timestamp (a form opened and closed with
            # Save must leave the database as it was).
            return before
        with self._db.write() as s:
            row = s.get(self.kind.row, rec.id)
            if row is None:
                raise NotFound(f"{self.kind.entity} {rec.id} does not exist")
            self._check_lock(s, before)
            lookups = lookups_for(s, self.kind, [rec])
            self._check(s, rec, lookups, exclude_id=rec.id)
            for column, value in self.kind.to_columns(rec, lookups).items():
                setattr(row, column, value)
            if hasattr(row, "updated_at"):
                row.updated_at = datetime.now()
            self._drop_children(s, rec.id)
            self._write_children(s, rec, rec.id)
            audit_log.append(s, self._actor, "update", self.kind.entity, rec.id, before.to_dict(), rec.to_dict())
            return rec

    def problems(self, rec, exclude_id: int | None = None) -> list:
        """What saving `rec` would refuse (its Problems), without writing: a form shows it live after a refusal."""
        from commune_desk.domain.errors import ExpectedError

        rec = self._prepare(rec)
        with self._db.read() as s:
            try:
                self._check(s, rec, lookups_for(s, self.kind, [rec]), exclude_id=exclude_id)
            except ValidationFailed as exc:
                return list(exc.problems)
            except ExpectedError:          # locked: the form says so on its own
                return []
        return []

    def delete(self, record_id: int):
        before = self.get(record_id)
        with self._db.write() as s:
            self._check_lock(s, before)
            in_use(s, self.kind.entity, record_id)
            self._drop_children(s, record_id)
            s.execute(self.kind.row.__table__.delete().where(self.kind.row.id == record_id))
            audit_log.append(s, self._actor, "delete", self.kind.entity, record_id, before.to_dict(), None,
                             full=True)
            return before

    def restore(self, record, catalogues):
        """Put a deleted `record` back under its old id, audited as "restore": the undo of delete."""
        from commune_desk.storage.repos.listing import restore_deleted  # listing builds on this module

        return restore_deleted(self._db, self._actor, self.kind, record, catalogues)


CHUNK = 5_000  # records written between two calls of a bulk insert's `step` (progress, and a cancel before commit)


def bulk_insert(s: Session, actor: str, kind: Kind, records: list, lookups: dict, catalogues, *,
                source: str, step=None) -> int:
    """Insert validated records with explicit ids, a few thousand per statement; one audit entry for the batch.

    Returns the number of records. `lookups` gains the codes of inserted businesses, hotspots, models and teams.
    `step(count)`, if given, is called after each part of `count` records is written (it may raise to stop).
    """
    if not records:
        return 0
    first = (s.scalar(select(func.max(kind.row.id))) or 0) + 1
    now = datetime.now()
    stamp = {"created_at": now, "updated_at": now} if hasattr(kind.row, "created_at") else {}
    ids = list(range(first, first + len(records)))
    grows = {"business": "businesses", "hotspot": "hotspots", "community_model": "models", "team": "teams"}
    for start in range(0, len(records), CHUNK):
        part, part_ids = records[start:start + CHUNK], ids[start:start + CHUNK]
        # Column by column (Kind.column_lists): the values to_columns() gives each record, without a dict per row.
        columns = {"id": part_ids, **kind.column_lists(part, lookups),
                   **{k: [v] * len(part) for k, v in stamp.items()}}
        children: dict = {}
        if kind.child:
            for rid, rec in zip(part_ids, part):
                for row_cls, values in child_rows(kind, rec, rid, catalogues):
                    children.setdefault(row_cls, []).append(values)
        # executemany with SQLAlchemy's own bind processors: the same values as insert(), a fraction of its time.
        insert_columns(s, kind.row.__table__, columns)
        for row_cls, values in children.items():
            insert_rows(s, row_cls.__table__, values)
        if kind.entity in grows:
            lookups[grows[kind.entity]].update(zip(columns["code"], part_ids))
        if step is not None:
            step(len(part))
    audit_log.append(s, actor, "bulk_import", kind.entity, f"{first}-{first + len(ids) - 1}", None,
                     {"count": len(ids), "source": source}, full=True)
    return len(ids)
