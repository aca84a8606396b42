"""Stores plan versions (immutable, audited) and manual indicator values; picks the version in force for a day."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from commune_desk.domain.errors import ExpectedError, NotFound, Problem, ValidationFailed
from commune_desk.domain.indicators import CATALOGUE
from commune_desk.domain.periods import Period, PeriodError, PeriodScheme
from commune_desk.domain.plans import Plan
from commune_desk.storage import audit_log
from commune_desk.storage.models_plans import ManualValueRow, PlanTargetRow, PlanVersionRow

# Indicators computed from records whose denominator the officer enters (staff in post).
MANUAL_DENOMINATOR = ("STAFF_TRAINED",)


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


def refusal(session, plan: Plan) -> tuple[str | None, PlanVersionRow | None]:
    """Why `plan` may not be stored ("" when it is already there unchanged), and the newest stored version."""
    rows = list(session.scalars(select(PlanVersionRow).where(PlanVersionRow.plan_id == plan.plan_id)
                                .order_by(PlanVersionRow.version.desc())))
    newest = rows[0] if rows else None
    same = next((r for r in rows if r.version == plan.version), None)
    if same is not None:
        if same.digest == plan.digest():
            return "", newest
        return (f"plan {plan.plan_id} version {plan.version} is already imported with different content; "
                f"the superior office must issue it as version {newest.version + 1}"), newest
    if newest is not None and newest.version > plan.version:
        return (f"plan {plan.plan_id} version {plan.version} is older than version {newest.version} already "
                "imported; nothing changed"), newest
    return None, newest


class PlanRepository:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def store(self, plan: Plan, *, source_name: str = "") -> StoreResult:
        """Add a new version (all or nothing); a newer version supersedes the older, which stays readable."""
        with self._db.write() as s:
            reason, newest = refusal(s, plan)
            if reason == "":
                same = s.scalar(select(PlanVersionRow).where(PlanVersionRow.plan_id == plan.plan_id,
                                                             PlanVersionRow.version == plan.version))
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


def _active(s, day: date) -> Plan | None:
    from commune_desk.storage.home_reads import active_plan
    from commune_desk.storage.sql_reader import SessionReader

    return active_plan(SessionReader(s), day)


@dataclass(frozen=True)
class ManualValue:
    indicator: str
    period: str
    numerator: float | None
    denominator: float | None
    note: str = ""


def validate_manual(value: ManualValue) -> list[Problem]:
    problems = []
    definition = CATALOGUE.get(value.indicator)
    if definition is None or not (definition.manual or value.indicator in MANUAL_DENOMINATOR):
        problems.append(Problem("indicator", f"{value.indicator!r} is not an indicator entered by hand"))
    try:
        Period.parse(value.period)
    except PeriodError as exc:
        problems.append(Problem("period", str(exc)))
    for name in ("numerator", "denominator"):
        number = getattr(value, name)
        if number is not None and (not isinstance(number, (int, float)) or isinstance(number, bool) or number < 0):
            problems.append(Problem(name, "must be a number, 0 or more"))
    if (not problems and value.numerator is not None and value.denominator is not None
            and definition.kind == "ratio" and value.numerator > value.denominator):
        problems.append(Problem("numerator", "must not exceed the denominator"))
    if value.indicator in MANUAL_DENOMINATOR and value.numerator is not None:
        problems.append(Problem("numerator", "is computed from the records; enter the denominator only"))
    return problems


class ManualValueRepository:
    """Values the officer enters, one per indicator and period (2026, 2026-H1, 2026-Q3 …)."""

    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def set(self, value: ManualValue) -> ManualValue:
        value = ManualValue(value.indicator, Period.parse(value.period).code if _parses(value.period)
                            else value.period, value.numerator, value.denominator, value.note.strip())
        problems = validate_manual(value)
        if problems:
            raise ValidationFailed(problems)
        with self._db.write() as s:
            row = s.scalar(select(ManualValueRow).where(ManualValueRow.indicator == value.indicator,
                                                        ManualValueRow.period == value.period))
            before = None if row is None else _manual(row).__dict__
            if row is None:
                row = ManualValueRow(indicator=value.indicator, period=value.period)
                s.add(row)
            row.numerator, row.denominator, row.note = value.numerator, value.denominator, value.note
            row.updated_at = datetime.now()
            s.flush()
            audit_log.append(s, self._actor, "update" if before else "create", "manual_indicator",
                             f"{value.indicator}@{value.period}", before, value.__dict__)
            return value

    def delete(self, indicator: str, period: str) -> None:
        with self._db.write() as s:
            row = s.scalar(select(ManualValueRow).where(ManualValueRow.indicator == indicator,
                                                        ManualValueRow.period == period))
            if row is None:
                raise NotFound(f"no value entered for {indicator} in {period}")
            before = _manual(row).__dict__
            s.delete(row)
            audit_log.append(s, self._actor, "delete", "manual_indicator", f"{indicator}@{period}", before, None,
                             full=True)

    def of_year(self, year: int) -> list[ManualValue]:
        with self._db.read() as s:
            return [_manual(r) for r in s.scalars(select(ManualValueRow).where(
                ManualValueRow.period.like(f"{year}%")).order_by(ManualValueRow.indicator, ManualValueRow.period))]


def _manual(row: ManualValueRow) -> ManualValue:
    return ManualValue(row.indicator, row.period, row.numerator, row.denominator, row.note)


def _parses(text: str) -> bool:
    try:
        Period.parse(text)
        return True
    except PeriodError:
        return False
