"""Records workbook import: the workbook read (records_read.py), then checked and written in one transaction.

Checking against the database (duplicates, locked periods, the plan's catalogues for each record's year) and
writing happen in one transaction, so nothing can change between the check and the write. Each import is noted
in the import log with the workbook's digest: a workbook imported before needs `again`, and an import cut short
is reported at the next start.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
from dataclasses import dataclass, replace
from datetime import date

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError, Problem, ValidationFailed
from commune_desk.domain.profile import Profile
from commune_desk.domain.propaganda import validate_propaganda
from commune_desk.domain.records.penalty_rules import with_legal_basis
from commune_desk.domain.records.rules import RuleContext
from commune_desk.domain.records.types import Penalty
from commune_desk.services.records.figures_import import check_figures
from commune_desk.services.records.figures_sheets import POPULATIONS, VALUES, check_rows
from commune_desk.services.records.import_progress import CHECK, READ, WRITE, Phases, Progress
from commune_desk.services.records.records_read import (  # noqa: F401 - WorkbookRefused, MAX_ROWS are part of this API
    MAX_ROWS, ImportCancelled, Parsed, ReadWorkbook, WorkbookRefused, read_workbook, where as _where,
)


class AlreadyImported(ExpectedError):
    """This very workbook was imported before; importing it again would add its records twice."""


@dataclass
class ImportResult:
    problems: list[Problem]
    counts: dict[str, int]
    adopted_profile: bool = False


def _profile_of(read: ReadWorkbook, existing) -> Profile | None:
    """The workbook's profile to adopt (None when the database has one); another unit's workbook is refused."""
    number, data, letters = read.profile_row
    code = data["unit_code"]
    current = existing.profile
    unit_place = _where("_profile", number, letters.get("unit_code", ""), "unit_code")
    if not code:  # empty, or refused at its cell: "belongs to unit ''" would name the wrong problem
        if not any(p.where == unit_place for p in read.problems):
            read.problems.append(Problem(unit_place, QT_TRANSLATE_NOOP("Problems", "is required")))
        return None
    if current.is_set and code != current.unit_code:
        raise WorkbookRefused.of(QT_TRANSLATE_NOOP(
            "Problems", "the workbook belongs to unit {code} ({name}); this database belongs to {own_code} "
                        "({own_name}): nothing was imported"),
            code=code, name=data["name"], own_code=current.unit_code, own_name=current.name)
    if current.is_set:
        return None
    signer = {k: data[f"signer_{k}"] for k in ("name", "title", "authority") if data[f"signer_{k}"]}
    raw = {k: data[k] for k in ("unit_code", "name", "official_name", "kind", "province", "place_name",
                                "issuing_body", "receiving_office")}
    try:
        profile = Profile.from_json({**raw, "signer": signer})
    except ValidationFailed as exc:
        for p in exc.problems:
            read.problems.append(Problem(_where("_profile", number, letters.get(p.where, ""), p.where), p.message,
                                         args=p.args))
        return None
    flag = data["is_demo"].strip().casefold()
    if flag not in _DEMO_FLAGS:  # a real commune's data marked as demo, or the reverse, changes every report
        read.problems.append(Problem(_where("_profile", number, letters.get("is_demo", ""), "is_demo"),
                                     QT_TRANSLATE_NOOP("Problems", "must be 'có' or 'không', not {value}"),
                                     args={"value": repr(data["is_demo"])}))
        return None
    return replace(profile, is_demo=_DEMO_FLAGS[flag])


_DEMO_FLAGS = {"": False, "không": False, "false": False, "có": True, "x": True, "true": True}


_TAKEN = {  # what is already used -> (message when in the database, message when further up the workbook)
    "business": (QT_TRANSLATE_NOOP("Problems", "business code {value} is already used in the database"),
                 QT_TRANSLATE_NOOP("Problems", "business code {value} is already used above")),
    "hotspot": (QT_TRANSLATE_NOOP("Problems", "hotspot code {value} is already used in the database"),
                QT_TRANSLATE_NOOP("Problems", "hotspot code {value} is already used above")),
    "penalty": (QT_TRANSLATE_NOOP("Problems", "decision number in its year {value} is already used in the database"),
                QT_TRANSLATE_NOOP("Problems", "decision number in its year {value} is already used above")),
    "assessment": (QT_TRANSLATE_NOOP("Problems", "assessment year {value} is already used in the database"),
                   QT_TRANSLATE_NOOP("Problems", "assessment year {value} is already used above")),
    "model": (QT_TRANSLATE_NOOP("Problems", "model code {value} is already used in the database"),
              QT_TRANSLATE_NOOP("Problems", "model code {value} is already used above")),
    "team": (QT_TRANSLATE_NOOP("Problems", "team code {value} is already used in the database"),
             QT_TRANSLATE_NOOP("Problems", "team code {value} is already used above")),
    "figures": (QT_TRANSLATE_NOOP("Problems", "figures of model and quarter {value} are already in the database"),
                QT_TRANSLATE_NOOP("Problems", "figures of model and quarter {value} are already given above")),
}


def _duplicates(reader, parsed: list[Parsed], key, name: str, taken: frozenset, what: str, same=None) -> set:
    """Name each row whose key is used above or in the database; `same` maps a key to what makes two keys one."""
    same = same or (lambda k: k)
    seen, in_database = set(), {same(k) for k in taken}
    for p in parsed:
        if name in p.failed:  # the cell was already named as unreadable; its blank would only repeat that
            continue
        k = same(key(p.record))
        if k in seen or k in in_database:
            in_db, above = _TAKEN[what]
            reader.problems.append(Problem(_where(p.sheet, p.row, p.columns.get(name, ""), name),
                                           in_db if k in in_database else above, args={"value": repr(key(p.record))}))
        seen.add(k)
    return {key(p.record) for p in parsed}


def _same_decision(key: tuple) -> tuple:
    """(year, number) as one decision whatever its case and spaces: "46/QĐ-XPHC", "46/qđ-xphc" and "46 / QĐ-XPHC"
    are one decision typed three ways, which would otherwise be counted three times."""
    year, number = key
    return year, "".join(str(number).split()).casefold()


def _record_year(record, field_name: str | None, today: date) -> int:
    day = getattr(record, field_name, None) if field_name else None
    return getattr(day, "year", None) or getattr(record, "year", None) or today.year


def check_read(db, read: ReadWorkbook, *, today: date | None = None, step=None):
    """Check what was read against `db`; returns (ImportBatch, problems, catalogues to write with).

    Each record is checked against the catalogues of the plan in force in its year (a code from the plan's
    `cat_*` sheets is valid), else the shipped defaults. `step(records checked, records in all)` is called every
    few hundred records (it may raise ImportCancelled).
    """
    from commune_desk.domain.period_state import EditDecision, may_edit, may_edit_counted
    from commune_desk.services.plans.plan_catalogues import catalogues_for
    from commune_desk.storage.period_repo import PeriodStateRepository
    from commune_desk.storage.repos.bulk import ImportBatch, existing
    from commune_desk.storage.repos.kinds import KINDS

    today = today or date.today()
    ex = existing(db)
    profile = _profile_of(read, ex)
    reader, parsed, units = read.reader, read.parsed, read.units
    get = lambda entity: parsed.get(entity, [])  # noqa: E731
    businesses = _duplicates(reader, get("business"), lambda r: r.code, "code", ex.businesses, "business")
    hotspots = _duplicates(reader, get("hotspot"), lambda r: r.code, "code", ex.hotspots, "hotspot")
    _duplicates(reader, get("penalty_decision"), lambda r: (r.year if r.decision_date else 0, r.number), "number",
                ex.penalty_numbers, "penalty", _same_decision)
    _duplicates(reader, get("healthy_commune_assessment"), lambda r: r.year, "year", ex.assessment_years,
                "assessment")
    models = _duplicates(reader, get("community_model"), lambda r: r.code, "code", ex.models, "model")
    teams = _duplicates(reader, get("team"), lambda r: r.code, "code", ex.teams, "team")
    _duplicates(reader, get("model_figures"), lambda r: (r.model_code, r.quarter), "quarter", ex.model_quarters,
                "figures")
    dates = {**ex.model_dates, **{p.record.code: p.record.set_up_date for p in get("community_model")}}
    by_year: dict = {}
    unit_ends = _unit_ends(db, get("residential_unit_event"))

    def context(year: int):
        if year not in by_year:
            catalogues = catalogues_for(db, year)
            by_year[year] = (catalogues, RuleContext(today, catalogues, ex.units | {u.code for u in units},
                                                     ex.businesses | businesses, ex.hotspots | hotspots,
                                                     unit_ends=unit_ends, model_codes=ex.models | models,
                                                     team_codes=ex.teams | teams, model_dates=dates,
                                                     scheme=scheme()),
                             set(catalogues["activity_forms"].codes()))
        return by_year[year]

    period_states = PeriodStateRepository(db, "").all()
    schemes: list = []
    total, checked = sum(len(items) for items in parsed.values()), 0

    def scheme():
        """The plans' cut-off rules (a quarter's data window), read once when a record needs them."""
        if not schemes:
            from commune_desk.storage.plan_repo import PlanRepository

            schemes.append(PlanRepository(db, "").scheme())
        return schemes[0]
    for entity, items in parsed.items():
        date_field = "activity_date" if entity == "propaganda" else KINDS[entity].date_field
        for p in items:
            checked += 1
            if step is not None and checked % 250 == 0:
                step(checked, total)
            catalogues, ctx, forms = context(_record_year(p.record, date_field, today))
            if isinstance(p.record, Penalty):
                p.record = with_legal_basis(p.record, catalogues)
            if entity == "propaganda":
                decision = may_edit(p.record.activity_date, period_states)
            else:
                test = KINDS[entity].lock_test(p.record, scheme)
                decision = EditDecision(True) if test is None else may_edit_counted(test, period_states)
            if not decision.allowed:  # a signed period's data window is locked (period lifecycle)
                shown = "quarter" if date_field == "anchor_date" else date_field      # a model's quarter figures
                reader.problems.append(Problem(_where(p.sheet, p.row, p.columns.get(shown, ""), shown),
                                               decision.reason_template or decision.reason,
                                               args=decision.reason_args))
            if entity == "propaganda":
                found = validate_propaganda(p.record, today=today, form_codes=forms, unit_codes=ctx.unit_codes,
                                            unit_ends=ctx.unit_ends, team_codes=ctx.team_codes)
            else:
                found = KINDS[entity].validate(p.record, ctx)
            for prob in found:
                column = prob.where.split(" ")[0]
                if column in p.failed or (column not in p.columns and "." in column and
                                          column.split(".")[0] in p.failed):
                    continue
                reader.problems.append(Problem(_where(p.sheet, p.row, p.columns.get(column, ""), column),
                                               prob.message, prob.severity, args=prob.args))
    # Written with the catalogues of the latest year in the workbook (they name assessment criteria' maxima).
    write_with = context(max(by_year) if by_year else today.year)[0]

    def place(fr, name: str) -> str:
        return _where(fr.sheet, fr.row, fr.columns.get(name, ""), name)

    figures = read.figures
    reader.problems += check_rows(figures, today=today, catalogues=write_with, place=place)
    if not [p for p in reader.problems if p.severity == "error"]:  # across sheets only once each row is sound
        reader.problems += check_figures(db, figures, get("training"), place=place, catalogues=write_with)
    records = {e: [p.record for p in items] for e, items in parsed.items()}
    for name, entity in ((POPULATIONS, "population"), (VALUES, "manual_indicator")):
        if figures[name]:
            records[entity] = [fr.item for fr in figures[name]]
    batch = ImportBatch(source=read.file_name, profile=profile, units=units, records=records)
    return batch, reader.problems, write_with


def _unit_ends(db, events: list) -> dict:
    """Ends of units from the database's history and the workbook's unit_events sheet together."""
    from commune_desk.domain.unit_history import unit_ends, with_labels
    from commune_desk.storage.sql_reader import SessionReader
    from commune_desk.storage.unit_reads import unit_events, unit_names

    with db.read() as s:
        r = SessionReader(s)
        known = unit_events(r)
        names = unit_names(r)
    return with_labels(unit_ends(known + [p.record for p in events]), names)


def check_workbook(db, path: os.PathLike | str, *, today: date | None = None):
    """Read and check a workbook against `db`; returns (ImportBatch, problems). Raises WorkbookRefused."""
    batch, problems, _catalogues = check_read(db, read_workbook(path), today=today)
    return batch, problems


def _cycle_collection_paused(function):
    """Run `function` with Python's cyclic garbage collector paused, then as it was.

    An import builds about ten objects per row; at 50,000 rows the collector walked every live object again and
    again (a sixth of the import's time, bench/bench_records_import.py). The records, rows and problems hold no
    reference cycles: reference counting frees them as before, and the collector runs again afterwards.
    """

    @functools.wraps(function)
    def paused(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return paused


@_cycle_collection_paused
def import_records(db, path, actor: str, *, dry_run: bool = False, today: date | None = None, again: bool = False,
                   progress: Progress | None = None, cancel=None, kind: str = "records",
                   digest: str | None = None) -> ImportResult:
    """Check the workbook; unless `dry_run`, write it all or nothing (ValidationFailed lists every problem).

    The workbook is read first; the check against the database and the write are then one transaction.
    `progress(ImportStep)` reports each phase with its rows, and the phases on one scale (import_progress.py);
    `cancel()` returning True stops any of them
    before the commit, and nothing is written (ImportCancelled). A workbook whose digest (`digest`: of the file
    the user chose, when `path` is a copy made from it) was imported before raises AlreadyImported unless `again`.
    """
    from commune_desk.storage.import_log import ImportLog
    from commune_desk.storage.repos.bulk import ORDER, apply_import

    phases = Phases((READ, CHECK) if dry_run else (READ, CHECK, WRITE), progress, cancel)
    phases.begin(0)
    read = read_workbook(path, progress=phases.phase(0), cancel=cancel)
    records = sum(len(items) for items in read.parsed.values())
    sha256 = digest or read.sha256
    log = ImportLog(db)
    earlier = log.committed_with(sha256)
    if earlier is not None and not again and not dry_run:
        raise AlreadyImported.of(QT_TRANSLATE_NOOP(
            "Problems", "{name} was already imported on {when} ({count} records); importing it again would add "
                        "its records twice: import it again only if that is what you want (--again)"),
            name=read.file_name, when=f"{earlier.started_at:%d/%m/%Y %H:%M}", count=sum(earlier.counts.values()))
    if dry_run:
        phases.begin(1, records)
        batch, problems, _catalogues = check_read(db, read, today=today, step=phases.phase(1))
        return ImportResult(problems, {e: len(r) for e, r in batch.records.items()}, batch.profile is not None)
    phases.cancelled()
    entry = log.start(kind, read.file_name, sha256, actor)
    try:
        with db.one_transaction() as session:
            phases.begin(1, records)
            batch, problems, catalogues = check_read(db, read, today=today, step=phases.phase(1))
            if any(p.severity == "error" for p in problems):
                raise ValidationFailed(problems)
            phases.begin(2, sum(len(batch.records.get(e) or []) for e in ORDER))  # as apply_import counts
            counts = apply_import(db, actor, batch, catalogues, step=phases.phase(2))
            phases.cancelled()   # the last moment a cancel undoes everything: the commit follows
            ImportLog.commit(session, entry, counts)
    except BaseException:
        with contextlib.suppress(Exception):   # a full disk must not hide the reason the import stopped
            log.abandoned(entry)     # refused or failed: nothing was written, nothing to report later
        raise
    log.reported(entry)
    return ImportResult(problems, counts, batch.profile is not None)
