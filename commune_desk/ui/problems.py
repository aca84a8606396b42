"""Puts domain problems (English templates in the "Problems" context) into the interface language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from commune_desk.domain.errors import PROBLEMS_CONTEXT, QT_TRANSLATE_NOOP, Problem, fill, match_template

# Messages some domain code still builds as plain strings (profile validation); marked here for lupdate.
LEGACY = (
    QT_TRANSLATE_NOOP("Problems", "is required"),
    QT_TRANSLATE_NOOP("Problems", "is required: 1–20 letters or digits"),
    QT_TRANSLATE_NOOP("Problems", "must be text"),
    QT_TRANSLATE_NOOP("Problems", "unknown field"),
    QT_TRANSLATE_NOOP("Problems", "must be an object"),
    QT_TRANSLATE_NOOP("Problems", "must be a list"),
    QT_TRANSLATE_NOOP("Problems", "must be true or false"),
)

# Plain messages with a variable part: (pattern, template with {value}).
_PATTERNS = (
    (re.compile(r"^duplicate code '(?P<value>.*)'$"), QT_TRANSLATE_NOOP("Problems", "duplicate code '{value}'")),
    (re.compile(r"^must be one of (?P<value>.*)$"), QT_TRANSLATE_NOOP("Problems", "must be one of {value}")),
)


def translate_message(message: str) -> str:
    """A plain message in the interface language; unknown messages are shown as they are."""
    for pattern, template in _PATTERNS:
        m = pattern.match(message)
        if m:
            return QCoreApplication.translate(PROBLEMS_CONTEXT, template).format(value=m.group("value"))
    return QCoreApplication.translate(PROBLEMS_CONTEXT, message)


# Places the import services write in English ("Sheet row 4 column C (fine)", the plan workbook's
# "sheet 'x', row 4, column 'y' (C4)"): (pattern, template); unknown places are shown as they are.
_PLACES = (
    (re.compile(r"^sheet '(?P<sheet>.*)', row (?P<row>\d+), column '(?P<column>.*?)' \((?P<ref>[A-Z]+\d+)\)$"),
     QT_TRANSLATE_NOOP("Problems", "sheet {sheet}, row {row}, column {column} (cell {ref})")),
    (re.compile(r"^sheet '(?P<sheet>.*)', row (?P<row>\d+), column '(?P<column>.*?)'$"),
     QT_TRANSLATE_NOOP("Problems", "sheet {sheet}, row {row}, column {column}")),
    (re.compile(r"^(?P<sheet>\S.*?) row (?P<row>\d+) column (?P<column>[A-Z]+|\?) \((?P<name>.*)\)$"),
     QT_TRANSLATE_NOOP("Problems", "sheet {sheet}, row {row}, column {column} ({name})")),
    (re.compile(r"^(?P<sheet>\S.*?) row (?P<row>\d+) column (?P<column>[A-Z]+|\?)$"),
     QT_TRANSLATE_NOOP("Problems", "sheet {sheet}, row {row}, column {column}")),
    (re.compile(r"^(?P<sheet>\S.*?) row (?P<row>\d+)$"), QT_TRANSLATE_NOOP("Problems", "sheet {sheet}, row {row}")),
)


def place_text(where: str) -> str:
    """A problem's place in the interface language ("Tap_huan row 4 column C" -> "trang tính Tap_huan, dòng 4, cột C")."""
    for pattern, template in _PLACES:
        m = pattern.match(where or "")
        if m:
            return QCoreApplication.translate(PROBLEMS_CONTEXT, template).format(**m.groupdict())
    return where or ""


# Values a template is filled with, written the machine's way: a period code, an ISO day, an ISO time.
_PERIOD_CODE = re.compile(r"^\d{4}-(?:Q[1-4]|H[12]|9M|M\d{2})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$")


def shown_value(value):
    """A template's value as the window writes it: "Quý III năm 2026", "20/11/2026", "20/11/2026 09:13"."""
    if not isinstance(value, str):
        return value
    if _PERIOD_CODE.match(value):
        from commune_desk.domain.periods import Period, PeriodError
        from commune_desk.ui.language import period_name

        try:
            return period_name(Period.parse(value))
        except PeriodError:
            return value
    if (m := _ISO_DAY.match(value)):
        return f"{m.group(3)}/{m.group(2)}/{m.group(1)}"
    if (m := _ISO_TIME.match(value)):
        return f"{m.group(3)}/{m.group(2)}/{m.group(1)} {m.group(4)}:{m.group(5)}"
    return value


def template_text(template: str, args: dict, context: str = PROBLEMS_CONTEXT) -> str:
    """A marked English template in the interface language, its values written the window's way."""
    translate = QCoreApplication.translate
    return fill(translate(context, template), {k: shown_value(v) for k, v in (args or {}).items()}, translate)


def decision_text(decision) -> str:
    """Why a record cannot change (domain.period_state.EditDecision), in the interface language."""
    if decision.reason_template:
        return template_text(decision.reason_template, decision.reason_args)
    return translate_message(decision.reason)


def line_text(problem: Problem) -> str:
    """"place: message" in the interface language (the message alone when the problem has no place)."""
    text = problem_text(problem)
    return f"{place_text(problem.where)}: {text}" if problem.where else text


def problem_text(problem: Problem) -> str:
    """The problem's message (without its place) in the interface language, its {fields} filled in."""
    if problem.args:
        return template_text(problem.message, problem.args)
    return translate_message(problem.message)


def error_text(exc: BaseException) -> str:
    """An expected error's own message in the interface language (marked template, or every problem it lists)."""
    problems = getattr(exc, "problems", None)
    if problems:
        return "\n".join(line_text(p) for p in problems)
    if getattr(exc, "template", None):
        return template_text(exc.template, getattr(exc, "params", {}), getattr(exc, "context", PROBLEMS_CONTEXT))
    return str(exc)


_KNOWN: list[str] = []


def _known_templates() -> list[str]:
    """Templates of texts stored in English (office ledger reasons, package check messages), longest first."""
    if not _KNOWN:
        import ast
        import inspect

        from commune_desk.domain import office
        from commune_desk.services.packages import package_read, package_verify, verify_result
        from commune_desk.services.safe_input import files, sheets, workbooks, xmlcheck, zips

        found = set()
        for module in (office, package_verify, verify_result, package_read, files, zips, xmlcheck, sheets,
                       workbooks):
            for node in ast.walk(ast.parse(inspect.getsource(module))):
                if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                        and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)
                        and node.args[0].value == PROBLEMS_CONTEXT):
                    found.add(node.args[1].value)
        _KNOWN.extend(sorted(found, key=lambda t: -len(re.sub(r"\{\w+\}", "", t))))
    return _KNOWN


def translate_reason(text: str, _depth: int = 0) -> str:
    """A reason stored in English (ledger, completeness, check message) in the interface language.

    The text is matched back to the template it was filled from; its parts are translated the same way.
    Parts joined with "; " are translated one by one; anything unknown is shown as it is.
    """
    if not text or _depth > 4:
        return text
    hit = match_template(text, _known_templates())
    if hit:
        template, args = hit
        args = {k: translate_reason(v, _depth + 1) for k, v in args.items()}
        return fill(QCoreApplication.translate(PROBLEMS_CONTEXT, template), args)
    if "; " in text:
        return "; ".join(translate_reason(part, _depth + 1) for part in text.split("; "))
    return translate_message(text) if _depth == 0 else text
