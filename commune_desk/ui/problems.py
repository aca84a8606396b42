"""Puts domain problem messages (English, from the domain layer) into the interface language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_CONTEXT = "Problem"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# Every fixed message the domain validators produce; lupdate extracts them through QT_TRANSLATE_NOOP.
KNOWN = (
    QT_TRANSLATE_NOOP("Problem", "is required"),
    QT_TRANSLATE_NOOP("Problem", "is longer than 500 characters"),
    QT_TRANSLATE_NOOP("Problem", "must be a whole number"),
    QT_TRANSLATE_NOOP("Problem", "must not be negative"),
    QT_TRANSLATE_NOOP("Problem", "is implausibly large"),
    QT_TRANSLATE_NOOP("Problem", "is required: 1–20 letters or digits"),
    QT_TRANSLATE_NOOP("Problem", "must be text"),
    QT_TRANSLATE_NOOP("Problem", "unknown field"),
    QT_TRANSLATE_NOOP("Problem", "must be an object"),
    QT_TRANSLATE_NOOP("Problem", "must be a list"),
)

# Messages with a variable part: (pattern, translatable template with %1).
_PATTERNS = (
    (re.compile(r"^must lie between (\S+) and today$"),
     QT_TRANSLATE_NOOP("Problem", "must lie between %1 and today")),
    (re.compile(r"^unknown form '(.*)'$"), QT_TRANSLATE_NOOP("Problem", "unknown form '%1'")),
    (re.compile(r"^unknown residential unit '(.*)'$"),
     QT_TRANSLATE_NOOP("Problem", "unknown residential unit '%1'")),
    (re.compile(r"^duplicate code '(.*)'$"), QT_TRANSLATE_NOOP("Problem", "duplicate code '%1'")),
    (re.compile(r"^must be one of (.*)$"), QT_TRANSLATE_NOOP("Problem", "must be one of %1")),
)


def translate_message(message: str) -> str:
    """The message in the interface language; unknown messages are shown as they are."""
    if message in KNOWN:
        return QCoreApplication.translate(_CONTEXT, message)
    for pattern, template in _PATTERNS:
        m = pattern.match(message)
        if m:
            return QCoreApplication.translate(_CONTEXT, template).replace("%1", m.group(1))
    return message
