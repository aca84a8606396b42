"""Reading a records workbook (no database): the guard, then every sheet's rows turned into records and problems.

The slow part of an import (openpyxl reads ~100,000 cells a second) happens here, before the import's write
transaction begins, with progress and cancel; records_import.py then checks and writes in one transaction.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, fields
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Cancelled, ExpectedError, Problem
from commune_desk.domain.records.types import PersonIdentity, TrainingLine
from commune_desk.services.records.figures_sheets import POPULATIONS, VALUES, read_figures
from commune_desk.services.records.records_sheets import (
    PROFILE_FIELDS,
    SHEET_BY_NAME,
    UNIT_COLUMNS,
    CellError,
    Sheet,
    from_cell,
    split_line_column,
)
from commune_desk.services.safe_input.text import file_label

MAX_ROWS = 200_000
_FAILED = object()  # a cell value that did not convert
_CACHE_LIMIT = 200_000  # distinct converted cells kept (a few tens of MB at most for a workbook at the guard's limits)
_BLANK = {"date": None, "odate": None, "int": 0, "oint": None, "codes": (), "pairs": (), "text": "", "bool": True}


class WorkbookRefused(ExpectedError):
    """The workbook cannot be imported here at all (not a workbook, too large, another unit's)."""


class ImportCancelled(Cancelled):
    """The user cancelled the import while the workbook was read; nothing was written (the one Cancelled, with the
    import's own words)."""


@dataclass
class Parsed:
    """One data row: where it came from, the record built from it, its columns and the cells that failed."""

    sheet: str
    row: int
    record: object
    columns: dict  # field name -> column letter
    failed: set = field(default_factory=set)


@dataclass
class ReadWorkbook:
    """Everything read from one workbook, before any database is asked."""

    file_name: str
    sha256: str
    reader: "_Reader"
    profile_row: tuple
    units: list
    parsed: dict  # entity -> [Parsed]
    figures: dict  # POPULATIONS / VALUES -> [figures_sheets.FigureRow]

    @property
    def problems(self) -> list[Problem]:
        return self.reader.problems


def column_letter(number: int) -> str:
    """Excel's letters of the 1-based column `number` (1 -> A, 27 -> AA), as openpyxl's get_column_letter."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def where(sheet: str, row: int, letter: str, name: str) -> str:
    return f"{sheet} row {row} column {letter or '?'} ({name})"


_where = where


class _Reader:
    def __init__(self, wb, progress=None, cancel=None, total_rows: int = 0) -> None:
        self.wb = wb
        self.problems: list[Problem] = []
        self._progress, self._cancel = progress, cancel
        self.total_rows, self.done_rows = max(total_rows, 1), 0
        self._converted: dict[tuple, tuple[bool, object]] = {}

    def tick(self) -> None:
        """One more row read: report progress now and then, and stop when asked to."""
        self.done_rows += 1
        if self.done_rows % 250 == 0:
            if self._cancel is not None and self._cancel():
                raise ImportCancelled.of(
                    QT_TRANSLATE_NOOP("Problems", "the import was cancelled; nothing was imported")
                )
            if self._progress is not None:
                self._progress(min(self.done_rows, self.total_rows), self.total_rows)

    def table(self, name: str, known: dict[str, str], required: tuple[str, ...], *, dynamic: tuple[str, ...] = ()):
        """(row numbers, {column name: [value of each row]}, {column name: letter}) of a sheet's non-empty data
        rows, read column by column: the conversions then run per column, with their cache."""
        ws = self.wb[name]
        it = ws.iter_rows(values_only=True)
        header = next(it, None) or ()
        next(it, None)  # Vietnamese labels
        letters: dict[str, str] = {}
        index: list[tuple[int, str]] = []
        for i, value in enumerate(header):
            if value is None or str(value).strip() == "":
                continue
            col, letter = str(value).strip(), column_letter(i + 1)
            if col in letters:
                self.problems.append(
                    Problem(
                        f"{name} row 1 column {letter}",
                        QT_TRANSLATE_NOOP("Problems", "column {column} appears twice"),
                        args={"column": repr(col)},
                    )
                )
            elif col in known or col.startswith(dynamic or ("\0",)):
                letters[col] = letter
                index.append((i, col))
            else:
                self.problems.append(
                    Problem(
                        f"{name} row 1 column {letter}",
                        QT_TRANSLATE_NOOP("Problems", "unknown column {column}"),
                        args={"column": repr(col)},
                    )
                )
        for col in required:
            if col not in letters:
                self.problems.append(
                    Problem(
                        f"{name} row 1",
                        QT_TRANSLATE_NOOP("Problems", "column {column} is missing"),
                        args={"column": repr(col)},
                    )
                )
        numbers, kept = [], []
        for number, values in enumerate(it, start=3):
            self.tick()
            if number > MAX_ROWS + 2:
                raise WorkbookRefused.of(
                    QT_TRANSLATE_NOOP("Problems", "sheet {sheet} has more than {count} rows"),
                    sheet=name,
                    count=f"{MAX_ROWS:,}".replace(",", "."),
                )
            first = values[0] if values else None
            if (first is None or isinstance(first, str) and not first.strip()) and all(
                v is None or (isinstance(v, str) and not v.strip()) for v in values or ()
            ):
                continue
            numbers.append(number)
            kept.append(values)
        columns = {col: [values[i] if i < len(values) else None for values in kept] for i, col in index}
        return numbers, columns, letters

    def rows(self, name: str, known: dict[str, str], required: tuple[str, ...], *, dynamic: tuple[str, ...] = ()):
        """Yield (row number, {column name: value}, {column name: letter}) of a sheet's data rows."""
        numbers, columns, letters = self.table(name, known, required, dynamic=dynamic)
        for j, number in enumerate(numbers):
            yield number, {col: values[j] for col, values in columns.items()}, letters

    def convert_column(
        self,
        sheet: str,
        numbers: list[int],
        letters: dict,
        name: str,
        values: list,
        kind: str,
        failed: dict[int, list[tuple[str, Problem]]],
    ) -> list:
        """convert() of a whole column, each distinct value once; a cell that fails is noted under its row's index
        in `failed` (in column order), to be reported with its row."""
        seen: dict[tuple, object] = {}
        out = []
        for j, value in enumerate(values):
            try:
                result = seen[(type(value), value)]
            except (KeyError, TypeError):  # TypeError: unhashable (calamine gives none)
                result = _FAILED
            if result is _FAILED:  # not seen yet, or a bad value: named again at this cell
                before = len(self.problems)
                result = self.convert(sheet, numbers[j], letters, name, value, kind, set())
                bad = len(self.problems) > before
                if bad:
                    failed.setdefault(j, []).append((name, self.problems.pop()))
                with contextlib.suppress(TypeError):
                    seen[(type(value), value)] = _FAILED if bad else result
            out.append(result)
        return out

    def convert(self, sheet: str, number: int, letters: dict, name: str, value, kind: str, failed: set):
        """from_cell(value, kind), worked out once per distinct (kind, type, value): a column holds few distinct
        values (dates, codes, counts); a cell that fails is still named at its own place."""
        key = (kind, type(value), value)
        try:
            ok, result = self._converted[key]
        except KeyError:
            try:
                ok, result = True, from_cell(value, kind)
            except CellError as exc:
                ok, result = False, exc
            if len(self._converted) < _CACHE_LIMIT:
                self._converted[key] = (ok, result)
        except TypeError:  # an unhashable value (calamine gives none): no cache
            try:
                ok, result = True, from_cell(value, kind)
            except CellError as exc:
                ok, result = False, exc
        if ok:
            return result
        self.problems.append(
            Problem(
                _where(sheet, number, letters.get(name, ""), name),
                result.template or str(result),
                args=dict(result.params),
            )
        )
        failed.add(name)
        return _BLANK[kind]


def _open(path: Path):
    """The workbook through the shared guard (records limits, formulas refused with their place)."""
    from commune_desk.services import safe_input

    try:  # calamine reads the values ~30 times faster than openpyxl (bench/bench_records_import.py)
        return safe_input.open_values_checked(path, safe_input.RECORDS)
    except safe_input.UnsafeInput as exc:
        raise (WorkbookRefused.of(exc.template, **exc.params) if exc.template else WorkbookRefused(str(exc))) from exc


def _read_profile_row(reader: _Reader) -> tuple[int, dict, dict]:
    """(row number, {field: text}, {field: column letter}) of the _profile sheet's unit."""
    if "_profile" not in reader.wb.sheetnames:
        raise WorkbookRefused.of(
            QT_TRANSLATE_NOOP(
                "Problems", "the workbook has no _profile sheet: it is not a CommuneDesk records workbook"
            )
        )
    known = {f: "text" for f in PROFILE_FIELDS}
    rows = list(reader.rows("_profile", known, ("unit_code",)))
    if not rows:
        raise WorkbookRefused.of(QT_TRANSLATE_NOOP("Problems", "the _profile sheet names no unit (row 3 is empty)"))
    number, values, letters = rows[0]
    failed: set = set()
    data = {k: reader.convert("_profile", number, letters, k, values.get(k), "text", failed) for k in known}
    return number, data, letters


def _read_units(reader: _Reader):
    from commune_desk.storage.repos.bulk import UnitLine

    if "residential_units" not in reader.wb.sheetnames:
        return []
    units, seen = [], set()
    known = dict(UNIT_COLUMNS)
    for number, values, letters in reader.rows("residential_units", known, ("code", "name")):
        failed: set = set()
        v = {
            k: reader.convert("residential_units", number, letters, k, values.get(k), kind, failed)
            for k, kind in known.items()
        }
        if not failed and (not v["code"] or not v["name"]):  # a failed cell is already named at its place
            reader.problems.append(
                Problem(
                    _where("residential_units", number, letters.get("code", ""), "code"),
                    QT_TRANSLATE_NOOP("Problems", "code and name are required"),
                )
            )
        elif v["code"] in seen and not failed:
            reader.problems.append(
                Problem(
                    _where("residential_units", number, letters["code"], "code"),
                    QT_TRANSLATE_NOOP("Problems", "duplicate code {value}"),
                    args={"value": repr(v["code"])},
                )
            )
        seen.add(v["code"])
        units.append(UnitLine(v["code"], v["name"], v["kind"] or "thôn", v["active"]))
    return units


def _read_records(reader: _Reader, sheet: Sheet) -> list[Parsed]:
    base = dict(sheet.base_columns())
    required = tuple(n for n, k in base.items() if k == "date") + tuple(
        n for n in ("title", "code", "number", "content", "quarter") if n in base
    )
    numbers, columns, letters = reader.table(sheet.name, base, required, dynamic=sheet.prefixes)
    failed_at: dict[int, list[tuple[str, Problem]]] = {}
    words = {f.name: f.default for f in fields(sheet.record) if isinstance(f.default, str) and f.default}
    converted = []
    for n, k in base.items():
        column = reader.convert_column(
            sheet.name, numbers, letters, n, columns.get(n) or [None] * len(numbers), k, failed_at
        )
        if n in words:  # an empty or missing column of a field with a default word keeps the word
            column = [words[n] if v == "" else v for v in column]
        converted.append(column)
    dynamic = [c for c in columns if c.startswith(sheet.prefixes or ("\0",))]
    names = list(base)
    out = []
    for j, values in enumerate(zip(*converted)) if converted else enumerate([()] * len(numbers)):
        number = numbers[j]
        data = dict(zip(names, values))
        failed: set = set()
        if j in failed_at:
            for name, problem in failed_at[j]:
                reader.problems.append(problem)
                failed.add(name)
        if dynamic:
            _child(reader, sheet, number, letters, data, {c: columns[c][j] for c in dynamic}, failed)
        rec = sheet.record(**data).normalised()
        out.append(Parsed(sheet.name, number, rec, letters, failed))
    return out


def _child(reader: _Reader, sheet: Sheet, number: int, letters: dict, data: dict, dyn: dict, failed: set) -> None:
    """The child field of one row (training lines, identity, or code=number pairs) from its dynamic columns."""
    if sheet.child == "participants":
        data["participants"] = _lines(reader, sheet.name, number, letters, dyn, failed)
    elif sheet.child == "identity":
        ident = {
            c.split(".", 1)[1]: reader.convert(sheet.name, number, letters, c, v, "text", failed)
            for c, v in dyn.items()
        }
        data["identity"] = PersonIdentity(**ident) if any(ident.values()) else None
    elif sheet.child:
        data[sheet.child] = tuple(
            (c[len(sheet.prefix) :], reader.convert(sheet.name, number, letters, c, v, "int", failed))
            for c, v in dyn.items()
            if v is not None and v != ""
        )


def _lines(reader: _Reader, sheet: str, number: int, letters: dict, cells: dict, failed: set) -> tuple:
    """Training lines from the attendances and persons columns of one row (an empty pair is no line)."""
    found: dict[tuple[str, str], dict] = {}
    for column, value in cells.items():
        what, role, level = split_line_column(column)
        if value is None or value == "":
            found.setdefault((role, level), {})
            continue
        found.setdefault((role, level), {})[what] = reader.convert(sheet, number, letters, column, value, "int", failed)
    return tuple(
        TrainingLine(role, level, parts.get("participants", 0), parts.get("persons"))
        for (role, level), parts in found.items()
        if parts
    )


def read_workbook(path, *, progress=None, cancel=None) -> ReadWorkbook:
    """Open the workbook through the guard and read every sheet; raises WorkbookRefused / ImportCancelled.

    `progress(rows done, rows in all)` is called every few hundred rows; `cancel()` returning True stops it.
    """
    import warnings

    from commune_desk.services import safe_input

    path = Path(path)
    checked = _open(path)
    wb = checked.workbook
    with warnings.catch_warnings():
        # openpyxl warns (e.g. "a date serial outside the limits for dates") while it reads rows; the cell
        # then reaches from_cell, which names the place. A warning line on the terminal would say less.
        warnings.simplefilter("ignore")
        try:
            return _read_all(path, checked, wb, progress, cancel)
        except safe_input.UnsafeInput as exc:  # a sheet the reader could not parse
            raise (
                WorkbookRefused.of(exc.template, **exc.params) if exc.template else WorkbookRefused(str(exc))
            ) from exc


def _read_all(path: Path, checked, wb, progress, cancel) -> ReadWorkbook:
    try:
        reader = _Reader(wb, progress, cancel, sum(checked.scan.rows.values()))
        profile_row = _read_profile_row(reader)
        units = _read_units(reader)
        for name in wb.sheetnames:
            if name not in SHEET_BY_NAME and name not in ("_profile", "residential_units", POPULATIONS, VALUES):
                reader.problems.append(
                    Problem(name, QT_TRANSLATE_NOOP("Problems", "unknown sheet (ignored)"), "warning")
                )
        parsed = {s.entity: _read_records(reader, s) for s in SHEET_BY_NAME.values() if s.name in wb.sheetnames}
        figures = read_figures(reader, wb)
    finally:
        checked.close()
    return ReadWorkbook(file_label(path), checked.sha256, reader, profile_row, units, parsed, figures)
