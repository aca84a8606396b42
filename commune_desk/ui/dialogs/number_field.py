"""A whole-number field that shows a stored value exactly and refuses, with a visible message, what it cannot hold.

A QSpinBox clamps: given 15.000.000 with a maximum of 10.000.000 it shows and returns 10.000.000 without a word,
and it swallows a typed minus sign. This field never changes a value by itself: it shows any stored number as it
is, lets the user type anything, and says under the field what is wrong (out of range, negative, not a number)
with the range it accepts. `value()` is None while the text is not an acceptable number, and forms refuse to save.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from commune_desk.ui.dialogs.form_messages import mark_hard, refresh
from commune_desk.ui.language import fmt_int

ERROR_STYLE = "color: #b00020;"
# Digits alone, or groups of three joined by one kind of separator ("1.500.000", "1,500,000", "1 500 000").
_PLAIN = re.compile(r"\d+")
_GROUPED = re.compile(r"\d{1,3}([.,\s\u00a0\u202f])\d{3}(?:\1\d{3})*")
_MINUS = ("-", "\u2212", "\u2013")
_MAX_DIGITS = 18       # beyond any range a field has; keeps int() away from absurd pastes


def parse_whole(text: str) -> int | None:
    """The number `text` writes (group separators allowed), or None; a minus sign is not part of a number here."""
    text = text.strip()
    if not text:
        return 0
    if not (_PLAIN.fullmatch(text) or _GROUPED.fullmatch(text)):
        return None
    digits = re.sub(r"\D", "", text)
    return int(digits) if len(digits) <= _MAX_DIGITS else None


class NumberField(QWidget):
    """A whole number from `minimum` to `maximum`; an empty field means 0."""

    valueChanged = Signal(object)   # noqa: N815 - Qt naming, like QSpinBox; object: values beyond 32 bits

    def __init__(self, maximum: int, minimum: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min, self._max = minimum, maximum
        self.edit = QLineEdit()
        self.edit.setObjectName("numberEdit")
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMinimumWidth(110)
        self.message = QLabel()
        self.message.setObjectName("numberMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        # Wrapped to its full height (forms scroll, ui/fit.py): the whole message with its range stays readable
        # in a narrow column instead of widening the form past the screen.
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        mark_hard(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._changed)
        self.edit.editingFinished.connect(self._tidy)
        self._last: object = 0
        self.setValue(minimum)

    # ---- QSpinBox-like API ------------------------------------------------------------------------------------
    def minimum(self) -> int:
        return self._min

    def maximum(self) -> int:
        return self._max

    def setRange(self, minimum: int, maximum: int) -> None:  # noqa: N802 - Qt naming
        self._min, self._max = minimum, maximum
        self._changed()

    def setValue(self, value: int) -> None:  # noqa: N802 - Qt naming
        """Show `value` exactly, even outside the range (then the message says so and `value()` is None)."""
        self.edit.setText(fmt_int(int(value)))

    def value(self) -> int | None:
        number = parse_whole(self.edit.text())
        if number is None or self._has_minus() or not self._min <= number <= self._max:
            return None
        return number

    def text(self) -> str:
        return self.edit.text()

    def problem(self) -> str:
        """The message shown under the field, in the interface language; empty when the value is acceptable."""
        return self.message.text()

    # ---- checking ---------------------------------------------------------------------------------------------
    def _has_minus(self) -> bool:
        return any(sign in self.edit.text() for sign in _MINUS)

    def _message(self) -> str:
        low, high = fmt_int(self._min), fmt_int(self._max)
        if self._has_minus():
            return self.tr("A negative number is not allowed here: enter a number from %1 to %2.") \
                .replace("%1", low).replace("%2", high)
        number = parse_whole(self.edit.text())
        if number is None:
            return self.tr("Not a whole number: enter a number from %1 to %2.").replace("%1", low).replace("%2", high)
        if not self._min <= number <= self._max:
            return self.tr("Out of range: enter a number from %1 to %2.").replace("%1", low).replace("%2", high)
        return ""

    def _changed(self, *_args) -> None:
        text = self._message()
        shown = self.message.text()
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if bool(shown) != bool(text) and self.window() is not self:
            refresh(self.window())      # an amber warning beside it may say "you can still save" again, or not
        value = self.value()
        if value != self._last:
            self._last = value
            self.valueChanged.emit(value)

    def _tidy(self) -> None:
        """On leaving the field, write an acceptable number with group separators ("1500000" -> "1.500.000")."""
        value = self.value()
        if value is not None and self.edit.text() != fmt_int(value):
            self.edit.setText(fmt_int(value))
