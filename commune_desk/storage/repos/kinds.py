"""How each record type maps between its frozen dataclass and its ORM table(s)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from functools import cached_property
from operator import attrgetter
from typing import Callable

from commune_desk.domain import propaganda as pg
from commune_desk.domain.records import community as cm
from commune_desk.domain.records import rules
from commune_desk.domain.records.penalty_rules import validate_penalty
from commune_desk.domain.records.types import (
    Assessment, Business, Hotspot, HotspotEvent, Inspection, Penalty, PersonIdentity, Support, TipOff, Training,
    TrainingLine, UnitEvent,
)
from commune_desk.domain.text import fold, natural_key
from commune_desk.storage import models_community as mc
from commune_desk.storage import models_records as m
from commune_desk.storage.models import PropagandaRow

KEY_CHARS = 200  # a stored sort key reads a text's first 200 characters: a long note sorts by its beginning


def _each_once(key, values: list) -> list:
    """[key(v) for v in values], computing each distinct value's key once: a column of organisers or partners
    repeats a handful of names over thousands of records (a sort key costs a few microseconds each)."""
    done: dict = {}
    return [done[v] if v in done else done.setdefault(v, key(v)) for v in values]


def text_key(text: str | None) -> str:
    """The stored sort key of a listed text column (natural order of its first KEY_CHARS characters)."""
    return natural_key((text or "")[:KEY_CHARS])


# domain field -> (column, lookup name); lookups map codes to ids of units, businesses, hotspots, models, teams.
_UNIT = {"unit_code": ("unit_id", "units")}
_TEAM = {"team_code": ("team_id", "teams")}
_MODEL = {"model_code": ("model_id", "models")}
# child field -> (its table, the column naming the parent)
CHILD_TABLES = {"participants": (m.TrainingParticipantRow, "training_id"),
                "scores": (m.AssessmentScoreRow, "assessment_id"),
                "identity": (m.PersonIdentityRow, "penalty_id"),
                "served": (mc.ModelServedRow, "figures_id"),
                "members": (mc.TeamMemberRow, "team_id")}


@dataclass(frozen=True)
class Kind:
    """One record type: entity name for the audit log, table, dataclass, rules and the date that locks it."""

    entity: str
    row: type
    record: type
    validate: Callable
    date_field: str | None
    refs: dict = field(default_factory=dict)
    unique: tuple[str, ...] = ()                    # columns that must be unique together
    computed: Callable = lambda rec: {}              # extra columns derived from the record
    child: str = ""                                  # a key of CHILD_TABLES
    search_fields: tuple[str, ...] = ()              # text fields folded into the row's search_text
    sort_field: str = ""                             # a text field whose natural sort key is stored (sort_key)
    text_sorts: tuple[str, ...] = ()                 # other sortable text fields: key stored in `<field>_key`

    # (record, scheme) -> a test of a signed period's frozen window (start, end): whether it states the record, for
    # records not stated by one date (a model's quarterly figures); None: locked by `date_field`
    counted_by: Callable | None = None

    @property
    def lockable(self) -> bool:
        return bool(self.date_field or self.counted_by)

    def lock_test(self, rec, scheme_of: Callable) -> Callable | None:
        """Whether a signed period's frozen window (start, end) locks this record (None: never locked);
        `scheme_of()` gives the plans' cut-off rules, read only for the records that need them."""
        if self.counted_by is not None:
            return self.counted_by(rec, scheme_of())
        day = getattr(rec, self.date_field, None) if self.date_field else None
        if not isinstance(day, date):
            return None
        return lambda window: window[0] <= day <= window[1]

    @cached_property
    def code_fields(self) -> list[str]:
        """Text fields holding codes (catalogue entries, fixed choices): searched through their labels."""
        texts = {f.name for f in fields(self.record) if f.type == "str"}
        return [n for n in self.simple_fields if n in texts and n not in self.search_fields
                and n != "catalogue_version"]

    @cached_property
    def code_lists(self) -> frozenset[str]:
        """Fields holding several codes or (code, number) pairs, stored ';'-joined."""
        return frozenset(f.name for f in fields(self.record) if f.type.startswith("tuple"))

    def search_text(self, rec) -> str:
        return fold(" ".join(getattr(rec, name) or "" for name in self.search_fields))

    @cached_property
    def simple_fields(self) -> list[str]:
        skip = {"id", self.child} | set(self.refs)
        return [f.name for f in fields(self.record) if f.name not in skip]

    def to_columns(self, rec, lookups: dict) -> dict:
        data = {}
        for name in self.simple_fields:
            value = getattr(rec, name)
            if isinstance(value, tuple):   # codes "a;b", or (code, number) pairs "a=1;b=2" (a penalty's more acts)
                value = ";".join(f"{v[0]}={v[1]}" if isinstance(v, tuple) else v for v in value)
            data[name] = value
        for name, (column, lookup) in self.refs.items():
            code = getattr(rec, name)
            data[column] = lookups[lookup].get(code) if code else None
        data.update(self.computed(rec))
        data["search_text"] = self.search_text(rec)
        if self.sort_field:      # lists sort by it without calling Python for every row
            data["sort_key"] = natural_key(getattr(rec, self.sort_field) or "")
        for name in self.text_sorts:
            data[f"{name}_key"] = text_key(getattr(rec, name))
        return data

    def column_lists(self, records: list, lookups: dict) -> dict[str, list]:
        """to_columns() of many records at once, column by column: {column: [its value for each record]}, the
        same values as [self.to_columns(rec, lookups) for rec in records] (tests/records/test_import_fast_paths.py
        compares them for every kind: a column added to to_columns must be added here too)."""
        out: dict[str, list] = {}
        for name in self.simple_fields:
            values = list(map(attrgetter(name), records))
            if any(issubclass(t, tuple) for t in set(map(type, values))):  # codes "a;b", pairs "a=1;b=2"
                values = [";".join(f"{v[0]}={v[1]}" if isinstance(v, tuple) else v for v in value)
                          if isinstance(value, tuple) else value for value in values]
            out[name] = values
        for name, (column, lookup) in self.refs.items():
            table = lookups[lookup]
            out[column] = [table.get(code) if code else None for code in map(attrgetter(name), records)]
        computed = [self.computed(rec) for rec in records]
        for key in computed[0] if computed else ():
            out[key] = [c[key] for c in computed]
        texts = [[v or "" for v in map(attrgetter(name), records)] for name in self.search_fields]
        out["search_text"] = list(map(fold, map(" ".join, zip(*texts)))) if texts else [fold("")] * len(records)
        if self.sort_field:
            out["sort_key"] = _each_once(natural_key, [v or "" for v in map(attrgetter(self.sort_field), records)])
        for name in self.text_sorts:
            out[f"{name}_key"] = _each_once(text_key, list(map(attrgetter(name), records)))
        return out

    @cached_property
    def _reading(self) -> tuple[tuple[str, str, object], ...]:
        """How each field of the record is read from a row, worked out once: (field, how, column or lookup)."""
        plan: list[tuple[str, str, object]] = []
        for f in fields(self.record):
            if f.name == "id" or f.name == self.child:
                continue
            if f.name in self.refs:
                plan.append((f.name, "ref", self.refs[f.name]))
            elif f.type.startswith("tuple[tuple"):
                plan.append((f.name, "pairs", None))
            elif f.type.startswith("tuple"):
                plan.append((f.name, "codes", None))
            else:
                plan.append((f.name, "value", None))
        return tuple(plan)

    def to_record(self, row, codes: dict, child_value=None):
        data = {}
        for name, how, arg in self._reading:
            if how == "value":
                data[name] = getattr(row, name)
            elif how == "ref":
                column, lookup = arg  # type: ignore[misc]
                ref_id = getattr(row, column)
                data[name] = codes[lookup].get(ref_id, "") if ref_id is not None else ""
            elif how == "pairs":
                data[name] = tuple(code_amount(v) for v in (getattr(row, name) or "").split(";") if v)
            else:
                data[name] = tuple(v for v in (getattr(row, name) or "").split(";") if v)
        if self.child:
            data[self.child] = child_value if child_value is not None else (None if self.child == "identity" else ())
        return self.record(id=row.id, **data)

    @cached_property
    def _positions(self) -> tuple[int, tuple[tuple[str, str, int, str], ...]]:
        """Where each field of the record sits in a row of select(table): (field, how, column index, lookup)."""
        at = {name: i for i, name in enumerate(self.row.__table__.c.keys())}
        plan = tuple((name, how, at[arg[0]], arg[1]) if how == "ref" else (name, how, at[name], "")  # type: ignore[index]
                     for name, how, arg in self._reading)
        return at["id"], plan

    def records_of(self, rows, codes: dict, children: dict) -> list:
        """[to_record(r, codes, children.get(r.id)) for r in rows] for rows of select(table) (a list's page), read by
        position with the reading worked out once: the same records (tests/records/test_list_reads.py)."""
        id_at, plan = self._positions
        values = [(name, i) for name, how, i, _ in plan if how == "value"]
        refs = [(name, i, codes[lookup]) for name, how, i, lookup in plan if how == "ref"]
        lists = [(name, i, code_amount if how == "pairs" else None) for name, how, i, _ in plan
                 if how in ("pairs", "codes")]
        child, empty = self.child, (None if self.child == "identity" else ())
        out = []
        for r in rows:
            data = {name: r[i] for name, i in values}
            for name, i, found in refs:
                data[name] = found.get(r[i], "") if r[i] is not None else ""
            for name, i, each in lists:
                parts = (v for v in (r[i] or "").split(";") if v)
                data[name] = tuple(map(each, parts)) if each else tuple(parts)
            if child:
                value = children.get(r[id_at])
                data[child] = value if value is not None else empty
            out.append(self.record(id=r[id_at], **data))
        return out


UNIT_EVENT = Kind("residential_unit_event", m.ResidentialUnitEventRow, UnitEvent, rules.validate_unit_event,
                  "effective_date", refs={"unit_code": ("unit_id", "units"),
                                          "merged_into_code": ("merged_into_id", "units")},
                  search_fields=("old_name", "new_name", "note"), text_sorts=("old_name", "new_name", "note"))
PROPAGANDA = Kind("propaganda", PropagandaRow, pg.PropagandaActivity, pg.validate_activity, "activity_date",
                  refs={**_UNIT, **_TEAM}, search_fields=("title", "organiser", "note"), sort_field="title",
                  text_sorts=("organiser",))
TRAINING = Kind("training", m.TrainingRow, Training, rules.validate_training, "training_date", refs=_UNIT,
                child="participants", search_fields=("title", "organiser", "note"), sort_field="title",
                text_sorts=("organiser",))
BUSINESS = Kind("business", m.BusinessRow, Business, rules.validate_business, None, refs=_UNIT, unique=("code",),
                search_fields=("code", "name", "address", "owner_name", "note"), sort_field="code",
                text_sorts=("name", "owner_name"))
INSPECTION = Kind("inspection", m.InspectionRow, Inspection, rules.validate_inspection, "inspection_date",
                  refs={"business_code": ("business_id", "businesses")}, search_fields=("team", "findings", "note"),
                  text_sorts=("team", "findings"))
HOTSPOT = Kind("hotspot", m.HotspotRow, Hotspot, rules.validate_hotspot, None, refs=_UNIT, unique=("code",),
               search_fields=("code", "location", "description", "note"), sort_field="code",
               text_sorts=("location", "description"))
HOTSPOT_EVENT = Kind("hotspot_event", m.HotspotEventRow, HotspotEvent, rules.validate_hotspot_event, "event_date",
                     refs={"hotspot_code": ("hotspot_id", "hotspots")}, search_fields=("note",), text_sorts=("note",))
TIPOFF = Kind("tipoff", m.TipOffRow, TipOff, rules.validate_tipoff, "received_date", refs={**_UNIT, **_TEAM},
              search_fields=("content", "channel", "note"), text_sorts=("channel", "content"))
PENALTY = Kind("penalty_decision", m.PenaltyRow, Penalty, validate_penalty, "decision_date", refs=_UNIT,
               unique=("year", "number"), computed=lambda rec: {"year": rec.year, "total_fine": rec.total_fine},
               child="identity", search_fields=("number", "transfer_to", "decree", "article", "issuer", "note"),
               sort_field="number", text_sorts=("article",))
SUPPORT = Kind("reintegration_support", m.SupportRow, Support, rules.validate_support, "support_date",
               refs={**_UNIT, **_TEAM}, search_fields=("partner", "note"), text_sorts=("partner", "note"))
ASSESSMENT = Kind("healthy_commune_assessment", m.AssessmentRow, Assessment, rules.validate_assessment,
                  "assessed_date", unique=("year",), computed=lambda rec: {"total": rec.total}, child="scores",
                  search_fields=("decision_number", "decision_issuer", "note"),
                  text_sorts=("decision_number", "decision_issuer"))
TEAM = Kind("team", mc.TeamRow, cm.Team, cm.validate_team, None, refs=_UNIT, unique=("code",), child="members",
            search_fields=("code", "name", "note"), sort_field="code", text_sorts=("name",))
MODEL = Kind("community_model", mc.CommunityModelRow, cm.CommunityModel, cm.validate_model, None, unique=("code",),
             search_fields=("code", "name", "partner", "note"), sort_field="code", text_sorts=("name", "partner"))
MODEL_STATUS = Kind("model_status", mc.ModelStatusRow, cm.ModelStatus, cm.validate_model_status, "status_date",
                    refs=_MODEL, search_fields=("note",), text_sorts=("note",))


def _figures_counted_by(rec, scheme):
    """A quarter's figures are locked by the signed window that stated them (domain figures_counted_in)."""
    if rec.anchor_date is None:
        return None
    return lambda window: cm.figures_counted_in(rec.quarter, rec.counted_to, scheme, window, window[1])


MODEL_FIGURES = Kind("model_figures", mc.ModelFiguresRow, cm.ModelFigures, cm.validate_model_figures, "anchor_date",
                     refs=_MODEL, unique=("model_id", "quarter"), counted_by=_figures_counted_by,
                     computed=lambda rec: {"anchor_date": rec.anchor_date}, child="served",
                     search_fields=("quarter", "note"), text_sorts=("note",))

KINDS = {k.entity: k for k in (UNIT_EVENT, PROPAGANDA, TRAINING, BUSINESS, INSPECTION, HOTSPOT, HOTSPOT_EVENT, TIPOFF, PENALTY,
                               SUPPORT, ASSESSMENT, TEAM, MODEL, MODEL_STATUS, MODEL_FIGURES)}


def code_amount(text: str) -> tuple[str, int]:
    """One "code=number" item of a stored list (a penalty's further acts); a number that is not one reads as 0."""
    code, _, number = text.partition("=")
    return code, int(number) if number.strip().lstrip("-").isdigit() else 0


def child_rows(kind: Kind, rec, parent_id: int, catalogues) -> list[tuple[type, dict]]:
    """Rows of the child table that belong to `rec` once saved under `parent_id`."""
    if kind.child == "participants":
        return [(m.TrainingParticipantRow, {"training_id": parent_id, "role_code": line.role,
                                            "level_code": line.level, "count": line.attendees,
                                            "persons": line.persons})
                for line in rec.participants]
    if kind.child == "scores":
        crit = catalogues["healthy_commune_criteria"]
        return [(m.AssessmentScoreRow, {"assessment_id": parent_id, "criterion_code": code, "score": score,
                                        "max_score": int((crit.get(code).extra if crit.get(code) else {})
                                                         .get("max_score", 0))})
                for code, score in rec.scores]
    if kind.child == "identity" and rec.identity is not None:
        return [(m.PersonIdentityRow, {"penalty_id": parent_id, **rec.identity.to_dict()})]
    if kind.child == "served":
        out = []
        for key, n in rec.served:
            sex, _sep, age = key.partition(cm.SERVED_SEP)
            out.append((mc.ModelServedRow, {"figures_id": parent_id, "sex": sex, "age_group_code": age,
                                            "persons": n}))
        return out
    if kind.child == "members":
        return [(mc.TeamMemberRow, {"team_id": parent_id, "role_code": role, "count": n}) for role, n in rec.members]
    return []


def load_children(kind: Kind, session, ids=None) -> dict:
    """parent id -> child value (a tuple of (code, number) pairs, or a PersonIdentity) for `ids` (None = all).
    Read as plain columns, not ORM objects: a list's page of 200 teams has 400 member lines, and building an ORM
    object for each cost more than the page's own SQL."""
    from sqlalchemy import select

    out: dict = {}
    if kind.child == "identity":
        ident = m.PersonIdentityRow
        q = select(ident.penalty_id, ident.full_name, ident.id_number, ident.address)
        if ids is not None:
            q = q.where(ident.penalty_id.in_(ids))
        return {pid: PersonIdentity(name, number, address) for pid, name, number, address in session.execute(q)}
    if kind.child not in _CHILD_READS:
        return {}
    table, parent, columns, make = _CHILD_READS[kind.child]
    q = select(getattr(table, parent), *(getattr(table, c) for c in columns)).order_by(table.id)
    if ids is not None:
        q = q.where(getattr(table, parent).in_(ids))
    for pid, *values in session.execute(q):
        out.setdefault(pid, []).append(make(*values))
    return {k: tuple(v) for k, v in out.items()}


# child field -> (table, parent column, columns read, how a line is made of them)
_CHILD_READS: dict[str, tuple] = {
    "participants": (m.TrainingParticipantRow, "training_id", ("role_code", "level_code", "count", "persons"),
                     TrainingLine),
    "scores": (m.AssessmentScoreRow, "assessment_id", ("criterion_code", "score"), lambda code, n: (code, n)),
    "served": (mc.ModelServedRow, "figures_id", ("sex", "age_group_code", "persons"),
               lambda sex, age, n: (f"{sex}{cm.SERVED_SEP}{age}", n)),
    "members": (mc.TeamMemberRow, "team_id", ("role_code", "count"), lambda role, n: (role, n)),
}
