"""Filtered lists of one record kind for the screens: filters, folded search, natural sort, pages and totals in SQL."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import exists, func, select

from commune_desk.domain.errors import ValidationFailed
from commune_desk.storage import audit_log
from commune_desk.storage import models_community as mc
from commune_desk.storage import models_records as m
from commune_desk.storage.models import ResidentialUnitRow
from commune_desk.storage.period_repo import check_record
from commune_desk.storage.repos.parent_refs import lookups_for
from commune_desk.storage.repos import list_search, list_sql
from commune_desk.storage.repos.kinds import Kind, child_rows, load_children
from commune_desk.storage.repos.usage import usage_count

# entity -> (date column used by the period filter, column filtered by the "kind" combo, parent reference field)
SHAPES = {
    "propaganda": ("activity_date", "form_code", ""),
    "training": ("training_date", "topic_code", ""),
    "business": ("registered_date", "kind_code", ""),
    "inspection": ("inspection_date", "outcome_code", "business_code"),
    "hotspot": (None, "", ""),
    "hotspot_event": ("event_date", "kind_code", "hotspot_code"),
    "tipoff": ("received_date", "outcome_code", ""),
    "penalty_decision": ("decision_date", "violation_code", ""),
    "reintegration_support": ("support_date", "kind_code", ""),
    "healthy_commune_assessment": ("assessed_date", "result", ""),
    "residential_unit_event": ("effective_date", "kind", "unit_code"),
    "team": (None, "kind_code", ""),
    "community_model": (None, "kind_code", ""),
    "model_status": ("status_date", "", "model_code"),
    "model_figures": ("anchor_date", "", "model_code"),
}
LARGE = 20_000  # records (by the highest id) from which a search tested row by row may be counted in the background
WALK = 20  # a covered model costs IN ~10 tests of EXISTS; EXISTS tests ~200·models/covered: see _covering
_PARENTS = {"business_code": ("business_id", m.BusinessRow), "hotspot_code": ("hotspot_id", m.HotspotRow),
            "unit_code": ("unit_id", ResidentialUnitRow), "model_code": ("model_id", mc.CommunityModelRow)}


@dataclass(frozen=True)
class ListFilter:
    """What a list shows: a date window, a residential unit, a catalogue code, a parent record and free text."""

    date_from: date | None = None
    date_to: date | None = None
    unit_code: str = ""
    kind_code: str = ""
    parent_code: str = ""
    text: str = ""


@dataclass(frozen=True)
class ListResult:
    """The records that pass a filter, in order, with the sums of the asked numbers and per-record extras."""

    records: tuple
    totals: dict = field(default_factory=dict)
    extras: dict = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.records)


class RecordListing:
    """Read-only listing of one Kind, filtered, sorted and paged in SQL. `sums`: names of the figures to total
    (columns of the kind's table or figures named in list_sql)."""

    def __init__(self, db, kind: Kind, *, sums: tuple[str, ...] = ()) -> None:
        self._db, self.kind = db, kind
        self.date_field, self.kind_field, self.parent_field = SHAPES.get(kind.entity, (kind.date_field, "", ""))
        self.sums = tuple(sums)
        self._hints = list_search.Hints()  # which search words are rare, shared by a filter change's statements

    def _conditions(self, s, flt: ListFilter, labels: dict | None = None, *, page: bool = False,
                    walk: bool = False) -> list:
        row, conds = self.kind.row, []
        if self.date_field and flt.date_from:
            conds.append(getattr(row, self.date_field) >= flt.date_from)
        if self.date_field and flt.date_to:
            conds.append(getattr(row, self.date_field) <= flt.date_to)
        if self.kind_field and flt.kind_code:
            conds.append(getattr(row, self.kind_field) == flt.kind_code)
        if flt.unit_code and "unit_code" in self.kind.refs and self.parent_field != "unit_code":
            unit_id = s.scalar(select(ResidentialUnitRow.id).where(ResidentialUnitRow.code == flt.unit_code))
            conds.append(row.unit_id == (unit_id if unit_id is not None else -1))
        if flt.unit_code and hasattr(row, "unit_codes"):     # a model covering several units
            conds.append(_covering(s, row, flt.unit_code, walk=walk))
        if self.parent_field and flt.parent_code:
            column, parent = _PARENTS[self.parent_field]
            pid = s.scalar(select(parent.id).where(parent.code == flt.parent_code))
            conds.append(getattr(row, column) == (pid if pid is not None else -1))
        conds.extend(list_search.search(s, self.kind, flt.text, labels or {}, page=page, hints=self._hints))
        return conds

    def totals(self, flt: ListFilter = ListFilter(), *, labels: dict | None = None,
               sums: tuple[str, ...] | None = None) -> tuple[int, dict[str, int]]:
        """(how many records pass `flt`, name -> sum of that figure over them), counted in SQL."""
        with self._db.read() as s:
            return list_sql.totals(s, self.kind, self._conditions(s, flt, labels),
                                   self.sums if sums is None else tuple(sums))

    def counts_every_record(self, flt: ListFilter) -> bool:
        """Whether counting and totalling `flt` tests a search word on every record of a large table (a common
        word, or one under 3 characters): a screen may then show the first page before its count and totals."""
        if not flt.text.strip():
            return False
        with self._db.read() as s:
            if (s.scalar(select(func.max(self.kind.row.id))) or 0) < LARGE:
                return False
            return list_search.row_by_row(s, self.kind, flt.text, self._hints)

    def page(self, flt: ListFilter = ListFilter(), *, offset: int = 0, limit: int | None = 200, sort: str = "",
             descending: bool = True, labels: dict | None = None) -> tuple[list, dict]:
        """(records `offset`… of the list sorted by column `sort`, their extras). `labels` gives per field
        the label shown for each code ({"kind_code": {"karaoke": "Karaoke"}}): searching "karaoke" finds kind
        "karaoke", and codes sort as their labels read."""
        kind = self.kind
        with self._db.read() as s:
            # a page in the list's own order (by id, or by the sort field's stored key) walks an index and may stop
            # at the page's end: _covering then tests each model it passes instead of fetching all of a unit's first
            walk = limit is not None and sort in ("", kind.sort_field)
            conds = self._conditions(s, flt, labels, page=limit is not None, walk=walk)
            order = list_sql.order_by(s, kind, sort, descending, labels or {})
            if limit is None:
                rows = s.execute(select(kind.row.__table__).where(*conds).order_by(*order).offset(offset)).all()
            else:
                # The page's ids first, sorted on their keys alone, then those rows (put back in that order here: a
                # page is 200 rows). Sorting whole rows to keep 200 made SQLite carry every column of every record
                # through its sorter: 100,000 teams by activities took 217 ms, their ids 39 ms; models by status
                # (a subquery per record) 57 -> 32 ms (CPU, raw SQL).
                ids = list(s.scalars(select(kind.row.id).where(*conds).order_by(*order).offset(offset).limit(limit)))
                found = {r.id: r for r in s.execute(select(kind.row.__table__).where(kind.row.id.in_(ids)))}
                rows = [found[i] for i in ids]
            ids = [r.id for r in rows]
            codes = list_sql.codes_of(s, kind, rows)
            children = load_children(kind, s, ids) if kind.child and kind.child != "identity" else {}
            return kind.records_of(rows, codes, children), self._extras(s, rows)

    def query(self, flt: ListFilter = ListFilter(), *, sort: str = "", descending: bool = True,
              labels: dict | None = None, sums: tuple[str, ...] | None = None) -> ListResult:
        """Every record passing `flt` at once (exports, tests); screens take pages."""
        records, extras = self.page(flt, limit=None, sort=sort, descending=descending, labels=labels)
        _count, totals = self.totals(flt, labels=labels, sums=sums)
        return ListResult(tuple(records), totals, extras)

    def _extras(self, s, rows: list) -> dict:
        """Per record of a page, what its list shows beside its own fields (read from `rows`, the page's rows of
        select(table), where the table holds it)."""
        ids = [r.id for r in rows]
        if not ids:
            return {}
        if self.kind.entity == "business":
            q = select(m.InspectionRow.business_id, func.count(), func.max(m.InspectionRow.inspection_date)) \
                .where(m.InspectionRow.business_id.in_(ids)).group_by(m.InspectionRow.business_id)
            return {bid: (n, last) for bid, n, last in s.execute(q)}
        if self.kind.entity == "hotspot":      # its current state: the last event (by date, then id)
            ev, row = m.HotspotEventRow, self.kind.row
            q = select(row.id, list_sql.latest(ev, "hotspot_id", ev.kind_code, ev.event_date, row),
                       list_sql.latest(ev, "hotspot_id", ev.event_date, ev.event_date, row)).where(row.id.in_(ids))
            return {hid: (code, day) for hid, code, day in s.execute(q) if day is not None}
        if self.kind.entity == "community_model":  # its current status: the last change, else operating since set-up
            st, row = mc.ModelStatusRow, self.kind.row
            # One index seek per model of the page, as the list's sort does (list_sql.named): reading every change of
            # the page's models and ordering them here took ~100 ms for 200 models with 100 changes each.
            q = select(row.id, list_sql.latest(st, "model_id", st.status, st.status_date, row),
                       list_sql.latest(st, "model_id", st.status_date, st.status_date, row)).where(row.id.in_(ids))
            found = {mid: (status, day) for mid, status, day in s.execute(q) if day is not None}
            return {r.id: found.get(r.id, ("operating", r.set_up_date)) for r in rows}
        if self.kind.entity == "team":         # activities carried out: counted by triggers (migration 0017)
            return {r.id: (r.activity_count,) for r in rows}
        if "team_code" in self.kind.refs:      # the name of the team that carried it out: the page's teams only
            column = self.kind.refs["team_code"][0]
            teams = {getattr(r, column) for r in rows} - {None}
            team = mc.TeamRow
            names = dict(s.execute(select(team.id, team.name).where(team.id.in_(teams))).all()) if teams else {}
            return {r.id: (names[getattr(r, column)],) for r in rows if getattr(r, column) in names}
        return {}

    def child_count(self, record_id: int) -> int:
        """Dependent records that block a delete (inspections of a business, events of a hotspot, the history
        of a model, the activities a team carried out)."""
        table = {"business": (m.InspectionRow, "business_id"),
                 "hotspot": (m.HotspotEventRow, "hotspot_id")}.get(self.kind.entity)
        if table is None:
            with self._db.read() as s:
                return usage_count(s, self.kind.entity, record_id)
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(table[0]).where(getattr(table[0], table[1]) == record_id))

    def likely_duplicates(self, rec, *, exclude_id: int | None = None) -> int:
        """How many other records share the date, unit and catalogue code of `rec` (a warning, never a block)."""
        if not self.date_field or not self.kind_field:
            return 0
        flt = ListFilter(date_from=getattr(rec, self.date_field), date_to=getattr(rec, self.date_field),
                         unit_code=getattr(rec, "unit_code", "") or "", kind_code=getattr(rec, self.kind_field))
        with self._db.read() as s:
            conds = self._conditions(s, flt)
            if "unit_code" in self.kind.refs and not flt.unit_code:
                conds.append(self.kind.row.unit_id.is_(None))
            if exclude_id is not None:
                conds.append(self.kind.row.id != exclude_id)
            return s.scalar(select(func.count()).select_from(self.kind.row).where(*conds))


def _covering(s, row, unit_code: str, *, walk: bool):
    """The condition "the model covers `unit_code`", read from its unit rows (migration 0020), not its string.

    IN reads the unit's range of ix_community_model_unit_code: a count, a page in an order no index gives, or any
    list of a unit few models cover touches only those models. A page that `walk`s an index in the list's order,
    of a unit many models cover, is cheaper as EXISTS: SQLite tests each model it passes and stops at the page's
    end (~200·models/covered tests), where IN would fetch and sort every covered model first (5–10 times a test's
    price each): EXISTS wins from about covered² > 20 × models on (measured at 100,000 models: docs/architecture.md)."""
    unit = mc.CommunityModelUnitRow
    if walk:
        # covered² > WALK × models, counted only as far as it needs to (a unit of 22,000 models: 1,400 entries)
        need = math.isqrt(WALK * (s.scalar(select(func.max(row.id))) or 0)) + 1
        some = select(unit.model_id).where(unit.unit_code == unit_code).limit(need).subquery()
        if (s.scalar(select(func.count()).select_from(some)) or 0) >= need:
            return exists().where(unit.model_id == row.id, unit.unit_code == unit_code)
    return row.id.in_(select(unit.model_id).where(unit.unit_code == unit_code))


def restore_deleted(db, actor: str, kind: Kind, record, catalogues):
    """Put a deleted record back under its old id (children too), audited as "restore"; the undo of delete."""
    with db.write() as s:
        if s.get(kind.row, record.id) is not None:
            raise ValidationFailed([])
        if kind.lockable:
            decision = check_record(s, kind, record)
            if not decision.allowed:
                raise decision.refusal()
        lookups = lookups_for(s, kind, [record])  # its own parents, not every business of the commune
        row = kind.row(id=record.id, **kind.to_columns(record, lookups))
        if hasattr(row, "created_at"):
            row.created_at = row.updated_at = datetime.now()
        s.add(row)
        s.flush()
        for row_cls, values in child_rows(kind, record, record.id, catalogues):
            s.add(row_cls(**values))
        audit_log.append(s, actor, "restore", kind.entity, record.id, None, record.to_dict(), full=True)
        return record
