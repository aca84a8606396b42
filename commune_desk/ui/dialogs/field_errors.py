"""Inline field problems: a red line under each field of a form, filled from domain `Problem`s.

Once a save was refused, the form checks again at every change (`recheck_with`): a message goes as soon as its
field is valid, and the others stay until theirs are.
"""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from commune_desk.ui.dialogs.form_messages import mark_hard, refresh
from commune_desk.ui.problems import line_text, problem_text

# Signals that say a field changed, by widget kind (the first one a widget has is used).
CHANGE_SIGNALS = (
    "textChanged",
    "currentIndexChanged",
    "dateChanged",
    "valueChanged",
    "changed",
    "toggled",
    "itemChanged",
)
RECHECK_DELAY_MS = 150

ERROR_STYLE = "color: #b00020;"


class FieldErrors:
    """Keeps one hidden red label per field name plus a general one for problems without a field."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.general = self._label("generalError")
        self._check: Callable[[], list] | None = None
        self._field_of: Callable[[str], str] = lambda where: where
        self._armed = False  # a save was refused: changes are checked again
        self._timer: QTimer | None = None

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        return mark_hard(label)

    def wrap(self, name: str, field: QWidget) -> QWidget:
        """`field` with its error label under it, as one widget for a form row."""
        label = self._label(f"error_{name}")
        self.labels[name] = label
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(label)
        return box

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.clear()
            label.setVisible(False)
        self._refresh_warnings()

    def _refresh_warnings(self) -> None:
        window = self.general.window()
        if window is not self.general:
            refresh(window)

    def show(self, problems, field_of=lambda where: where) -> None:
        """Show every problem next to its field; problems whose place is unknown go to the general label."""
        self.clear()
        general: list[str] = []
        for problem in problems:
            name = field_of(problem.where)
            text = problem_text(problem)
            label = self.labels.get(name)
            if label is None:
                general.append(line_text(problem))
                continue
            label.setText(f"{label.text()}\n{text}" if label.text() else text)
            label.setVisible(True)
        if general:
            self.general.setText("\n".join(general))
            self.general.setVisible(True)
        self._armed = True
        self._refresh_warnings()

    def refuse(self, text: str) -> None:
        """A refusal that belongs to no one field (a number above says why): shown on top, checked again."""
        self.general.setText(text)
        self.general.setVisible(True)
        self._armed = True
        self._refresh_warnings()

    # ---- checking again after a refused save ------------------------------------------------------------------
    def recheck_with(
        self, check: Callable[[], list], fields: Iterable[QWidget], field_of: Callable[[str], str] = lambda where: where
    ) -> None:
        """After the first refused save, run `check()` (the problems saving would meet) at every change of
        `fields` and show its answer: messages go as soon as their field is valid. `check` may raise
        TypeError/ValueError while a field is half typed: the messages then stay as they are."""
        self._check, self._field_of = check, field_of
        self._timer = QTimer(self.general)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECHECK_DELAY_MS)
        self._timer.timeout.connect(self.recheck)
        for field in fields:
            for name in CHANGE_SIGNALS:
                signal = getattr(field, name, None)
                if signal is not None and hasattr(signal, "connect"):
                    signal.connect(lambda *_a: self._timer.start() if self._armed else None)
                    break

    def recheck(self) -> None:
        """Check the form again now (after a refused save) and show what still stands in the way."""
        if not self._armed or self._check is None:
            return
        try:
            problems = self._check()
        except (TypeError, ValueError, AttributeError):
            return
        general_before = self.general.text() if self.general.isVisible() else ""
        self.show(problems, self._field_of)
        if not problems and general_before and self._keeps_general():
            self.general.setText(general_before)
            self.general.setVisible(True)
            self._refresh_warnings()

    def _keeps_general(self) -> bool:
        """The general line about a number stays while some number field still has its own message."""
        from commune_desk.ui.dialogs.number_field import NumberField

        window = self.general.window()
        return any(field.problem() for field in window.findChildren(NumberField))

    def text(self, name: str) -> str:
        return self.labels.get(name, self.general).text()
