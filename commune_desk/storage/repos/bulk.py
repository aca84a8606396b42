"""Whole-database reads and the single all-or-nothing write used by the records workbook and the demo."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select

from commune_desk.domain.profile import Profile
from commune_desk.storage import audit_log
from commune_desk.storage import models_records as m
from commune_desk.storage.models import ResidentialUnitRow, SettingRow
from commune_desk.storage.profile_repo import PROFILE_KEY, ProfileRepository
from commune_desk.storage.repos.base import RecordRepository, _reverse, bulk_insert, load_lookups
from commune_desk.storage.batch_triggers import batch_inserts
from commune_desk.storage.repos.kinds import CHILD_TABLES, KINDS

# Insert order: parents before children.
ORDER = ("residential_unit_event", "team", "propaganda", "training", "business", "inspection", "hotspot",
         "hotspot_event", "tipoff", "penalty_decision", "reintegration_support", "healthy_commune_assessment",
         "community_model", "model_status", "model_figures")


@dataclass(frozen=True)
class UnitLine:
    code: str
    name: str
    kind: str
    active: bool = True


@dataclass(frozen=True)
class Existing:
    """What the database already holds that imported records must not collide with."""

    profile: Profile
    units: frozenset
    businesses: frozenset
    hotspots: frozenset
    penalty_numbers: frozenset      # (year, number)
    assessment_years: frozenset
    models: frozenset = frozenset()
    teams: frozenset = frozenset()
    model_dates: dict = field(default_factory=dict)      # model code -> set-up date
    model_quarters: frozenset = frozenset()              # (model code, quarter) with figures


def existing(db) -> Existing:
    from commune_desk.storage import models_community as mc
    from commune_desk.storage.repos.base import model_dates

    profile = ProfileRepository(db, "").get()
    with db.read() as s:
        lookups = load_lookups(s)
        numbers = frozenset(s.execute(select(m.PenaltyRow.year, m.PenaltyRow.number)).all())
        years = frozenset(s.scalars(select(m.AssessmentRow.year)))
        quarters = frozenset(s.execute(select(mc.CommunityModelRow.code, mc.ModelFiguresRow.quarter).join(
            mc.ModelFiguresRow, mc.ModelFiguresRow.model_id == mc.CommunityModelRow.id)).all())
        dates = model_dates(s)
    return Existing(profile, frozenset(lookups["units"]), frozenset(lookups["businesses"]),
                    frozenset(lookups["hotspots"]), numbers, years, frozenset(lookups["models"]),
                    frozenset(lookups["teams"]), dates, quarters)


def read_all(db, *, catalogues=None) -> tuple[Profile, list[UnitLine], dict[str, list]]:
    """The profile, every residential unit (in order) and every record per entity, in a stable order."""
    profile = ProfileRepository(db, "").get()
    with db.read() as s:
        units = [UnitLine(r.code, r.name, r.kind, r.active) for r in s.scalars(
            select(ResidentialUnitRow).order_by(ResidentialUnitRow.sort_order, ResidentialUnitRow.id))]
    records: dict[str, list] = {}
    for entity, kind in KINDS.items():
        records[entity] = RecordRepository(db, "", kind, catalogues=catalogues).list()
    from commune_desk.storage.manual_values import to_value
    from commune_desk.storage.models_plans import ManualValueRow
    from commune_desk.storage.population_reads import population_entries
    from commune_desk.storage.sql_reader import SessionReader

    with db.read() as s:
        records["population"] = population_entries(SessionReader(s))
        records["manual_indicator"] = [to_value(r) for r in s.scalars(
            select(ManualValueRow).order_by(ManualValueRow.period, ManualValueRow.indicator))]
    return profile, units, records


@dataclass
class ImportBatch:
    """Everything one workbook adds, already validated; applied in one write transaction."""

    source: str
    profile: Profile | None = None              # set when the database adopts the workbook's profile
    units: list[UnitLine] = field(default_factory=list)
    records: dict[str, list] = field(default_factory=dict)


def apply_import(db, actor: str, batch: ImportBatch, catalogues, *, step=None) -> dict[str, int]:
    """Write the batch all-or-nothing: any error rolls every row back. Returns counts per entity.

    `step(records written, records in all)`, if given, is called as the records are written; raising from it (a
    cancel) rolls the whole batch back.
    """
    counts: dict[str, int] = {}
    total = sum(len(batch.records.get(e) or []) for e in ORDER)
    done = [0]

    def wrote(count: int) -> None:
        done[0] += count
        step(done[0], total)
    with db.write() as s:
        if batch.profile is not None:
            data = batch.profile.to_json()
            data.pop("residential_units")
            for key, value in ((PROFILE_KEY, json.dumps(data, ensure_ascii=False, sort_keys=True)),
                               ("unit_name", batch.profile.name), ("unit_code", batch.profile.unit_code)):
                row = s.get(SettingRow, key)
                if row is None:
                    s.add(SettingRow(key=key, value=value))
                else:
                    row.value = value
            audit_log.append(s, actor, "create", "profile", "1", None, data)
        known = set(s.scalars(select(ResidentialUnitRow.code)))
        order = (s.scalar(select(func.max(ResidentialUnitRow.sort_order))) or -1) + 1
        new_units = []
        for unit in batch.units:
            if unit.code not in known:
                new_units.append({"code": unit.code, "name": unit.name, "kind": unit.kind, "active": unit.active,
                                  "sort_order": order + len(new_units)})
        if new_units:
            s.execute(insert(ResidentialUnitRow), new_units)
            audit_log.append(s, actor, "bulk_import", "residential_unit", "batch", None,
                             {"count": len(new_units), "source": batch.source}, full=True)
            counts["residential_unit"] = len(new_units)
        lookups = load_lookups(s)
        written = [e for e in ORDER if batch.records.get(e)]
        # The index and stored sums that row-by-row triggers keep are filled once for the batch (batch_triggers.py).
        with batch_inserts(s, written_tables(written)):
            for entity in written:
                counts[entity] = bulk_insert(s, actor, KINDS[entity], batch.records[entity], lookups, catalogues,
                                             source=batch.source, step=None if step is None else wrote)
        from commune_desk.storage.figures_bulk import apply_figures

        counts.update(apply_figures(s, actor, batch.records.get("population") or [],
                                    batch.records.get("manual_indicator") or [], source=batch.source))
    return counts


def written_tables(entities) -> set[str]:
    """The tables a bulk insert of `entities` writes rows into: each kind's own and its child table."""
    tables = set()
    for entity in entities:
        kind = KINDS[entity]
        tables.add(kind.row.__table__.name)
        if kind.child:
            tables.add(CHILD_TABLES[kind.child][0].__table__.name)
    return tables


def unit_codes_by_id(db) -> dict:
    with db.read() as s:
        return _reverse(load_lookups(s))["units"]
