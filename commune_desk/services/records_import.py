"""Records workbook import: read every sheet, check every cell with the domain rules, then write all or nothing."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError, Problem, ValidationFailed
from commune_desk.domain.profile import Profile
from commune_desk.domain.propaganda import validate_propaganda
from commune_desk.domain.records.penalty_rules import with_legal_basis
from commune_desk.domain.records.rules import RuleContext
from commune_desk.domain.records.types import Penalty, PersonIdentity, TrainingLine
from commune_desk.services.catalogues import default_catalogues
from commune_desk.services.figures_import import check_figures
from commune_desk.services.figures_sheets import POPULATIONS, VALUES, check_rows, read_figures
from commune_desk.services.records_sheets import (
    PROFILE_FIELDS, SHEET_BY_NAME, UNIT_COLUMNS, CellError, Sheet, from_cell, split_line_column,
)

MAX_ROWS = 200_000
_BLANK = {"date": None, "odate": None, "int": 0, "oint": None, "codes": (), "pairs": (), "text": "", "bool": True}


class WorkbookRefused(ExpectedError):
    """The workbook cannot be imported here at all (not a workbook, too large, another unit's)."""


@dataclass
class Parsed:
    """One data row: where it came from, the record built from it, its columns and the cells that failed."""

    sheet: str
    row: int
    record: object
    columns: dict            # field name -> column letter
    failed: set = field(default_factory=set)


@dataclass
class ImportResult:
    problems: list[Problem]
    counts: dict[str, int]
    adopted_profile: bool = False


def _where(sheet: str, row: int, letter: str, name: str) -> str:
    return f"{sheet} row {row} column {letter or '?'} ({name})"


class _Reader:
    def __init__(self, wb) -> None:
        self.wb = wb
        self.problems: list[Problem] = []

    def rows(self, name: str, known: dict[str, str], required: tuple[str, ...], *, dynamic: tuple[str, ...] = ()):
        """Yield (row number, {column name: value}, {column name: letter}) of a sheet's data rows."""
        from openpyxl.utils import get_column_letter

        ws = self.wb[name]
        it = ws.iter_rows(values_only=True)
        header = next(it, None) or ()
        next(it, None)                                   # Vietnamese labels
        letters: dict[str, str] = {}
        index: list[tuple[int, str]] = []
        for i, value in enumerate(header):
            if value is None or str(value).strip() == "":
                continue
            col, letter = str(value).strip(), get_column_letter(i + 1)
            if col in letters:
                self.problems.append(Problem(f"{name} row 1 column {letter}", QT_TRANSLATE_NOOP(
                    "Problems", "column {column} appears twice"), args={"column": repr(col)}))
            elif col in known or col.startswith(dynamic or ("\0",)):
                letters[col] = letter
                index.append((i, col))
            else:
                self.problems.append(Problem(f"{name} row 1 column {letter}", QT_TRANSLATE_NOOP(
                    "Problems", "unknown column {column}"), args={"column": repr(col)}))
        for col in required:
            if col not in letters:
                self.problems.append(Problem(f"{name} row 1", QT_TRANSLATE_NOOP("Problems", "column {column} is missing"),
                                             args={"column": repr(col)}))
        for number, values in enumerate(it, start=3):
            if number > MAX_ROWS + 2:
                raise WorkbookRefused.of(QT_TRANSLATE_NOOP("Problems", "sheet {sheet} has more than {count} rows"),
                                         sheet=name, count=f"{MAX_ROWS:,}".replace(",", "."))
            if values is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            yield number, {col: values[i] if i < len(values) else None for i, col in index}, letters

    def convert(self, sheet: str, number: int, letters: dict, name: str, value, kind: str, failed: set):
        try:
            return from_cell(value, kind)
        except CellError as exc:
            self.problems.append(Problem(_where(sheet, number, letters.get(name, ""), name), exc.template or str(exc),
                                         args=dict(exc.params)))
            failed.add(name)
            return _BLANK[kind]


def _open(path: Path):
    """The workbook through the shared guard (records limits, formulas refused with their place)."""
    from commune_desk.services import safe_input

    try:
        return safe_input.open_workbook_safely(path, safe_input.RECORDS)
    except safe_input.UnsafeInput as exc:
        raise (WorkbookRefused.of(exc.template, **exc.params) if exc.template else WorkbookRefused(str(exc))) \
            from exc


def _read_profile(reader: _Reader, existing) -> tuple[Profile | None, str]:
    if "_profile" not in reader.wb.sheetnames:
        raise WorkbookRefused.of(QT_TRANSLATE_NOOP(
            "Problems", "the workbook has no _profile sheet: it is not a CommuneDesk records workbook"))
    known = {f: "text" for f in PROFILE_FIELDS}
    rows = list(reader.rows("_profile", known, ("unit_code",)))
    if not rows:
        raise WorkbookRefused.of(QT_TRANSLATE_NOOP("Problems", "the _profile sheet names no unit (row 3 is empty)"))
    number, values, letters = rows[0]
    failed: set = set()
    data = {k: reader.convert("_profile", number, letters, k, values.get(k), "text", failed) for k in known}
    code = data["unit_code"]
    current = existing.profile
    if current.is_set and code != current.unit_code:
        raise WorkbookRefused.of(QT_TRANSLATE_NOOP(
            "Problems", "the workbook belongs to unit {code} ({name}); this database belongs to {own_code} "
                        "({own_name}): nothing was imported"),
            code=code, name=data["name"], own_code=current.unit_code, own_name=current.name)
    if current.is_set:
        return None, code
    signer = {k: data[f"signer_{k}"] for k in ("name", "title", "authority") if data[f"signer_{k}"]}
    raw = {k: data[k] for k in ("unit_code", "name", "official_name", "kind", "province", "place_name",
                                "issuing_body", "receiving_office")}
    try:
        profile = Profile.from_json({**raw, "signer": signer})
    except ValidationFailed as exc:
        for p in exc.problems:
            reader.problems.append(Problem(_where("_profile", number, letters.get(p.where, ""), p.where), p.message,
                                          args=p.args))
        return None, code
    return replace(profile, is_demo=data["is_demo"] == "có"), code


def _read_units(reader: _Reader):
    from commune_desk.storage.repos.bulk import UnitLine

    if "residential_units" not in reader.wb.sheetnames:
        return []
    units, seen = [], set()
    known = dict(UNIT_COLUMNS)
    for number, values, letters in reader.rows("residential_units", known, ("code", "name")):
        failed: set = set()
        v = {k: reader.convert("residential_units", number, letters, k, values.get(k), kind, failed)
             for k, kind in known.items()}
        if not v["code"] or not v["name"]:
            reader.problems.append(Problem(_where("residential_units", number, letters.get("code", ""), "code"),
                                           QT_TRANSLATE_NOOP("Problems", "code and name are required")))
        elif v["code"] in seen:
            reader.problems.append(Problem(_where("residential_units", number, letters["code"], "code"),
                                           QT_TRANSLATE_NOOP("Problems", "duplicate code {value}"),
                                           args={"value": repr(v["code"])}))
        seen.add(v["code"])
        units.append(UnitLine(v["code"], v["name"], v["kind"] or "thôn", v["active"]))
    return units


def _read_records(reader: _Reader, sheet: Sheet) -> list[Parsed]:
    base = dict(sheet.base_columns())
    required = tuple(n for n, k in base.items() if k == "date") + tuple(
        n for n in ("title", "code", "number", "content", "quarter") if n in base)
    out = []
    for number, values, letters in reader.rows(sheet.name, base, required, dynamic=sheet.prefixes):
        failed: set = set()
        data = {n: reader.convert(sheet.name, number, letters, n, values.get(n), k, failed) for n, k in base.items()}
        for f in fields(sheet.record):   # an empty or missing column of a field with a default word keeps the word
            if data.get(f.name) == "" and isinstance(f.default, str) and f.default:
                data[f.name] = f.default
        dyn = {c: values[c] for c in values if c.startswith(sheet.prefixes or ("\0",))}
        if sheet.child == "participants":
            data["participants"] = _lines(reader, sheet.name, number, letters, dyn, failed)
        elif sheet.child == "identity":
            ident = {c.split(".", 1)[1]: reader.convert(sheet.name, number, letters, c, v, "text", failed)
                     for c, v in dyn.items()}
            data["identity"] = PersonIdentity(**ident) if any(ident.values()) else None
        elif sheet.child:
            data[sheet.child] = tuple(
                (c[len(sheet.prefix):], reader.convert(sheet.name, number, letters, c, v, "int", failed))
                for c, v in dyn.items() if v is not None and v != "")
        rec = sheet.record(**data).normalised()
        if isinstance(rec, Penalty):
            rec = with_legal_basis(rec, default_catalogues())
        out.append(Parsed(sheet.name, number, rec, letters, failed))
    return out


def _lines(reader: _Reader, sheet: str, number: int, letters: dict, cells: dict, failed: set) -> tuple:
    """Training lines from the attendances and persons columns of one row (an empty pair is no line)."""
    found: dict[tuple[str, str], dict] = {}
    for column, value in cells.items():
        what, role, level = split_line_column(column)
        if value is None or value == "":
            found.setdefault((role, level), {})
            continue
        found.setdefault((role, level), {})[what] = reader.convert(sheet, number, letters, column, value, "int",
                                                                   failed)
    return tuple(TrainingLine(role, level, parts.get("participants", 0), parts.get("persons"))
                 for (role, level), parts in found.items() if parts)


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


def _duplicates(reader: _Reader, parsed: list[Parsed], key, name: str, taken: frozenset, what: str) -> set:
    seen = set()
    for p in parsed:
        k = key(p.record)
        if k in seen or k in taken:
            in_db, above = _TAKEN[what]
            reader.problems.append(Problem(_where(p.sheet, p.row, p.columns.get(name, ""), name),
                                           in_db if k in taken else above, args={"value": repr(k)}))
        seen.add(k)
    return {key(p.record) for p in parsed}


def check_workbook(db, path: os.PathLike | str, *, today: date | None = None):
    """Read and check a workbook against `db`; returns (ImportBatch, problems). Raises WorkbookRefused."""
    from commune_desk.storage.repos.bulk import ImportBatch, existing
    from commune_desk.storage.repos.kinds import KINDS

    path = Path(path)
    today = today or date.today()
    catalogues = default_catalogues()
    ex = existing(db)
    wb = _open(path)
    try:
        reader = _Reader(wb)
        profile, _code = _read_profile(reader, ex)
        units = _read_units(reader)
        for name in wb.sheetnames:
            if name not in SHEET_BY_NAME and name not in ("_profile", "residential_units", POPULATIONS, VALUES):
                reader.problems.append(Problem(name, QT_TRANSLATE_NOOP("Problems", "unknown sheet (ignored)"), "warning"))
        parsed = {s.entity: _read_records(reader, s) for s in SHEET_BY_NAME.values() if s.name in wb.sheetnames}
        figures = read_figures(reader, wb)
    finally:
        wb.close()
    get = lambda entity: parsed.get(entity, [])  # noqa: E731
    businesses = _duplicates(reader, get("business"), lambda r: r.code, "code", ex.businesses, "business")
    hotspots = _duplicates(reader, get("hotspot"), lambda r: r.code, "code", ex.hotspots, "hotspot")
    _duplicates(reader, get("penalty_decision"), lambda r: (r.year if r.decision_date else 0, r.number), "number",
                ex.penalty_numbers, "penalty")
    _duplicates(reader, get("healthy_commune_assessment"), lambda r: r.year, "year", ex.assessment_years,
                "assessment")
    models = _duplicates(reader, get("community_model"), lambda r: r.code, "code", ex.models, "model")
    teams = _duplicates(reader, get("team"), lambda r: r.code, "code", ex.teams, "team")
    _duplicates(reader, get("model_figures"), lambda r: (r.model_code, r.quarter), "quarter", ex.model_quarters,
                "figures")
    dates = {**ex.model_dates, **{p.record.code: p.record.set_up_date for p in get("community_model")}}
    ctx = RuleContext(today, catalogues, ex.units | {u.code for u in units}, ex.businesses | businesses,
                      ex.hotspots | hotspots, unit_ends=_unit_ends(db, get("residential_unit_event")),
                      model_codes=ex.models | models, team_codes=ex.teams | teams, model_dates=dates)
    forms = set(catalogues["activity_forms"].codes())
    from commune_desk.domain.period_state import may_edit
    from commune_desk.storage.period_repo import PeriodStateRepository

    period_states = PeriodStateRepository(db, "").all()
    for entity, items in parsed.items():
        date_field = "activity_date" if entity == "propaganda" else KINDS[entity].date_field
        for p in items:
            decision = may_edit(getattr(p.record, date_field, None) if date_field else None, period_states)
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
    def place(fr, name: str) -> str:
        return _where(fr.sheet, fr.row, fr.columns.get(name, ""), name)

    reader.problems += check_rows(figures, today=today, catalogues=catalogues, place=place)
    if not [p for p in reader.problems if p.severity == "error"]:  # across sheets only once each row is sound
        reader.problems += check_figures(db, figures, get("training"), place=place, catalogues=catalogues)
    records = {e: [p.record for p in items] for e, items in parsed.items()}
    for name, entity in ((POPULATIONS, "population"), (VALUES, "manual_indicator")):
        if figures[name]:
            records[entity] = [fr.item for fr in figures[name]]
    batch = ImportBatch(source=path.name, profile=profile, units=units, records=records)
    return batch, reader.problems


def _unit_ends(db, events: list) -> dict:
    """Ends of units from the database's history and the workbook's unit_events sheet together."""
    from commune_desk.domain.unit_history import unit_ends, with_labels
    from commune_desk.storage.sql_reader import SessionReader
    from commune_desk.storage.unit_reads import unit_events

    with db.read() as s:
        r = SessionReader(s)
        known = unit_events(r)
        names = dict(r.rows("SELECT code, name FROM residential_unit"))
    return with_labels(unit_ends(known + [p.record for p in events]), names)


def import_records(db, path, actor: str, *, dry_run: bool = False, today: date | None = None) -> ImportResult:
    """Check the workbook; unless `dry_run`, write it all or nothing (ValidationFailed lists every problem)."""
    from commune_desk.storage.repos.bulk import apply_import

    batch, problems = check_workbook(db, path, today=today)
    errors = [p for p in problems if p.severity == "error"]
    counts = {e: len(r) for e, r in batch.records.items()}
    if dry_run:
        return ImportResult(problems, counts, batch.profile is not None)
    if errors:
        raise ValidationFailed(problems)
    counts = apply_import(db, actor, batch, default_catalogues())
    return ImportResult(problems, counts, batch.profile is not None)
