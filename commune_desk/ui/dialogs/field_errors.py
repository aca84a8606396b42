"""Inline field problems: a red line under each field of a form, filled from domain `Problem`s."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from commune_desk.ui.problems import line_text, problem_text

ERROR_STYLE = "color: #b00020;"


class FieldErrors:
    """Keeps one hidden red label per field name plus a general one for problems without a field."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.general = self._label("generalError")

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        return label

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

    def text(self, name: str) -> str:
        return self.labels.get(name, self.general).text()
