"""Field widgets of the record forms: catalogue and unit combos, optional dates, check lists, counts per entry."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QSpinBox, QWidget,
)

from commune_desk.ui.language import fmt_int

MAX_COUNT = 10_000_000  # the domain decides what is plausible; spin boxes only stop typing nonsense


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
    return edit


def count_spin(maximum: int = MAX_COUNT) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setGroupSeparatorShown(True)
    spin.setMinimumWidth(90)
    return spin


class CodeCombo(QComboBox):
    """Choose one entry: `first` is the empty choice ("— choose —" or "none"); (code, label) pairs follow."""

    def __init__(self, first: str, choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(first, "")
        for code, label in choices:
            self.addItem(label, code)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def value(self) -> str:
        return self.currentData() or ""

    def set_value(self, code: str) -> None:
        index = self.findData(code or "")
        if index < 0:  # a retired entry or unit still shows on its old records
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)


class OptionalDate(QWidget):
    """A date that may be absent: a check box switches the date edit on."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.edit = date_edit()
        self.edit.setDate(to_qdate(today))
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))


class CheckList(QWidget):
    """Several entries of a catalogue, each a check box (additional measures …), in two columns."""

    changed = Signal()

    def __init__(self, choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (code, label) in enumerate(choices):
            box = QCheckBox(label)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[code] = box
            grid.addWidget(box, i // 2, i % 2)
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_value(self, codes) -> None:
        for code in codes:
            if code not in self.boxes:
                continue
            self.boxes[code].setChecked(True)


class CountsTable(QWidget):
    """A number per catalogue entry (participants by role, score per criterion) and their live total.

    `maxima` (code -> max) caps each spin box and shows "/ max" beside it.
    """

    changed = Signal()

    def __init__(self, choices, total_label: str, maxima: dict | None = None, *, keep_zero: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keep_zero = keep_zero
        self.spins: dict[str, QSpinBox] = {}
        self._maxima = maxima or {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        row = 0
        for row, (code, label) in enumerate(choices):
            name = QLabel(label)
            name.setWordWrap(True)
            spin = count_spin(self._maxima.get(code, MAX_COUNT))
            spin.valueChanged.connect(self._changed)
            name.setBuddy(spin)
            self.spins[code] = spin
            grid.addWidget(name, row, 0)
            grid.addWidget(spin, row, 1)
            if code in self._maxima:
                grid.addWidget(QLabel(f"/ {self._maxima[code]}"), row, 2)
        self.total = QLabel()
        self.total.setObjectName("countsTotal")
        self.total.setStyleSheet("font-weight: bold;")
        self._total_label = total_label
        grid.addWidget(QLabel(total_label), row + 1, 0)
        grid.addWidget(self.total, row + 1, 1)
        if self._maxima:
            grid.addWidget(QLabel(f"/ {sum(self._maxima.values())}"), row + 1, 2)
        if self.spins:
            self.setFocusProxy(next(iter(self.spins.values())))
        self._changed()

    def _changed(self, *_args) -> None:
        self.total.setText(fmt_int(self.value_total()))
        self.changed.emit()

    def value_total(self) -> int:
        return sum(s.value() for s in self.spins.values())

    def value(self) -> tuple[tuple[str, int], ...]:
        """Entries with a number; zeros are left out ("none of this role") unless `keep_zero` (scores)."""
        return tuple((code, spin.value()) for code, spin in self.spins.items() if spin.value() or self._keep_zero)

    def set_value(self, pairs) -> None:
        for code, number in pairs:
            if code in self.spins:
                self.spins[code].setValue(number)
