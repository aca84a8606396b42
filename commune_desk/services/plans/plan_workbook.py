"""Reads and validates a plan workbook into a Plan, naming sheet, row, column, expected and found for each problem."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError, Problem, ValidationFailed
from commune_desk.domain.indicators import CATALOGUE as INDICATORS, normalise_comparison
from commune_desk.domain.periods import CutoffRule, PeriodError
from commune_desk.domain.plans import (COMMUNE_LEVEL, OFFICE_LEVEL, TARGET_LEVELS, DataCutoff, Deadline, DeadlineError,
                                      DueRule, Plan, Target)
from commune_desk.domain.text import nfc
from commune_desk.services.plans import plan_format as fmt
from commune_desk.services.plans.plan_cells import _NONE, Cell, CellReader, _expected, _found, _t, suggest  # noqa: F401 - re-exported
from commune_desk.services.safe_input.text import hidden_character

_PLAN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$")
_NUMBER = re.compile(r"^[+]?\d+(?:[.,]\d+)?$")
_EMPTY = object()


class PlanFileError(ExpectedError):
    """The file cannot be read as a plan workbook at all (not a workbook, hostile, damaged)."""


def known_catalogues() -> list[str]:
    from commune_desk.services.plans.catalogues import default_catalogues

    return sorted(default_catalogues().catalogues)


class Reader(CellReader):
    """Collects every problem of one workbook; `read()` returns the Plan or raises ValidationFailed."""

    def __init__(self, workbook, populations: dict | None = None) -> None:
        super().__init__()
        self.wb = workbook
        self.populations = populations or {}     # indicator -> the commune's population behind it (warnings)
        self.rows_of: dict[str, dict] = {"targets": {}, "deadlines": {}}   # code or index -> (row, cells)

    # ---- sheets and tables --------------------------------------------------------------------------------
    def read(self) -> Plan:
        sheets = self._sheets()
        rows = {name: self._table(ws, name) for name, ws in sheets.items()}
        self._rows = rows
        if any(name not in rows for name in fmt.REQUIRED_SHEETS):
            raise ValidationFailed(self.problems)
        settings = self._settings(rows["settings"])
        targets = self._targets(rows["targets"])
        deadlines = self._deadlines(rows["deadlines"], settings.get("year", self.year))
        sections, recipients = self._report(rows.get("report", []))
        catalogues = {name[len(fmt.CATALOGUE_PREFIX):]: self._catalogue(name, table)
                      for name, table in rows.items() if name.startswith(fmt.CATALOGUE_PREFIX)}
        if self.problems:
            raise ValidationFailed(self.problems)
        plan = Plan(targets=tuple(targets), deadlines=tuple(deadlines), catalogues=catalogues,
                    report_sections=tuple(sections), recipients=tuple(recipients), **settings)
        from commune_desk.services.plans.plan_checks import check_cutoffs, check_targets

        problems, warnings = check_cutoffs(plan, self.rows_of["deadlines"])
        self.problems += problems
        self.warnings += warnings + check_targets(plan, self.rows_of["targets"], self.populations)
        if self.problems:
            raise ValidationFailed(self.problems)
        return plan

    def _sheets(self) -> dict:
        cats = [fmt.CATALOGUE_PREFIX + c for c in known_catalogues()]
        known = list(fmt.SHEETS) + cats
        ignored = (fmt.INSTRUCTIONS_SHEET, fmt.LISTS_SHEET)
        found, unknown = {}, []
        for ws in self.wb.worksheets:
            name = ws.title.strip().lower()
            if name in ignored:
                continue
            if name in known:
                found[name] = ws
            else:
                unknown.append(ws.title)
                self.problems.append(_expected(
                    f"sheet '{ws.title}'",
                    _t(QT_TRANSLATE_NOOP("Problems", "one of the sheets {sheets} or cat_<catalogue>"),
                       sheets=", ".join(fmt.SHEETS)),
                    _t(QT_TRANSLATE_NOOP("Problems", "an unknown sheet")), suggest(ws.title, known + list(ignored))))
        for name in fmt.REQUIRED_SHEETS:
            if name not in found:
                self.problems.append(_expected(f"sheet '{name}'", _t(QT_TRANSLATE_NOOP("Problems", "this sheet")),
                                               _t(QT_TRANSLATE_NOOP("Problems", "no sheet of that name")),
                                               suggest(name, [u.lower() for u in unknown])))
        return found

    def _table(self, ws, sheet: str) -> list[tuple[int, dict[str, Cell]]]:
        if ws.max_row > fmt.MAX_ROWS or ws.max_column > fmt.MAX_COLUMNS:
            self.problems.append(_expected(
                f"sheet '{sheet}'",
                _t(QT_TRANSLATE_NOOP("Problems", "at most {rows} rows and {columns} columns"), rows=fmt.MAX_ROWS,
                   columns=fmt.MAX_COLUMNS),
                _t(QT_TRANSLATE_NOOP("Problems", "{rows} rows and {columns} columns"), rows=ws.max_row,
                   columns=ws.max_column)))
            return []
        merged = {}
        for rng in ws.merged_cells.ranges:
            top = ws.cell(rng.min_row, rng.min_col)
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    merged[(r, c)] = top
        grid = [[self._cell(ws, merged, r, c) for c in range(1, ws.max_column + 1)]
                for r in range(1, ws.max_row + 1)]
        if not grid or all(c.blank for c in grid[0]):
            self.problems.append(_expected(f"sheet '{sheet}', row 1",
                                           _t(QT_TRANSLATE_NOOP("Problems", "the header row with column names")),
                                           _t(QT_TRANSLATE_NOOP("Problems", "an empty row"))))
            return []
        spec = fmt.columns_of(sheet)
        names = [c.name for c in spec]
        header: dict[int, str] = {}
        for index, cell in enumerate(grid[0]):
            if cell.blank:
                continue
            name = str(cell.value).strip().lower()
            if name in header.values():
                self.bad(sheet, 1, name, QT_TRANSLATE_NOOP("Problems", "each column once"), cell, found=_t(QT_TRANSLATE_NOOP("Problems", "it a second time")))
            elif name in names or sheet.startswith(fmt.CATALOGUE_PREFIX):
                header[index] = name
            else:
                self.bad(sheet, 1, cell.value, QT_TRANSLATE_NOOP("Problems", "a known column name ({names})"), cell,
                         suggest(name, names), found=f"'{cell.value}'", names=", ".join(names))
        for col in spec:
            if col.required and col.name not in header.values():
                self.problems.append(_expected(
                    f"sheet '{sheet}', row 1", _t(QT_TRANSLATE_NOOP("Problems", "the column '{column}'"),
                                                  column=col.name),
                    _t(QT_TRANSLATE_NOOP("Problems", "no such column")), suggest(col.name, [
                        str(c.value).strip().lower() for c in grid[0] if not c.blank
                        and str(c.value).strip().lower() not in names])))
        rows = []
        for r, line in enumerate(grid[1:], start=2):
            if all(c.blank for c in line):
                continue
            values = {name: line[i] for i, name in header.items()}
            for name, cell in values.items():
                if cell.is_formula:
                    self.bad(sheet, r, name, QT_TRANSLATE_NOOP("Problems", "a typed value (formulas are not allowed; type the value itself)"),
                             cell, found=_t(QT_TRANSLATE_NOOP("Problems", "the formula {formula}"), formula=str(cell.value)))
                    values[name] = Cell(None, ref=cell.ref)
                elif isinstance(cell.value, str) and (hidden := hidden_character(cell.value)):
                    self.bad(sheet, r, name, QT_TRANSLATE_NOOP("Problems", "text without characters that cannot be seen"),
                             cell, found=_t(QT_TRANSLATE_NOOP("Problems", "{char} at position {position}"),
                                            char=hidden[1], position=hidden[0]))
                    values[name] = Cell(None, ref=cell.ref)
            rows.append((r, values))
        return rows

    @staticmethod
    def _cell(ws, merged, r, c) -> Cell:
        cell = merged.get((r, c)) or ws.cell(r, c)
        value = cell.value
        is_formula = cell.data_type == "f" or type(value).__name__ in ("ArrayFormula", "DataTableFormula")
        if is_formula and not isinstance(value, str):
            value = getattr(value, "text", "") or "=…"
        if isinstance(value, str):
            value = nfc(value.strip())
        return Cell(value, cell.number_format or "General", is_formula, f"{cell.column_letter}{cell.row}")

    # ---- sheets -----------------------------------------------------------------------------------------
    def _settings(self, rows) -> dict:
        sheet = "settings"
        if len(rows) != 1:
            self.problems.append(_expected(
                f"sheet '{sheet}'", _t(QT_TRANSLATE_NOOP("Problems", "exactly one row of values under the header")),
                str(len(rows))))
            if not rows:
                return {}
        r, v = rows[0]
        get = v.get
        out = {}
        plan_id = self.text(sheet, r, "plan_id", get("plan_id"), limit=60)
        if plan_id and not _PLAN_ID.match(plan_id):
            self.bad(sheet, r, "plan_id", QT_TRANSLATE_NOOP("Problems", "letters, digits, '.', '_' or '-' without spaces or diacritics"),
                     get("plan_id"))
        out["plan_id"] = plan_id
        out["version"] = self.integer(sheet, r, "version", get("version"), 1, 9999)
        out["year"] = self.integer(sheet, r, "year", get("year"), 2000, 2100)
        if out["year"]:
            self.year = out["year"]
        for name in ("title", "issuing_office", "receiving_office"):
            out[name] = self.text(sheet, r, name, get(name), limit=500)
        out["document_number"] = self.text(sheet, r, "document_number", get("document_number"), required=False,
                                           limit=60)
        rule = self.text(sheet, r, "cutoff_rule", get("cutoff_rule"), required=False, limit=20) or "calendar"
        try:
            out["cutoff_rule"] = CutoffRule.parse(rule).code
        except PeriodError:
            self.bad(sheet, r, "cutoff_rule", QT_TRANSLATE_NOOP("Problems", "'calendar' or a day from 2 to 28 such as 15"), get("cutoff_rule"))
        out["issued_on"] = self.a_date(sheet, r, "issued_on", get("issued_on"), self.year)
        out["valid_from"] = self.a_date(sheet, r, "valid_from", get("valid_from"), self.year)
        if out["valid_from"] and out["year"] and out["valid_from"].year != out["year"]:
            self.bad(sheet, r, "valid_from", QT_TRANSLATE_NOOP("Problems", "a date in {year}"), get("valid_from"), year=out["year"])
        return out

    def _targets(self, rows) -> list[Target]:
        sheet, out, seen = "targets", [], {}
        if not rows:
            self.problems.append(_expected(f"sheet '{sheet}'", _t(QT_TRANSLATE_NOOP("Problems", "at least one target")),
                                           _NONE))
        for r, v in rows:
            code = self.text(sheet, r, "code", v.get("code"), limit=40)
            if code and code in seen:
                self.bad(sheet, r, "code", QT_TRANSLATE_NOOP("Problems", "a code not used before (row {earlier} has it)"), v.get("code"), earlier=seen[code])
            seen.setdefault(code, r)
            text = self.text(sheet, r, "text", v.get("text"))
            indicator = self.text(sheet, r, "indicator", v.get("indicator"), limit=60).upper()
            definition = INDICATORS.get(indicator)
            if indicator and definition is None:
                self.bad(sheet, r, "indicator", QT_TRANSLATE_NOOP("Problems", "an indicator code of the catalogue (see docs/plan-template.md)"),
                         v.get("indicator"), suggest(indicator, INDICATORS))
            op = normalise_comparison(self.text(sheet, r, "comparison", v.get("comparison"), limit=4))
            if op is None and v.get("comparison") is not None and not v["comparison"].blank:
                self.bad(sheet, r, "comparison", QT_TRANSLATE_NOOP("Problems", "one of >=, <=, ="), v.get("comparison"))
            unit = self.text(sheet, r, "unit", v.get("unit"), limit=10).lower()
            unit = {"percent": "%", "phần trăm": "%", "số lượng": "count"}.get(unit, unit)
            if unit and unit not in fmt.UNIT_CHOICES:
                self.bad(sheet, r, "unit", QT_TRANSLATE_NOOP("Problems", "% or count"), v.get("unit"), suggest(unit, fmt.UNIT_CHOICES))
                unit = ""
            elif unit and definition and unit not in definition.units:
                self.bad(sheet, r, "unit", QT_TRANSLATE_NOOP("Problems", "{units} for indicator {indicator}"), v.get("unit"),
                         units=" or ".join(definition.units), indicator=indicator)
                unit = ""
            value = self.target_value(sheet, r, v.get("value"), unit) if unit else None
            scope = self.text(sheet, r, "period_scope", v.get("period_scope"), limit=20).lower()
            if scope and scope not in fmt.PERIOD_SCOPES:
                self.bad(sheet, r, "period_scope", QT_TRANSLATE_NOOP("Problems", "year, half or quarter"), v.get("period_scope"),
                         suggest(scope, fmt.PERIOD_SCOPES))
            section = self.text(sheet, r, "section", v.get("section"), required=False, limit=40)
            level, quota, level_ok = self._level(sheet, r, v, unit)
            if (code and text and definition and op and unit and value is not None and scope in fmt.PERIOD_SCOPES
                    and level_ok):
                out.append(Target(code, text, indicator, op, value, unit, scope, section, level, quota))
                self.rows_of["targets"][code] = (r, v)
        return out

    def _level(self, sheet, r, v, unit) -> tuple[str, float | None, bool]:
        """(level, commune_quota, ok): `level` commune (default) or office; a quota only for an office target."""
        text = self.text(sheet, r, "level", v.get("level"), required=False, limit=20).lower()
        level = fmt.LEVEL_ALIASES.get(text, text) or COMMUNE_LEVEL
        ok = True
        if level not in TARGET_LEVELS:
            self.bad(sheet, r, "level", QT_TRANSLATE_NOOP("Problems", "commune, office or an empty cell"),
                     v.get("level"), suggest(text, TARGET_LEVELS))
            level, ok = COMMUNE_LEVEL, False
        cell, quota = v.get("commune_quota"), None
        if cell is not None and not cell.blank:
            if level != OFFICE_LEVEL:
                self.bad(sheet, r, "commune_quota", QT_TRANSLATE_NOOP(
                    "Problems", "an empty cell (a commune quota belongs to a target of level office)"), cell)
                ok = False
            elif unit:
                quota = self.target_value(sheet, r, cell, unit, "commune_quota")
                ok = ok and quota is not None
        return level, quota, ok

    def _deadlines(self, rows, year) -> list[Deadline]:
        sheet, out, taken = "deadlines", [], {}
        if not rows:
            self.problems.append(_expected(
                f"sheet '{sheet}'", _t(QT_TRANSLATE_NOOP("Problems", "at least one reporting deadline")), _NONE))
        for r, v in rows:
            kind = self.text(sheet, r, "period_kind", v.get("period_kind"), limit=20).lower()
            if kind and kind not in fmt.DEADLINE_KINDS:
                self.bad(sheet, r, "period_kind", "{kinds}", v.get("period_kind"),
                         suggest(kind, fmt.DEADLINE_KINDS), kinds=", ".join(fmt.DEADLINE_KINDS))
                kind = ""
            due_cell, due = v.get("due"), None
            if due_cell is not None and isinstance(due_cell.value, (datetime, date)):
                value = due_cell.value
                due = DueRule.of_date(value.date() if isinstance(value, datetime) else value)
            else:
                text = self.text(sheet, r, "due", due_cell, limit=80)
                if text:
                    try:
                        due = DueRule.parse(text, year or self.year)
                    except DeadlineError as exc:
                        self.bad(sheet, r, "due", QT_TRANSLATE_NOOP("Problems", "a date (dd/mm) or a rule such as 'day 10 of last month of quarter'"),
                                 due_cell, f" ({exc})")
            if due and due.fixed and year and not year <= due.fixed.year <= year + 1:
                self.bad(sheet, r, "due", QT_TRANSLATE_NOOP("Problems", "a date in {year} or early {next_year}"), due_cell, year=year,
                         next_year=year + 1)
                due = None
            cutoff, cutoff_ok = self._cutoff(sheet, r, v.get("cutoff"), year or self.year)
            note = self.text(sheet, r, "note", v.get("note"), required=False)
            if kind and due and cutoff_ok:
                row = Deadline(kind, due, cutoff, note)
                self.rows_of["deadlines"][len(out)] = (r, v)
                for period in row.periods(year or self.year):
                    if period.code in taken:
                        self.bad(sheet, r, "due", QT_TRANSLATE_NOOP("Problems", "one deadline per period (row {earlier} already sets {period})"),
                                 due_cell, earlier=taken[period.code], period=period.code)
                    taken.setdefault(period.code, r)
                out.append(row)
        return out

    def _cutoff(self, sheet, r, cell, year) -> tuple[DataCutoff | None, bool]:
        """The row's data cut-off: a date cell, a date or rule as text, a bare cut-off day, or empty."""
        if cell is None or cell.blank:
            return None, True
        value = cell.value
        text = f"{value:%d/%m/%Y}" if isinstance(value, (datetime, date)) else self.text(sheet, r, "cutoff", cell,
                                                                                          limit=80)
        try:
            return DataCutoff.parse(text, year), True
        except DeadlineError:
            self.bad(sheet, r, "cutoff", QT_TRANSLATE_NOOP(
                "Problems", "a date (dd/mm), a rule such as 'day 14 of last month of period', a day from 2 to 28, "
                            "'calendar' or an empty cell"), cell)
            return None, False

    def _report(self, rows) -> tuple[list[str], list[str]]:
        sections, recipients = [], []
        for r, v in rows:
            kind = self.text("report", r, "kind", v.get("kind"), limit=20).lower()
            text = self.text("report", r, "text", v.get("text"), limit=500)
            if kind and kind not in fmt.REPORT_KINDS:
                self.bad("report", r, "kind", QT_TRANSLATE_NOOP("Problems", "section or recipient"), v.get("kind"),
                         suggest(kind, fmt.REPORT_KINDS))
            elif text:
                (sections if kind == "section" else recipients).append(text)
        return sections, recipients

    def _catalogue(self, sheet, rows) -> list[dict]:
        out, seen = [], {}
        for r, v in rows:
            code = self.text(sheet, r, "code", v.get("code"), limit=60)
            if code and not _CODE.match(code):
                self.bad(sheet, r, "code", QT_TRANSLATE_NOOP("Problems", "letters, digits, '_', '.', '-' without spaces or diacritics"),
                         v.get("code"))
            if code in seen:
                self.bad(sheet, r, "code", QT_TRANSLATE_NOOP("Problems", "a code not used before (row {earlier} has it)"), v.get("code"), earlier=seen[code])
            seen.setdefault(code, r)
            entry = {"code": code, "label": self.text(sheet, r, "label", v.get("label"), limit=500)}
            active = self.text(sheet, r, "active", v.get("active"), required=False, limit=10).lower()
            if active in ("0", "no", "không", "false"):
                entry["active"] = False
            elif active not in ("", "1", "yes", "có", "true"):
                self.bad(sheet, r, "active", QT_TRANSLATE_NOOP("Problems", "1 or 0"), v.get("active"))
            typed = ()
            if sheet == fmt.CATALOGUE_PREFIX + "violation_types":   # brackets, dates, measure lists: checked
                from commune_desk.services.plans.plan_violations import TYPED, measure_codes, read_violation_columns

                typed = TYPED
                entry.update(read_violation_columns(self, sheet, r, v, measure_codes(self._rows)))
            for name, cell in v.items():
                if name not in ("code", "label", "active", *typed) and not cell.blank:
                    entry[name] = cell.value if isinstance(cell.value, (int, float)) else self.text(sheet, r, name, cell)
            out.append(entry)
        if not out:
            self.problems.append(_expected(f"sheet '{sheet}'", _t(QT_TRANSLATE_NOOP("Problems", "at least one entry")),
                                           _NONE))
        return out


def guard(path: Path) -> None:
    """The shared untrusted-input guard (safe_input, plan limits); its refusal becomes a PlanFileError."""
    from commune_desk.services import safe_input

    try:
        safe_input.check_workbook(path, safe_input.PLAN)
    except safe_input.UnsafeInput as exc:
        raise (PlanFileError.of(exc.template, **exc.params) if exc.template else PlanFileError(str(exc))) from exc


def read_plan(path, *, name: str | None = None) -> Plan:
    """The plan in the workbook at `path`; raises PlanFileError (unreadable) or ValidationFailed (problems).

    `name` is the file name messages use (the user's file when `path` is a private copy of it).
    """
    return read_plan_checked(path, name=name)[0]


def read_plan_checked(path, populations: dict | None = None, *, name: str | None = None) -> tuple[Plan, list[Problem]]:
    """(plan, warnings): the plan and what `plan validate` warns about (cells named); `populations` maps an
    indicator to the commune's population behind it, for the "can never be met" warnings."""
    from commune_desk.services import safe_input

    path = Path(path)
    try:
        # Full mode (merged cells and number formats matter); the guard bounded rows, columns and merges first.
        wb = safe_input.open_workbook_safely(path, safe_input.PLAN, read_only=False, name=name)
    except safe_input.UnsafeInput as exc:
        raise (PlanFileError.of(exc.template, **exc.params) if exc.template else PlanFileError(str(exc))) from exc
    try:
        reader = Reader(wb, populations)
        return reader.read(), reader.warnings
    finally:
        wb.close()
