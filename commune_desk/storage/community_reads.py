"""What the report says of models (mô hình) and teams, read in SQL as plain values: the models and teams, their
status changes, the quarterly figures a window counts, and what each team carried out (services/reports/
report_community.py applies the rules). Every function reads inside the caller's session, so one report sees one
snapshot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commune_desk.storage.community_queries import figures_counted
from commune_desk.storage.models import PropagandaRow
from commune_desk.storage.models_community import (
    CommunityModelRow,
    ModelFiguresRow,
    ModelServedRow,
    ModelStatusRow,
    TeamMemberRow,
    TeamRow,
)
from commune_desk.storage.models_records import SupportRow, TipOffRow
from commune_desk.storage.sql_reader import SessionReader
from commune_desk.storage.report_reads import Window

# (persons served, of whom women, sessions, referrals) of one model.
Served = tuple[int, int, int, int]


@dataclass(frozen=True)
class ModelFacts:
    """A community model as the report names it: its id, code, name, kind, partner and set-up day."""

    id: int
    code: str
    name: str
    kind_code: str
    partner: str
    set_up_date: date


@dataclass(frozen=True)
class TeamFacts:
    """A team or group as the report names it: its id, code, name, kind and the days it was formed and dissolved."""

    id: int
    code: str
    name: str
    kind_code: str
    formed_date: date
    dissolved_date: date | None


def models_set_up_by(s: Session, day: date) -> list[ModelFacts]:
    """Every model set up on or before `day`, by code."""
    query = select(CommunityModelRow).where(CommunityModelRow.set_up_date <= day).order_by(CommunityModelRow.code)
    return [
        ModelFacts(row.id, row.code, row.name, row.kind_code, row.partner, row.set_up_date) for row in s.scalars(query)
    ]


def status_changes(s: Session, day: date) -> dict[int, list[tuple[date, str]]]:
    """{model id: [(day, status), …]} of the status changes up to `day`, by day and then in entry order."""
    changes: dict[int, list[tuple[date, str]]] = {}
    query = (
        select(ModelStatusRow.model_id, ModelStatusRow.status_date, ModelStatusRow.status)
        .where(ModelStatusRow.status_date <= day)
        .order_by(ModelStatusRow.status_date, ModelStatusRow.id)
    )
    for model_id, when, status in s.execute(query):
        changes.setdefault(model_id, []).append((when, status))
    return changes


def model_served(s: Session, window: Window, as_of: date) -> dict[int, Served]:
    """{model id: (persons, women, sessions, referrals)} summed over the quarterly figures `window` states with data
    up to `as_of` (community_queries.figures_counted, the rule of MODEL_PEOPLE_SERVED); women are the persons
    served of sex "nu"."""
    out: dict[int, Served] = {}
    counted, _late = figures_counted(SessionReader(s), window, as_of)
    query = select(ModelFiguresRow.model_id, ModelFiguresRow.sessions, ModelFiguresRow.referrals, ModelFiguresRow.id)
    ids: dict[int, int] = {}
    for model_id, sessions, referrals, fid in s.execute(query.where(ModelFiguresRow.id.in_(sorted(counted)))):
        persons, women, ses, ref = out.get(model_id, (0, 0, 0, 0))
        out[model_id] = (persons, women, ses + sessions, ref + referrals)
        ids[fid] = model_id
    if ids:
        served = select(ModelServedRow.figures_id, ModelServedRow.sex, ModelServedRow.persons).where(
            ModelServedRow.figures_id.in_(list(ids))
        )
        for fid, sex, n in s.execute(served):
            persons, women, ses, ref = out[ids[fid]]
            out[ids[fid]] = (persons + n, women + (n if sex == "nu" else 0), ses, ref)
    return out


def teams(s: Session) -> list[TeamFacts]:
    """Every team or group, by code."""
    return [
        TeamFacts(t.id, t.code, t.name, t.kind_code, t.formed_date, t.dissolved_date)
        for t in s.scalars(select(TeamRow).order_by(TeamRow.code))
    ]


def team_members(s: Session) -> dict[int, int]:
    """{team id: its members} (the sum of its member rows' counts; a team without any is absent)."""
    query = select(TeamMemberRow.team_id, func.sum(TeamMemberRow.count)).group_by(TeamMemberRow.team_id)
    return {tid: int(n or 0) for tid, n in s.execute(query).all()}


def team_activity(s: Session, window: Window) -> dict[int, dict[str, tuple[int, int]]]:
    """{team id: {"propaganda" | "support" | "tipoffs": (records dated in `window`, their people)}} of the records a
    team carried out: activities with their participants, support with the persons helped, tip-offs (people 0)."""
    start, end = window
    counts: dict[int, dict[str, tuple[int, int]]] = {}
    kinds: tuple[tuple[str, Any, Any, Any], ...] = (
        ("propaganda", PropagandaRow, PropagandaRow.activity_date, PropagandaRow.participants),
        ("support", SupportRow, SupportRow.support_date, SupportRow.count),
        ("tipoffs", TipOffRow, TipOffRow.received_date, None),
    )
    for name, row, day, people in kinds:
        cols = [row.team_id, func.count()] + ([func.sum(people)] if people is not None else [])
        query = select(*cols).where(row.team_id.is_not(None), day.between(start, end)).group_by(row.team_id)
        for tid, n, *total in s.execute(query):
            counts.setdefault(tid, {})[name] = (int(n), int(total[0] or 0) if total else 0)
    return counts
