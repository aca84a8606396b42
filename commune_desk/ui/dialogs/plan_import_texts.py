"""How the plan import dialog names a problem's place: sheet, row, the column by its Vietnamese name with the
code the workbook uses, and the cell; and a message's parts in the interface language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from commune_desk.domain.errors import Phrase
from commune_desk.ui.problems import problem_text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# The plan workbook's column codes (services/plans/plan_format.py) by what they mean; the code stays beside the name,
# since it is what the workbook's header row says.
COLUMN_NAMES = {
    "plan_id": QT_TRANSLATE_NOOP("PlanImportDialog", "plan code"),
    "version": QT_TRANSLATE_NOOP("PlanImportDialog", "version"),
    "title": QT_TRANSLATE_NOOP("PlanImportDialog", "plan title"),
    "issuing_office": QT_TRANSLATE_NOOP("PlanImportDialog", "issuing office"),
    "year": QT_TRANSLATE_NOOP("PlanImportDialog", "year"),
    "receiving_office": QT_TRANSLATE_NOOP("PlanImportDialog", "receiving office"),
    "cutoff_rule": QT_TRANSLATE_NOOP("PlanImportDialog", "data cut-off"),
    "document_number": QT_TRANSLATE_NOOP("PlanImportDialog", "document number"),
    "issued_on": QT_TRANSLATE_NOOP("PlanImportDialog", "issued on"),
    "valid_from": QT_TRANSLATE_NOOP("PlanImportDialog", "in force from"),
    "code": QT_TRANSLATE_NOOP("PlanImportDialog", "code"),
    "text": QT_TRANSLATE_NOOP("PlanImportDialog", "wording"),
    "indicator": QT_TRANSLATE_NOOP("PlanImportDialog", "indicator"),
    "comparison": QT_TRANSLATE_NOOP("PlanImportDialog", "comparison"),
    "value": QT_TRANSLATE_NOOP("PlanImportDialog", "target value"),
    "unit": QT_TRANSLATE_NOOP("PlanImportDialog", "unit"),
    "period_scope": QT_TRANSLATE_NOOP("PlanImportDialog", "period"),
    "section": QT_TRANSLATE_NOOP("PlanImportDialog", "section"),
    "level": QT_TRANSLATE_NOOP("PlanImportDialog", "level"),
    "commune_quota": QT_TRANSLATE_NOOP("PlanImportDialog", "commune's share"),
    "period_kind": QT_TRANSLATE_NOOP("PlanImportDialog", "kind of period"),
    "due": QT_TRANSLATE_NOOP("PlanImportDialog", "due"),
    "cutoff": QT_TRANSLATE_NOOP("PlanImportDialog", "cut-off"),
    "note": QT_TRANSLATE_NOOP("PlanImportDialog", "note"),
    "kind": QT_TRANSLATE_NOOP("PlanImportDialog", "kind"),
    "label": QT_TRANSLATE_NOOP("PlanImportDialog", "label"),
    "active": QT_TRANSLATE_NOOP("PlanImportDialog", "in use"),
}


def column_text(code: str, ref: str = "") -> str:
    """ "năm (year, C3)": the column's name in the interface language, its code and the cell; "year (C3)" when the
    name is the code (English), the code alone when it is not a known column."""
    from commune_desk.ui.language import is_vietnamese

    if not code:
        return ref
    # In English the code is the column's name already.
    name = (
        QCoreApplication.translate("PlanImportDialog", COLUMN_NAMES[code])
        if code in COLUMN_NAMES and is_vietnamese()
        else code
    )
    inside = [part for part in ((code if name != code else ""), ref) if part]
    return f"{name} ({', '.join(inside)})" if inside else name


_WHERE = re.compile(
    r"^sheet '(?P<sheet>[^']*)'(?:, row (?P<row>\d+))?(?:, column '(?P<column>[^']*)')?"
    r"(?: \((?P<ref>[A-Z]+\d+)\))?"
)
_EXPECTED = re.compile(r"^expected (?P<expected>.*?); found (?P<found>.*)$", re.S)


def _in_language(value) -> str:
    """A message part (a marked `Phrase` or plain text) in the interface language."""
    return value.text(QCoreApplication.translate) if isinstance(value, Phrase) else str(value)


def problem_columns(problem) -> tuple[str, str, str, str, str]:
    """(sheet, row, column, expected, found) of a plan problem; the message goes to "expected" when unsplit."""
    m = _WHERE.match(problem.where or "")
    sheet, row, column = (
        (m.group("sheet"), m.group("row") or "", m.group("column") or "") if m else (problem.where, "", "")
    )
    if column or (m and m.group("ref")):
        column = column_text(column, m.group("ref") or "")
    if problem.args and "expected" in problem.args:
        part = lambda name: _in_language(problem.args.get(name, ""))  # noqa: E731
        return sheet, row, column, part("expected"), part("found") + part("hint")
    e = _EXPECTED.match(problem.message or "")
    if e:
        return sheet, row, column, e.group("expected"), e.group("found")
    return sheet, row, column, problem_text(problem), ""
