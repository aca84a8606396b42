"""Puts domain problems (English templates in the "Problems" context) into the interface language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from commune_desk.domain.errors import PROBLEMS_CONTEXT, QT_TRANSLATE_NOOP, Problem

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


def problem_text(problem: Problem) -> str:
    """The problem's message (without its place) in the interface language, its {fields} filled in."""
    if problem.args:
        return problem.text(QCoreApplication.translate)
    return translate_message(problem.message)
