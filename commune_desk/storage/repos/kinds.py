"""How each record type maps between its frozen dataclass and its ORM table(s)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Callable

from commune_desk.domain.records import community as cm
from commune_desk.domain.records import rules
from commune_desk.domain.records.penalty_rules import validate_penalty
from commune_desk.domain.records.types import (
    Assessment, Business, Hotspot, HotspotEvent, Inspection, Penalty, PersonIdentity, Support, TipOff, Training,
    TrainingLine, UnitEvent,
)
from commune_desk.storage import models_community as mc
from commune_desk.storage import models_records as m

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

    @property
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
        return data

    def to_record(self, row, codes: dict, child_value=None):
        data = {}
        for f in fields(self.record):
            if f.name == "id" or f.name == self.child:
                continue
            if f.name in self.refs:
                column, lookup = self.refs[f.name]
                ref_id = getattr(row, column)
                data[f.name] = codes[lookup].get(ref_id, "") if ref_id is not None else ""
                continue
            value = getattr(row, f.name)
            if f.type.startswith("tuple[tuple"):
                value = tuple(_pair(v) for v in (value or "").split(";") if v)
            elif f.type.startswith("tuple"):
                value = tuple(v for v in (value or "").split(";") if v)
            data[f.name] = value
        if self.child:
            data[self.child] = child_value if child_value is not None else (None if self.child == "identity" else ())
        return self.record(id=row.id, **data)


UNIT_EVENT = Kind("residential_unit_event", m.ResidentialUnitEventRow, UnitEvent, rules.validate_unit_event,
                  "effective_date", refs={"unit_code": ("unit_id", "units"),
                                          "merged_into_code": ("merged_into_id", "units")})
TRAINING = Kind("training", m.TrainingRow, Training, rules.validate_training, "training_date", refs=_UNIT,
                child="participants")
BUSINESS = Kind("business", m.BusinessRow, Business, rules.validate_business, None, refs=_UNIT, unique=("code",))
INSPECTION = Kind("inspection", m.InspectionRow, Inspection, rules.validate_inspection, "inspection_date",
                  refs={"business_code": ("business_id", "businesses")})
HOTSPOT = Kind("hotspot", m.HotspotRow, Hotspot, rules.validate_hotspot, None, refs=_UNIT, unique=("code",))
HOTSPOT_EVENT = Kind("hotspot_event", m.HotspotEventRow, HotspotEvent, rules.validate_hotspot_event, "event_date",
                     refs={"hotspot_code": ("hotspot_id", "hotspots")})
TIPOFF = Kind("tipoff", m.TipOffRow, TipOff, rules.validate_tipoff, "received_date", refs={**_UNIT, **_TEAM})
PENALTY = Kind("penalty_decision", m.PenaltyRow, Penalty, validate_penalty, "decision_date", refs=_UNIT,
               unique=("year", "number"), computed=lambda rec: {"year": rec.year}, child="identity")
SUPPORT = Kind("reintegration_support", m.SupportRow, Support, rules.validate_support, "support_date",
               refs={**_UNIT, **_TEAM})
ASSESSMENT = Kind("healthy_commune_assessment", m.AssessmentRow, Assessment, rules.validate_assessment,
                  "assessed_date", unique=("year",), computed=lambda rec: {"total": rec.total}, child="scores")

TEAM = Kind("team", mc.TeamRow, cm.Team, cm.validate_team, None, refs=_UNIT, unique=("code",), child="members")
MODEL = Kind("community_model", mc.CommunityModelRow, cm.CommunityModel, cm.validate_model, None, unique=("code",))
MODEL_STATUS = Kind("model_status", mc.ModelStatusRow, cm.ModelStatus, cm.validate_model_status, "status_date",
                    refs=_MODEL)
def _figures_counted_by(rec, scheme):
    """A quarter's figures are locked by the signed window that stated them (domain figures_counted_in)."""
    if rec.anchor_date is None:
        return None
    return lambda window: cm.figures_counted_in(rec.quarter, rec.counted_to, scheme, window, window[1])


MODEL_FIGURES = Kind("model_figures", mc.ModelFiguresRow, cm.ModelFigures, cm.validate_model_figures, "anchor_date",
                     refs=_MODEL, unique=("model_id", "quarter"), counted_by=_figures_counted_by,
                     computed=lambda rec: {"anchor_date": rec.anchor_date}, child="served")

KINDS = {k.entity: k for k in (UNIT_EVENT, TRAINING, BUSINESS, INSPECTION, HOTSPOT, HOTSPOT_EVENT, TIPOFF, PENALTY,
                               SUPPORT, ASSESSMENT, TEAM, MODEL, MODEL_STATUS, MODEL_FIGURES)}


def _pair(text: str) -> tuple[str, int]:
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
    """parent id -> child value (a tuple of (code, number) pairs, or a PersonIdentity) for `ids` (None = all)."""
    from sqlalchemy import select

    out: dict = {}
    if kind.child == "participants":
        q = select(m.TrainingParticipantRow).order_by(m.TrainingParticipantRow.id)
        if ids is not None:
            q = q.where(m.TrainingParticipantRow.training_id.in_(ids))
        for r in session.scalars(q):
            out.setdefault(r.training_id, []).append(TrainingLine(r.role_code, r.level_code, r.count, r.persons))
    elif kind.child == "scores":
        q = select(m.AssessmentScoreRow).order_by(m.AssessmentScoreRow.id)
        if ids is not None:
            q = q.where(m.AssessmentScoreRow.assessment_id.in_(ids))
        for r in session.scalars(q):
            out.setdefault(r.assessment_id, []).append((r.criterion_code, r.score))
    elif kind.child == "served":
        q = select(mc.ModelServedRow).order_by(mc.ModelServedRow.id)
        if ids is not None:
            q = q.where(mc.ModelServedRow.figures_id.in_(ids))
        for r in session.scalars(q):
            out.setdefault(r.figures_id, []).append((f"{r.sex}{cm.SERVED_SEP}{r.age_group_code}", r.persons))
    elif kind.child == "members":
        q = select(mc.TeamMemberRow).order_by(mc.TeamMemberRow.id)
        if ids is not None:
            q = q.where(mc.TeamMemberRow.team_id.in_(ids))
        for r in session.scalars(q):
            out.setdefault(r.team_id, []).append((r.role_code, r.count))
    elif kind.child == "identity":
        q = select(m.PersonIdentityRow)
        if ids is not None:
            q = q.where(m.PersonIdentityRow.penalty_id.in_(ids))
        return {r.penalty_id: PersonIdentity(r.full_name, r.id_number, r.address) for r in session.scalars(q)}
    return {k: tuple(v) for k, v in out.items()}
