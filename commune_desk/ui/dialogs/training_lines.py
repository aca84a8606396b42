"""The training form's participants: per role and level, attendances (lượt) and persons trained for the first
time this year — the two numbers TRAINING_ATTENDANCES and STAFF_TRAINED are made of.

Like every field widget it gives back exactly what it was given when the user touches nothing: stored lines in
their stored order, zeros kept, and persons "not stated" (trainings recorded before persons were asked for)
staying not stated.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from commune_desk.domain.records.rules import MAX_COUNT
from commune_desk.domain.records.types import TrainingLine
from commune_desk.ui.dialogs.form_widgets import count_spin, keep_order
from commune_desk.ui.language import fmt_int


class TrainingLinesTable(QWidget):
    """`roles`, `levels`: (code, label) of the training_roles and staff_levels catalogues."""

    changed = Signal()

    def __init__(self, roles, levels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        for col, text in enumerate((self.tr("Role"), self.tr("Level"), self.tr("Attendances"),
                                    self.tr("Of them, first time this year"))):
            head = QLabel(text)
            head.setStyleSheet("font-weight: bold;")
            if col == 3:
                head.setToolTip(self.tr("How many of these attendances are persons trained for the first time "
                                        "this year; 0 when all of them were already trained this year. STAFF_TRAINED "
                                        "counts these persons, never the attendances."))
            self._grid.addWidget(head, 0, col)
        self.rows: dict[tuple[str, str], tuple] = {}
        self._stored: tuple[tuple[str, str], ...] | None = None
        self._unstated: set[tuple[str, str]] = set()
        self.total = QLabel()
        self.total.setObjectName("linesTotal")
        self.total.setStyleSheet("font-weight: bold;")
        self._total_label = QLabel(self.tr("Total:"))
        for role, role_label in roles:
            for level, level_label in levels:
                self._add_row(role, level, role_label, level_label)
        if self.rows:
            self.setFocusProxy(next(iter(self.rows.values()))[0])
        self._changed()

    def _add_row(self, role: str, level: str, role_label: str, level_label: str) -> None:
        row = len(self.rows) + 1
        attendees, persons = count_spin(MAX_COUNT), count_spin(MAX_COUNT)
        attendees.setObjectName(f"attendees_{role}_{level}")
        persons.setObjectName(f"persons_{role}_{level}")
        name = QLabel(role_label)
        name.setBuddy(attendees)
        self._grid.addWidget(name, row, 0)
        self._grid.addWidget(QLabel(level_label or self.tr("(not stated)")), row, 1)
        self._grid.addWidget(attendees, row, 2)
        self._grid.addWidget(persons, row, 3)
        attendees.valueChanged.connect(self._changed)
        persons.valueChanged.connect(self._changed)
        persons.edit.textEdited.connect(lambda *_a, key=(role, level): self._unstated.discard(key))
        self.rows[(role, level)] = (attendees, persons)
        for column, widget in ((0, self._total_label), (2, self.total)):   # the totals stay under the last row
            self._grid.removeWidget(widget)
            self._grid.addWidget(widget, row + 1, column, 1, 1 if column == 0 else 2)

    def _changed(self, *_args) -> None:
        lines = self.value()
        self.total.setText(self.tr("%1 attendances · %2 persons trained for the first time")
                           .replace("%1", fmt_int(sum(ln.attendees or 0 for ln in lines)))
                           .replace("%2", fmt_int(sum(ln.persons or 0 for ln in lines))))
        self.changed.emit()

    def _line(self, key: tuple[str, str]) -> TrainingLine:
        attendees, persons = self.rows[key]
        stated = None if key in self._unstated and not persons.text().strip() else persons.value()
        return TrainingLine(key[0], key[1], attendees.value(), stated)

    def value(self) -> tuple[TrainingLine, ...]:
        """Lines with a number, a stored record's own lines first in their stored order (zeros kept); a field
        showing a problem gives None, which the form refuses to save."""
        filled = [key for key, (a, p) in self.rows.items() if a.value() != 0 or p.value() not in (0, None)
                  or p.problem() or a.problem()]
        if self._stored is None:
            return tuple(self._line(key) for key in filled)
        return tuple(self._line(key) for key in keep_order(self._stored, filled + list(self._stored)))

    def value_total(self) -> int:
        return sum(line.attendees or 0 for line in self.value())

    def set_value(self, lines) -> None:
        lines = tuple(lines)
        self._stored = tuple((line.role, line.level) for line in lines)
        for line in lines:
            key = (line.role, line.level)
            if key not in self.rows:  # a code no longer in the catalogue, or no level yet: kept as it was
                self._add_row(line.role, line.level, line.role, line.level)
            attendees, persons = self.rows[key]
            attendees.setValue(line.attendees)
            if line.persons is None:
                self._unstated.add(key)
                persons.edit.setText("")
                persons.edit.setPlaceholderText("—")
            else:
                persons.setValue(line.persons)
        self._changed()
