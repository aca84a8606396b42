"""Plan import use case: validate the whole workbook first, show a diff against the plan in force, store all or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from commune_desk.domain.errors import NotFound, Problem, ValidationFailed
from commune_desk.domain.indicators import CATALOGUE
from commune_desk.domain.plans import Plan, diff_plans
from commune_desk.domain.populations import in_force, staff_in_force
from commune_desk.services.plans.plan_catalogue_use import catalogue_warnings
from commune_desk.services.plans.plan_recipients import recipient_warnings
from commune_desk.services.plans.plan_workbook import read_plan, read_plan_checked
from commune_desk.services.safe_input.text import file_label
from commune_desk.storage.database import Database
from commune_desk.storage.plan_repo import PlanRepository, StoreResult, refusal
from commune_desk.storage.population_reads import population_entries
from commune_desk.storage.sql_reader import SessionReader
from commune_desk.storage.unit_reads import active_units


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do: the plan read, the plan it is compared with, the diff and any refusal."""

    plan: Plan | None
    current: Plan | None = None
    diff: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unchanged: bool = False
    warnings: list[Problem] = field(default_factory=list)
    catalogue_use: list[Problem] = field(default_factory=list)  # plan_catalogue_use: codes stored records lose

    @property
    def ok(self) -> bool:
        return self.plan is not None and not self.problems


def check_file(path: str | Path) -> tuple[Plan | None, list[Problem]]:
    """Read and validate without touching any database; PlanFileError still propagates (unreadable file)."""
    plan, problems, _warnings = validate_file(path)
    return plan, problems


def validate_file(
    path: str | Path, populations: dict[str, float] | None = None
) -> tuple[Plan | None, list[Problem], list[Problem]]:
    """(plan or None, problems, warnings); warnings (cells named) never block an import."""
    try:
        plan, warnings = read_plan_checked(path, populations)
        # Recipients and offices naming abolished bodies (district level, LĐTBXH, townships) are warned about too.
        return plan, [], list(warnings) + recipient_warnings(plan)
    except ValidationFailed as exc:
        return None, list(exc.problems), []


def populations(db: Database, year: int) -> dict[str, float]:
    """The commune's numbers behind the plan's ratio indicators for `year`, as the database knows them: active
    residential units (PROP_UNITS) and each population in force at the year's end (staff, workers, pupils …)."""
    end = date(year, 12, 31)
    out: dict[str, float] = {}
    with db.read() as s:
        r = SessionReader(s)
        units = active_units(r)
        if units:
            out["PROP_UNITS"] = float(units)
        entries = population_entries(r, year)
    for code, definition in CATALOGUE.items():
        kind = definition.population
        if not kind:
            continue
        if kind == "staff":
            staff = staff_in_force(entries, year, end)
            if staff:
                out[code] = float(sum(e.value for e in staff.values()))
            continue
        entry = in_force(entries, (kind, "", ""), year, end)
        if entry is not None:
            out[code] = float(entry.value)
    return out


def current_for(db: Database, plan: Plan) -> Plan | None:
    """The stored plan that `plan` would replace: the newest version of the same plan, else the year's plan."""
    return _current(db, plan)


def _current(db: Database, plan: Plan) -> Plan | None:
    repo = PlanRepository(db, "preview")
    try:
        return repo.get(plan.plan_id)
    except NotFound:
        return repo.active_for_year(plan.year)


def preview(db: Database, path: str | Path) -> ImportPreview:
    """The dry run: every problem of the file, or the diff against the plan in force and any refusal."""
    plan, problems, _ = validate_file(path)
    if plan is None:
        return ImportPreview(None, problems=problems)
    _, _, warnings = validate_file(path, populations(db, plan.year))
    current = _current(db, plan)
    with db.read() as s:
        reason, _ = refusal(s, plan)
    if reason:
        problems = [Problem(f"settings.version ({Path(path).name})", reason)]
    return ImportPreview(
        plan,
        current,
        diff_plans(current, plan),
        problems,
        unchanged=reason == "",
        warnings=warnings,
        catalogue_use=catalogue_warnings(db, plan),
    )


def import_file(db: Database, path: str | Path, actor: str) -> StoreResult:
    """Import the plan in `path` (all or nothing); raises ValidationFailed / PlanFileError / PlanRefused."""
    plan = read_plan(path)
    return PlanRepository(db, actor).store(plan, source_name=file_label(path))
