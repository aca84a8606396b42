"""Cells of a plan workbook and the "expected …; found …" problems about them, as translatable phrases."""

from __future__ import annotations

import difflib
from datetime import datetime

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Phrase, Problem


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
