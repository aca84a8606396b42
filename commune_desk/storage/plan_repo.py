"""Stores plan versions (immutable, audited) and picks the version in force for a day."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from commune_desk.domain.errors import ExpectedError, NotFound
from commune_desk.domain.periods import Period, PeriodScheme
from commune_desk.domain.plans import Plan
from commune_desk.storage import audit_log
from commune_desk.storage.home_reads import IN_FORCE_KEY
from commune_desk.storage.models import SettingRow
from commune_desk.storage.models_plans import PlanTargetRow, PlanVersionRow

if TYPE_CHECKING:
    from commune_desk.storage.database import Database


class PlanRefused(ExpectedError):
    """The plan cannot be stored as it stands (same version with other content, or an older version)."""


@dataclass(frozen=True)
class PlanVersionInfo:
    """A stored plan version without its content: for lists and the import history."""

    id: int
    plan_id: str
    version: int
    year: int
    title: str
    valid_from: date
    digest: str
    imported_at: datetime
    source_name: str


@dataclass(frozen=True)
class StoreResult:
    status: str            # "imported" or "unchanged"
    info: PlanVersionInfo
    superseded: PlanVersionInfo | None = None


def _info(row: PlanVersionRow) -> PlanVersionInfo:
    return PlanVersionInfo(row.id, row.plan_id, row.version, row.year, row.title, row.valid_from, row.digest,
                           row.imported_at, row.source_name)


def refusal(session: Session, plan: Plan) -> tuple[str | None, PlanVersionRow | None]:
    """Why `plan` may not be stored ("" when it is already there unchanged), and the newest stored version."""
    rows = list(session.scalars(select(PlanVersionRow).where(PlanVersionRow.plan_id == plan.plan_id)
                                .order_by(PlanVersionRow.version.desc())))
    newest = rows[0] if rows else None
    same = next((r for r in rows if r.version == plan.version), None)
    if same is not None:
        if same.digest == plan.digest():
            return "", newest
        return (f"plan {plan.plan_id} version {plan.version} is already imported with different content; "
                f"the superior office must issue it as version {rows[0].version + 1}"), newest
    if newest is not None and newest.version > plan.version:
        return (f"plan {plan.plan_id} version {plan.version} is older than version {newest.version} already "
                "imported; nothing changed"), newest
    return None, newest


class PlanRepository:
    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def store(self, plan: Plan, *, source_name: str = "") -> StoreResult:
        """Add a new version (all or nothing); a newer version supersedes the older, which stays readable."""
        with self._db.write() as s:
            reason, newest = refusal(s, plan)
            if reason == "":
                same = s.scalars(select(PlanVersionRow).where(PlanVersionRow.plan_id == plan.plan_id,
                                                              PlanVersionRow.version == plan.version)).one()
                return StoreResult("unchanged", _info(same))
            if reason:
                raise PlanRefused(reason)
            content = plan.to_json()
            row = PlanVersionRow(
                plan_id=plan.plan_id, version=plan.version, year=plan.year, title=plan.title,
                issuing_office=plan.issuing_office, receiving_office=plan.receiving_office,
                valid_from=plan.effective_from, digest=plan.digest(),
                content_json=json.dumps(content, ensure_ascii=False, sort_keys=True),
                source_name=source_name[:300], imported_at=datetime.now())
            s.add(row)
            s.flush()
            # A new import is the plan in force for its year: an earlier `activate` choice ends here.
            _drop_choice(s, plan.year)
            for seq, t in enumerate(plan.targets):
                s.add(PlanTargetRow(plan_version_id=row.id, seq=seq, code=t.code, text=t.text,
                                    indicator=t.indicator, comparison=t.comparison, value=t.value, unit=t.unit,
                                    period_scope=t.period_scope))
            s.flush()
            audit_log.append(s, self._actor, "import", "plan", f"{plan.plan_id}@{plan.version}", None,
                             {"plan_id": plan.plan_id, "version": plan.version, "digest": row.digest,
                              "targets": len(plan.targets), "source": source_name,
                              "supersedes": newest.version if newest else None}, full=True)
            return StoreResult("imported", _info(row), _info(newest) if newest else None)

    def activate(self, plan_id: str, version: int | None = None) -> PlanVersionInfo:
        """Put a stored plan (its newest version, or `version`) back in force for its year; audited with the plan
        that stops being in force. Raises NotFound naming what is stored."""
        with self._db.write() as s:
            q = select(PlanVersionRow).where(PlanVersionRow.plan_id == plan_id)
            if version is not None:
                q = q.where(PlanVersionRow.version == version)
            row = s.scalar(q.order_by(PlanVersionRow.version.desc()).limit(1))
            if row is None:
                stored = ", ".join(f"{r.plan_id} v{r.version}" for r in s.scalars(select(PlanVersionRow))) or "none"
                raise NotFound(
                    f"no stored plan {plan_id}" + (f" version {version}" if version else "") + f" (stored: {stored})"
                )
            before = _active(s, date(row.year, 12, 31))
            key = IN_FORCE_KEY.format(year=row.year)
            setting = s.get(SettingRow, key) or SettingRow(key=key)
            setting.value = json.dumps({"plan_id": row.plan_id, "version": row.version})
            s.add(setting)
            s.flush()
            audit_log.append(s, self._actor, "activate", "plan", f"{row.plan_id}@{row.version}",
                             {"plan_id": before.plan_id, "version": before.version} if before else None,
                             {"plan_id": row.plan_id, "version": row.version, "year": row.year}, full=True)
            return _info(row)

    def versions(self, plan_id: str | None = None) -> list[PlanVersionInfo]:
        with self._db.read() as s:
            q = select(PlanVersionRow).order_by(PlanVersionRow.year, PlanVersionRow.plan_id, PlanVersionRow.version)
            if plan_id is not None:
                q = q.where(PlanVersionRow.plan_id == plan_id)
            return [_info(r) for r in s.scalars(q)]

    def get(self, plan_id: str, version: int | None = None) -> Plan:
        with self._db.read() as s:
            q = select(PlanVersionRow).where(PlanVersionRow.plan_id == plan_id)
            q = q.where(PlanVersionRow.version == version) if version is not None else q.order_by(
                PlanVersionRow.version.desc())
            row = s.scalars(q.limit(1)).first()
            if row is None:
                raise NotFound(f"plan {plan_id}{'' if version is None else f' version {version}'} is not imported")
            return Plan.from_json(json.loads(row.content_json))

    def active_for(self, day: date) -> Plan | None:
        """The version in force on `day`: of the day's year, valid from on or before it, the latest imported."""
        with self._db.read() as s:
            return _active(s, day)

    def active_for_period(self, period: Period) -> Plan | None:
        """Reports use the version in force at the end of the period they report."""
        return self.active_for(period.end)

    def active_for_year(self, year: int) -> Plan | None:
        return self.active_for(date(year, 12, 31))

    def scheme(self) -> PeriodScheme:
        """Every year's cut-off rule as the plans in force state it (the windows every figure is counted in)."""
        from commune_desk.storage.home_reads import period_scheme
        from commune_desk.storage.sql_reader import SessionReader

        with self._db.read() as s:
            return period_scheme(SessionReader(s))


def _drop_choice(s: Session, year: int) -> None:
    choice = s.get(SettingRow, IN_FORCE_KEY.format(year=year))
    if choice is not None:
        s.delete(choice)


def _active(s: Session, day: date) -> Plan | None:
    from commune_desk.storage.home_reads import active_plan
    from commune_desk.storage.sql_reader import SessionReader

    return active_plan(SessionReader(s), day)


# Hand-entered values live in storage/manual_values.py; kept importable from here.
from commune_desk.storage.manual_values import ManualValue, ManualValueRepository, validate_manual  # noqa: E402,F401
