"""Field widgets of the record forms: catalogue and unit combos, optional dates, check lists, counts per entry.

Each widget gives back exactly what it was given when the user touches nothing: codes no longer in a catalogue
stay (shown by their code), lists keep their stored order, numbers are never clamped (see number_field).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget,
)

from commune_desk.domain.records.rules import MAX_COUNT
from commune_desk.ui.dialogs.number_field import NumberField
from commune_desk.ui.language import fmt_int


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(latest: date | None = None, earliest: date | None = None) -> QDateEdit:
    """A form's date field (ui/dialogs/date_field.py): Tab leaves it; the calendar greys days outside the range."""
    from commune_desk.ui.dialogs.date_field import DateEdit

    return DateEdit(latest=latest, earliest=earliest)


def count_spin(maximum: int = MAX_COUNT) -> NumberField:
    """A count from 0 to `maximum` (the domain's limit, so that the form refuses what the rules would)."""
    return NumberField(maximum)


def keep_order(stored, chosen) -> tuple:
    """`chosen` codes with those already stored first, in their stored order: an untouched list stays equal."""
    chosen = list(chosen)
    first = [code for code in stored if code in chosen]
    return tuple(first + [code for code in chosen if code not in first])


SHOWN_CHARACTERS = 110    # a chosen entry this long shows whole (a model kind's name); longer ones end in "…"


class CodeCombo(QComboBox):
    """Choose one entry: `first` is the empty choice ("— choose —" or "none"); (code, label) pairs follow.

    With `whole`, the closed box is wide enough for the longest entry (up to SHOWN_CHARACTERS) and takes the form
    row's width, so a long catalogue name (a model kind, a team kind) is read whole once chosen (the record forms
    have the room; narrow dialogs keep 24 characters). The full name is always the tool tip, and the open list is
    never narrower than its widest entry."""

    def __init__(self, first: str, choices, parent: QWidget | None = None, *, whole: bool = False) -> None:
        super().__init__(parent)
        self.addItem(first, "")
        for code, label in choices:
            self.addItem(label, code)
        longest = max((len(self.itemText(i)) for i in range(self.count())), default=0)
        self.setMinimumContentsLength(max(24, min(longest, SHOWN_CHARACTERS)) if whole else 24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        if whole and longest > 24:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(lambda _i: self.setToolTip(self.currentText()))
        self.setToolTip(self.currentText())

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        # the open list as wide as its widest entry (some styles keep it to the box's width), within the screen
        view = self.view()
        wanted = view.sizeHintForColumn(0) + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        screen = self.screen()
        room = screen.availableGeometry().width() if screen is not None else wanted
        view.setMinimumWidth(min(max(wanted, self.width()), room))
        super().showPopup()

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
        self.edit = date_edit(latest=today)
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


SHORT_CHOICE = 40     # characters: check boxes this short sit two to a row


class CheckList(QWidget):
    """Several entries of a catalogue, each a check box (additional measures …), in two columns when short."""

    changed = Signal()

    def __init__(self, choices, parent: QWidget | None = None, *, one_column: bool = False) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self._stored: tuple[str, ...] = ()
        choices = list(choices)
        # Two long labels side by side made the penalty form 1370 pixels wide: one column unless all are short.
        self._columns = 2 if not one_column and all(len(label) <= SHORT_CHOICE for _code, label in choices) else 1
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        for code, label in choices:
            self._add_box(code, label)
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def _add_box(self, code: str, label: str) -> QCheckBox:
        i = len(self.boxes)
        box = QCheckBox(label)
        box.toggled.connect(lambda _on: self.changed.emit())
        self.boxes[code] = box
        self._grid.addWidget(box, i // self._columns, i % self._columns)
        return box

    def value(self) -> tuple[str, ...]:
        return keep_order(self._stored, (code for code, box in self.boxes.items() if box.isChecked()))

    def set_value(self, codes) -> None:
        self._stored = tuple(codes)
        for code in self._stored:
            if code not in self.boxes:  # no longer in the catalogue: shown by its code, kept unless unticked
                self._add_box(code, code)
            self.boxes[code].setChecked(True)


class ActsTogether(CheckList):
    """The further acts of a penalty decision, ticked: acts found together under Điều 32–33 are fined once, on the
    decision's own act, so a ticked act carries no money (value: (code, 0) pairs).

    A stored act that carries money (recorded before the fined-once rule) keeps its amount in a number field
    beside its box, shown as it was and saved as it is until the user changes it (the form's checks say why).
    """

    def __init__(self, choices, *, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(choices, parent, one_column=True)  # a stored amount sits beside its box
        self._limit = limit
        self.amounts: dict[str, NumberField] = {}

    def value(self) -> tuple[tuple[str, int | None], ...]:
        return tuple((code, self.amounts[code].value() if code in self.amounts else 0) for code in super().value())

    def set_value(self, pairs) -> None:
        pairs = tuple(pairs)
        super().set_value(code for code, _ in pairs)
        for code, amount in pairs:
            if amount:
                field = count_spin(self._limit)
                field.setValue(amount)
                field.valueChanged.connect(lambda *_a: self.changed.emit())
                self.amounts[code] = field
                box = self.boxes[code]
                row, _column, _rs, _cs = self._grid.getItemPosition(self._grid.indexOf(box))
                self._grid.addWidget(field, row, 1)


class CountsTable(QWidget):
    """A number per catalogue entry (participants by role, score per criterion) and their live total.

    `maxima` (code -> max) caps each number and shows "/ max" beside it; `limit` caps the others silently.
    """

    changed = Signal()

    def __init__(self, choices, total_label: str, maxima: dict | None = None, *, keep_zero: bool = False,
                 limit: int = MAX_COUNT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keep_zero = keep_zero
        self._limit = limit
        self.spins: dict[str, NumberField] = {}
        self._maxima = maxima or {}
        self._stored: tuple[str, ...] | None = None
        self._grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        self.total = QLabel()
        self.total.setObjectName("countsTotal")
        self.total.setStyleSheet("font-weight: bold;")
        self._total_label = total_label
        self._total_row = [QLabel(total_label), self.total]
        if self._maxima:
            self._total_row.append(QLabel(f"/ {fmt_int(sum(self._maxima.values()))}"))
        for code, label in choices:
            self._add_row(code, label)
        if self.spins:
            self.setFocusProxy(next(iter(self.spins.values())))
        self._changed()

    def _add_row(self, code: str, label: str) -> NumberField:
        row = len(self.spins)
        name = QLabel(label)
        name.setWordWrap(True)
        spin = count_spin(self._maxima.get(code, self._limit))
        spin.valueChanged.connect(self._changed)
        name.setBuddy(spin)
        self.spins[code] = spin
        self._grid.addWidget(name, row, 0)
        self._grid.addWidget(spin, row, 1)
        if code in self._maxima:
            self._grid.addWidget(QLabel(f"/ {fmt_int(self._maxima[code])}"), row, 2)
        for column, widget in enumerate(self._total_row):   # the total line stays under the last row
            self._grid.removeWidget(widget)
            self._grid.addWidget(widget, row + 1, column)
        return spin

    def _changed(self, *_args) -> None:
        self.total.setText(fmt_int(self.value_total()))
        self.changed.emit()

    def value_total(self) -> int:
        """The sum of the acceptable numbers (a field showing a problem counts as 0 until corrected)."""
        return sum(s.value() or 0 for s in self.spins.values())

    def value(self) -> tuple[tuple[str, int | None], ...]:
        """Entries with a number; zeros are left out ("none of this role") unless `keep_zero` (scores).

        A stored record gets back its own entries in their stored order (zeros included), then any entry the
        user filled; a number field showing a problem gives None, which the form refuses to save.
        """
        if self._stored is None:
            return tuple((code, spin.value()) for code, spin in self.spins.items() if spin.value() != 0 or
                         self._keep_zero)
        filled = [code for code, spin in self.spins.items() if code in self._stored or spin.value() != 0]
        return tuple((code, self.spins[code].value()) for code in keep_order(self._stored, filled))

    def set_value(self, pairs) -> None:
        pairs = tuple(pairs)
        self._stored = tuple(code for code, _ in pairs)
        for code, number in pairs:
            if code not in self.spins:  # no longer in the catalogue: shown by its code, kept as it was
                self._add_row(code, code)
            self.spins[code].setValue(number)


class GridCounts(QWidget):
    """A number per (row entry, column entry): persons served by age group (rows) and sex (columns), with a total.

    Values are ("<column code>.<row code>", n) pairs, the shape of ModelFigures.served; zeros are left out of a
    new record. A stored record gets back its own pairs in their stored order; a pair whose codes are no longer
    in the catalogues gets a row of its own, labelled by its code.
    """

    changed = Signal()

    def __init__(self, rows, columns, total_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins: dict[str, NumberField] = {}
        self._stored: tuple[str, ...] | None = None
        self._grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        self._columns = list(columns)
        for c, (_code, label) in enumerate(self._columns, start=1):
            grid.addWidget(QLabel(f"<b>{label}</b>"), 0, c)
        self.total = QLabel()
        self.total.setObjectName("countsTotal")
        self.total.setStyleSheet("font-weight: bold;")
        self._total_row = [QLabel(total_label), self.total]
        self._rows = 0
        for row_code, row_label in rows:
            self._add_row(row_label, [f"{col}.{row_code}" for col, _ in self._columns])
        if self.spins:
            self.setFocusProxy(next(iter(self.spins.values())))
        self._changed()

    def _add_row(self, label: str, codes: list[str]) -> None:
        self._rows += 1
        name = QLabel(label)
        name.setWordWrap(True)
        self._grid.addWidget(name, self._rows, 0)
        for c, code in enumerate(codes, start=1):
            spin = count_spin()
            spin.setObjectName(f"grid_{code}")
            spin.valueChanged.connect(self._changed)
            self.spins[code] = spin
            self._grid.addWidget(spin, self._rows, c)
        if codes:
            name.setBuddy(self.spins[codes[0]])
        for column, widget in enumerate(self._total_row):   # the total line stays under the last row
            self._grid.removeWidget(widget)
            self._grid.addWidget(widget, self._rows + 1, column)

    def _changed(self, *_args) -> None:
        self.total.setText(fmt_int(self.value_total()))
        self.changed.emit()

    def value_total(self) -> int:
        """The sum of the acceptable numbers (a field showing a problem counts as 0 until corrected)."""
        return sum(s.value() or 0 for s in self.spins.values())

    def value(self) -> tuple[tuple[str, int | None], ...]:
        if self._stored is None:
            return tuple((code, spin.value()) for code, spin in self.spins.items() if spin.value() != 0)
        filled = [code for code, spin in self.spins.items() if code in self._stored or spin.value() != 0]
        return tuple((code, self.spins[code].value()) for code in keep_order(self._stored, filled))

    def set_value(self, pairs) -> None:
        pairs = tuple(pairs)
        self._stored = tuple(code for code, _ in pairs)
        for code, number in pairs:
            if code not in self.spins:  # no longer in the catalogues: a row of its own, kept as it was
                self._add_row(code, [code])
            self.spins[code].setValue(number)
        self._changed()
