"""Import the officer's own sheet through a mapping: the records import checks it, problems point at THEIR cells.

The mapped rows are written, cells untouched, into a temporary records workbook (this database's `_profile` and
one record sheet) that `records_import.import_records` checks and writes. So every cell conversion, every domain
rule, the period locks and the all-or-nothing write are the records import's own; only the place of each problem
is translated back to the officer's sheet, row and column letter.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from commune_desk.domain.text import fold
from commune_desk.services.records.import_progress import PREPARE, ImportStep, Progress, cancelled_error
from commune_desk.services.records.records_sheets import PROFILE_FIELDS, SHEET_BY_NAME, CellError, from_cell, label
from commune_desk.services.records.sheet_mapping import KIND_SHEETS, MappingRefused, SourceSheet, targets

_WHERE = re.compile(r"^(?P<sheet>\S+) row (?P<row>\d+)(?: column (?P<col>\S+) \((?P<field>[^)]*)\))?$")
_TOTAL_WORDS = ("tong", "tong cong", "cong", "tong so")
# Fields whose cells officers fill with a name (Thôn Đông, Loa truyền thanh); matched to the code by folding.
_CODE_FIELDS = {"form_code": "activity_forms", "topic_code": "training_topics", "target_groups": "target_groups"}


@dataclass(frozen=True)
class MappedResult:
    """What a check or import found: problems at the officer's cells, records per entity, rows skipped."""

    problems: list[Problem]
    counts: dict[str, int]
    skipped: list[int]


def _choices(field: str, catalogues, units) -> dict[str, str] | None:
    """folded code or label -> code, for fields typed as names; None for other fields."""
    if field == "unit_code":
        pairs = [(u.code, u.name) for u in units]
    elif field in _CODE_FIELDS:
        pairs = [(e.code, e.label) for e in catalogues[_CODE_FIELDS[field]].entries]
    else:
        return None
    out: dict[str, str] = {}
    for code, name in pairs:
        out[" ".join(fold(code).split())] = code
        out[" ".join(fold(name).split())] = code
    return out


def resolve(field: str, value, choices: dict[str, str] | None):
    """A name the officer typed replaced by its code; anything unknown passes through for the rules to reject."""
    if choices is None or value is None or not isinstance(value, (str, int)) or isinstance(value, bool):
        return value
    if field == "target_groups":
        parts = [p for p in re.split(r"[;,\n]", str(value)) if p.strip()]
        return ";".join(choices.get(" ".join(fold(p).split()), p.strip()) for p in parts)
    return choices.get(" ".join(fold(str(value)).split()), value)


def _is_total_row(values) -> bool:
    for v in values:
        if isinstance(v, str) and " ".join(fold(v).replace(":", " ").split()) in _TOTAL_WORDS:
            return True
    return False


def mapped_rows(source: SourceSheet, entity: str, mapping: dict[int, str], *, catalogues, units):
    """(rows, skipped): rows are (their row number, {field: cell value with names resolved})."""
    resolvers = {f: _choices(f, catalogues, units) for f in mapping.values()}
    rows, skipped = [], []
    for number, values in source.rows:
        cells = {f: (values[i] if i < len(values) else None) for i, f in mapping.items()}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells.values()):
            continue
        if _is_total_row(values):
            skipped.append(number)
            continue
        rows.append((number, {f: resolve(f, v, resolvers[f]) for f, v in cells.items()}))
    return rows, skipped


def preview(source: SourceSheet, entity: str, mapping: dict[int, str], *, catalogues, units, limit: int = 8):
    """The first rows as the import would read them: (row number, {field: (shown text, error or "")})."""
    kinds = {t.name: t.kind for t in targets(entity, catalogues)}
    rows, _ = mapped_rows(source, entity, mapping, catalogues=catalogues, units=units)
    out = []
    for number, cells in rows[:limit]:
        shown = {}
        for f, v in cells.items():
            try:
                value = from_cell(v, kinds.get(f, "text"))
            except CellError as exc:
                shown[f] = (str(v), exc.text() if hasattr(exc, "text") else str(exc))
                continue
            if isinstance(value, date):
                value = f"{value:%d/%m/%Y}"
            elif isinstance(value, tuple):
                value = ";".join(value)
            shown[f] = (str(value), "")
        out.append((number, shown))
    return out


def _unmapped_required(source: SourceSheet, entity: str, mapping, catalogues) -> list[Problem]:
    mapped = set(mapping.values())
    return [Problem(f"{source.sheet} row {source.header_row}",
                    QT_TRANSLATE_NOOP("Problems", "no column is matched to the required field {field}"),
                    args={"field": t.label})
            for t in targets(entity, catalogues) if t.required and t.name not in mapped]


def _write_temp(path: Path, entity: str, rows, mapping, profile, catalogues, tick=None) -> None:
    from openpyxl import Workbook
    from commune_desk.services.documents.xlsx_text import text_cell

    from commune_desk.services.records.records_workbook import profile_values

    wb = Workbook(write_only=True)
    head = wb.create_sheet("_profile")
    sheet = SHEET_BY_NAME[KIND_SHEETS[entity]]
    columns = [n for n, _ in sheet.base_columns()] + sorted(
        f for f in set(mapping.values()) if sheet.prefixes and f.startswith(sheet.prefixes))
    ws = wb.create_sheet(sheet.name)
    # Every line is made before any sheet is written: a cancel from `tick` leaves no sheet's writer open.
    lines = []
    for done, (_number, cells) in enumerate(rows, 1):
        lines.append([text_cell(ws, cells.get(c)) for c in columns])   # text, never a formula (xlsx_text.py)
        if tick is not None and done % 250 == 0:
            tick(done)
    pv = profile_values(profile, catalogues)
    head.append(list(PROFILE_FIELDS))
    head.append([label(f, catalogues) for f in PROFILE_FIELDS])
    head.append([pv[f] or None for f in PROFILE_FIELDS])
    ws.append(columns)
    ws.append([label(c, catalogues) for c in columns])
    for line in lines:
        ws.append(line)
    wb.save(path)


def _relocate(problems, source: SourceSheet, entity: str, rows, mapping) -> list[Problem]:
    """Problems of the temporary workbook, placed at the officer's sheet, row and column letter."""
    sheet_name = KIND_SHEETS[entity]
    letters = {f: source.letter(i) for i, f in mapping.items()}
    out = []
    for p in problems:
        m = _WHERE.match(p.where or "")
        if not m or m.group("sheet") != sheet_name or int(m.group("row")) < 3:
            out.append(p)
            continue
        index = int(m.group("row")) - 3
        row = rows[index][0] if index < len(rows) else "?"
        name = m.group("field") or ""
        letter = letters.get(name) or next((v for f, v in letters.items() if f.startswith(name + ".")), "?")
        where = f"{source.sheet} row {row}" + (f" column {letter} ({name})" if name else "")
        out.append(Problem(where, p.message, p.severity, args=p.args))
    return out


def _digest(path: Path, mapping: dict, entity: str) -> str:
    """The officer's file, sheet mapping and record kind: the same three imported twice is the same import."""
    import hashlib

    from commune_desk.services.safe_input import MAPPING, read_bytes_capped

    h = hashlib.sha256(read_bytes_capped(path, max_bytes=MAPPING.max_file_bytes))
    h.update(repr((entity, sorted(mapping.items()))).encode("utf-8"))
    return h.hexdigest()


def import_mapped(db, source: SourceSheet, entity: str, mapping: dict[int, str], actor: str, *,
                  dry_run: bool = False, today: date | None = None, catalogues=None, again: bool = False,
                  progress: Progress | None = None, cancel=None) -> MappedResult:
    """Check (and unless `dry_run` write, all or nothing) the mapped rows; ValidationFailed lists every problem.

    `progress(ImportStep)` reports the rows copied for the records import (phase "prepare", no scale yet), then
    the import's own phases; `cancel()` returning True stops either, and nothing is written (ImportCancelled).
    """
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.services.records.records_import import import_records
    from commune_desk.storage.profile_repo import ProfileRepository

    catalogues = catalogues or default_catalogues()
    profile = ProfileRepository(db, "").get()
    if not profile.is_set:
        raise MappingRefused.of(QT_TRANSLATE_NOOP("Problems", "set up the commune profile before importing records"))
    rows, skipped = mapped_rows(source, entity, mapping, catalogues=catalogues, units=profile.residential_units)
    problems = _unmapped_required(source, entity, mapping, catalogues)
    problems += [Problem(f"{source.sheet} row {n}", QT_TRANSLATE_NOOP("Problems", "a total row: skipped"),
                         "warning") for n in skipped]
    if any(p.severity == "error" for p in problems):
        if dry_run:
            return MappedResult(problems, {entity: len(rows)}, skipped)
        raise ValidationFailed(problems)
    with tempfile.TemporaryDirectory(prefix="cd-map-") as tmp:
        temp = Path(tmp) / (source.path.stem[:80] + ".xlsx")    # the audit log names the officer's file
        def prepared(done: int) -> None:
            if cancel is not None and cancel():
                raise cancelled_error()
            if progress is not None:
                progress(ImportStep(PREPARE, done, len(rows), 0, 0))

        prepared(0)
        _write_temp(temp, entity, rows, mapping, profile, catalogues, tick=prepared)
        try:
            result = import_records(db, temp, actor, dry_run=dry_run, today=today, again=again, kind="mapping",
                                    digest=_digest(source.path, mapping, entity), progress=progress, cancel=cancel)
        except ValidationFailed as exc:
            raise ValidationFailed(problems + _relocate(exc.problems, source, entity, rows, mapping)) from None
    found = problems + _relocate(result.problems, source, entity, rows, mapping)
    return MappedResult(found, {e: n for e, n in result.counts.items() if n}, skipped)
