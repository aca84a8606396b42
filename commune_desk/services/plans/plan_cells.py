"""Cells of a plan workbook, the readers of their values and the "expected …; found …" problems about them."""

from __future__ import annotations

import difflib
import re
from datetime import date, datetime

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Phrase, Problem
from commune_desk.domain.indicators import PERCENT
from commune_desk.services.plans import plan_format as fmt

_NUMBER = re.compile(r"^[+]?\d+(?:[.,]\d+)?$")


def _t(template: str, **args) -> Phrase:
    return Phrase(template, args)


def suggest(name: str, candidates) -> Phrase | str:
    """"; did you mean 'x'?" for the closest candidate (case-insensitive), or "" when none is close."""
    lowered = {str(c).lower(): str(c) for c in candidates}
    match = difflib.get_close_matches(str(name).strip().lower(), list(lowered), n=1, cutoff=0.6)
    return _t(QT_TRANSLATE_NOOP("Problems", "; did you mean '{name}'?"), name=lowered[match[0]]) if match else ""


class Cell:
    """What the reader needs of a cell: value, number format, formula flag, address (merged: top-left's)."""

    __slots__ = ("value", "number_format", "is_formula", "ref")

    def __init__(self, value, number_format="General", is_formula=False, ref=""):
        self.value, self.number_format, self.is_formula, self.ref = value, number_format, is_formula, ref

    @property
    def blank(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


_NONE = Phrase(QT_TRANSLATE_NOOP("Problems", "none"))


def _expected(where: str, expected, found, hint="") -> Problem:
    """A problem read as "expected …; found …" (the plan import dialog shows the two in their own columns)."""
    return Problem(where, QT_TRANSLATE_NOOP("Problems", "expected {expected}; found {found}{hint}"),
                   args={"expected": expected, "found": found, "hint": hint})


def _found(cell: Cell) -> Phrase | str:
    if cell.blank:
        return _t(QT_TRANSLATE_NOOP("Problems", "an empty cell"))
    value = cell.value
    if isinstance(value, datetime):
        return _t(QT_TRANSLATE_NOOP("Problems", "the date {date}"), date=f"{value:%d/%m/%Y}")
    if isinstance(value, (int, float)) and "%" in (cell.number_format or ""):
        return _t(QT_TRANSLATE_NOOP("Problems", "{value}% (a cell formatted as percent)"), value=f"{value * 100:g}")
    return repr(value) if isinstance(value, str) else f"{value!r}"


class CellReader:
    """Reads typed values out of cells, collecting a problem (place, expected, found) for each bad one; problems
    block the import, warnings are shown and do not."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.year = date.today().year
        self._reported_cells: set[tuple] = set()     # (sheet, row, column) that already have their message

    # ---- reporting ----------------------------------------------------------------------------------------
    def bad(self, sheet, row, column, expected, cell: Cell | None = None, hint="", found="", **args):
        """`expected` is a marked template filled from `args`; `found` and `hint` may be `Phrase`s."""
        # One message per cell: a formula cell is reported as a formula, not again as empty or mistyped.
        key = (sheet, row, str(column).strip().lower())
        if key in self._reported_cells:
            return
        self._reported_cells.add(key)
        where = f"sheet '{sheet}', row {row}, column '{column}'" + (f" ({cell.ref})" if cell and cell.ref else "")
        expected = Phrase(expected, args)
        shown = found or (_found(cell) if cell is not None else _t(QT_TRANSLATE_NOOP("Problems", "nothing")))
        self.problems.append(_expected(where, expected, shown, hint))

    # ---- value readers -----------------------------------------------------------------------------------
    def text(self, sheet, r, name, cell, *, required=True, limit=fmt.MAX_TEXT) -> str:
        if cell is None or cell.blank:
            if required:
                self.bad(sheet, r, name, QT_TRANSLATE_NOOP("Problems", "a text"), cell or Cell(None))
            return ""
        value = cell.value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, datetime):
            value = f"{value:%d/%m/%Y}"
        text = str(value).strip()
        if len(text) > limit:
            self.bad(sheet, r, name, QT_TRANSLATE_NOOP("Problems", "at most {limit} characters"), cell,
                     found=_t(QT_TRANSLATE_NOOP("Problems", "{count} characters"), count=len(text)), limit=limit)
        return text[:limit]

    def integer(self, sheet, r, name, cell, low, high) -> int | None:
        value = None if cell is None or cell.blank else cell.value
        if isinstance(value, str) and value.isdigit():
            value = int(value)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.bad(sheet, r, name, QT_TRANSLATE_NOOP("Problems", "a whole number from {low} to {high}"), cell or Cell(None), low=low, high=high)
            return None
        return value

    def a_date(self, sheet, r, name, cell, year) -> date | None:
        if cell is None or cell.blank:
            return None
        value = cell.value
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        m = re.match(r"^(\d{1,2})/(\d{1,2})(?:/(\d{4}))?$", str(value).strip())
        if m:
            try:
                return date(int(m.group(3) or year), int(m.group(2)), int(m.group(1)))
            except ValueError:
                pass
        self.bad(sheet, r, name, QT_TRANSLATE_NOOP("Problems", "a date (a real date cell, or dd/mm/yyyy or dd/mm text)"), cell)
        return None

    def target_value(self, sheet, r, cell, unit, column="value") -> float | None:
        """Percent rules: a %-formatted cell is a percentage; 30 and "30%" mean 30%; a bare value ≤ 1 is refused."""
        if cell is None or cell.blank:
            self.bad(sheet, r, column, QT_TRANSLATE_NOOP("Problems", "a value"), cell or Cell(None))
            return None
        value, percent_sign = cell.value, False
        if isinstance(value, bool):
            value = None
        elif isinstance(value, (int, float)) and "%" in (cell.number_format or ""):
            value, percent_sign = value * 100, True
        elif isinstance(value, str):
            text = value.replace(" ", "")
            if text.endswith("%"):
                text, percent_sign = text[:-1], True
            value = float(text.replace(",", ".")) if _NUMBER.match(text) else None
        elif not isinstance(value, (int, float)):
            value = None
        if value is None:
            expected = (QT_TRANSLATE_NOOP("Problems", "a percentage such as 30 or 30%") if unit == PERCENT
                        else QT_TRANSLATE_NOOP("Problems", "a whole number such as 60"))
            self.bad(sheet, r, column, expected, cell)
            return None
        value = round(float(value), 9)
        if unit == PERCENT:
            if not percent_sign and value <= 1:
                self.bad(sheet, r, column, QT_TRANSLATE_NOOP("Problems", "a percentage such as 30 or 30%"), cell,
                         _t(QT_TRANSLATE_NOOP("Problems", " (a bare value of 1 or less in a percent column is ambiguous: write 1% or 100%, 0.5% or 50%)")))
                return None
            if not 0 <= value <= 100:
                self.bad(sheet, r, column, QT_TRANSLATE_NOOP("Problems", "a percentage from 0% to 100%"), cell)
                return None
            return value
        if percent_sign or value < 0 or not value.is_integer():
            self.bad(sheet, r, column, QT_TRANSLATE_NOOP("Problems", "a whole number of 0 or more (unit is count)"), cell)
            return None
        return value

