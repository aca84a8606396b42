"""The "Hand-entered indicators" area: the plan's manual indicators for their current period (or a chosen one),
each with its shape, value, denominator or population, evidence, who and when, and whether a signature holds it."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from commune_desk.domain.periods import Period, periods_of_year
from commune_desk.ui.dialogs.hand_value_dialog import HandValueDialog
from commune_desk.ui.dialogs.population_dialog import kind_label
from commune_desk.ui.language import actor_label, fmt_int, period_name

MISSING_COLOUR = "#b00020"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


SHAPES = {"yes_no": QT_TRANSLATE_NOOP("HandValuesView", "yes/no"),
          "count": QT_TRANSLATE_NOOP("HandValuesView", "count"),
          "persons": QT_TRANSLATE_NOOP("HandValuesView", "persons of a population"),
          "share": QT_TRANSLATE_NOOP("HandValuesView", "share entered by hand")}


class HandValuesView(QWidget):
    """`figures`: the indicator use cases of the open database (app_services.FigureService); `values`: the ManualValueRepository the values are read from and
    stored in; `enter_population(kind, year)` opens the base figures."""

    changed = Signal()

    def __init__(self, figures, *, values, today: Callable[[], date] = date.today,
                 enter_population: Callable | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures, self._today, self._enter_population = figures, today, enter_population
        self._repo = values
        self.dialog = None
        self.rows: list = []
        heading = QLabel(self.tr("Hand-entered indicators"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.period = QComboBox()
        self.period.setObjectName("handPeriod")
        self.every = QCheckBox(self.tr("Also indicators the plan does not use"))
        self.enter_button = QPushButton(self.tr("Enter the value…"))
        self.enter_button.clicked.connect(lambda: self.enter(self.table.currentRow()))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        for w in (self.period, self.every, self.enter_button):
            top.addWidget(w)
        self.summary = QLabel()
        self.summary.setObjectName("handSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("handTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Indicator"), self.tr("Period"), self.tr("Shape"), self.tr("Value"),
            self.tr("Out of"), self.tr("Evidence"), self.tr("Entered"), self.tr("Targets")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        # The evidence (a document's full title) takes what is left and wraps; sized to its contents it pushed the
        # last columns off a 1366-pixel screen. The indicator and who entered get a fixed, wrapping width.
        header = self.table.horizontalHeader()
        for col in range(8):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col, width in ((0, 220), (2, 110), (6, 140)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.enter(row))
        hint = QLabel(self.tr("Each value has the shape its indicator states: yes or no, a count, persons of a "
                              "population (never more than the population in force at the period's end), or a "
                              "share with its denominator. Name the document that proves it. A value of a signed "
                              "period cannot change."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._fill_periods()
        self.period.currentIndexChanged.connect(lambda *_: self.refresh())
        self.every.toggled.connect(lambda *_: self.refresh())
        self.refresh()

    def _fill_periods(self) -> None:
        year = self._today().year
        self.period.addItem(self.tr("Current period of each target"), "")
        for p in periods_of_year(year) + [Period(year, "quarter", 2), Period(year, "quarter", 4),
                                          Period(year, "half", 2)]:
            self.period.addItem(period_name(p), p.code)

    def refresh(self) -> None:
        code = self.period.currentData()
        self.rows = self._figures.hand_rows(self._today(), period=Period.parse(code) if code else None,
                                            every=self.every.isChecked())
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, (text, missing) in enumerate(self._cells(row)):
                item = QTableWidgetItem(text)
                if missing:
                    item.setForeground(QBrush(QColor(MISSING_COLOUR)))
                if c in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.locked:
                    item.setToolTip(row.locked)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        todo = [r for r in self.rows if r.value is None]
        gaps = [r for r in self.rows if r.definition.shape == "persons" and r.population is None]
        parts = [self.tr("%1 of %2 values entered.").replace("%1", fmt_int(len(self.rows) - len(todo)))
                 .replace("%2", fmt_int(len(self.rows)))]
        if gaps:
            parts.append(self.tr("Base figure not entered for: %1.").replace(
                "%1", ", ".join(sorted({kind_label(r.definition.population) for r in gaps}))))
        self.summary.setText(" ".join(parts))
        self.enter_button.setEnabled(bool(self.rows))

    def _cells(self, row) -> list[tuple[str, bool]]:
        d, v = row.definition, row.value
        if v is None:
            value = (self.tr("not entered"), True)
        elif d.shape == "yes_no":
            value = (self.tr("Yes") if v.numerator else self.tr("No"), False)
        else:
            value = (fmt_int(v.numerator), False)
        if d.shape == "persons":
            out_of = ((fmt_int(row.population.value), False) if row.population is not None
                      else (self.tr("base figure not entered"), True))
        elif d.shape == "share":
            out_of = (fmt_int(v.denominator) if v is not None and v.denominator is not None else "", False)
        else:
            out_of = ("", False)
        entered = (f"{actor_label(v.entered_by)}, {v.entered_at:%d/%m/%Y %H:%M}"
                   if v is not None and v.entered_at else "")
        lock = " 🔒" if row.locked else ""
        # The indicator by its label, its code in brackets (the officer reads the label; the plan quotes the code).
        return [(f"{d.label} ({d.code})", False), (period_name(row.period) + lock, False),
                (self.tr(SHAPES[d.shape]), False), value, out_of, (v.evidence if v else "", False),
                (entered, False), (", ".join(t.code for t in row.targets), False)]

    def enter(self, index: int) -> HandValueDialog | None:
        """The form of row `index` (non-modal: `self.dialog` is kept for tests)."""
        if not 0 <= index < len(self.rows):
            index = 0 if self.rows else -1
        if index < 0:
            return None
        self.dialog = HandValueDialog(self._repo, self.rows[index], enter_population=self._population,
                                      parent=self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def enter_code(self, code: str) -> HandValueDialog | None:
        """The form of indicator `code`'s first row (from the home page)."""
        for i, row in enumerate(self.rows):
            if row.definition.code == code:
                self.table.selectRow(i)
                return self.enter(i)
        return None

    def _population(self, kind: str, year: int) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        if self._enter_population is not None:
            self._enter_population(kind, year)

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override: populations or the plan may have changed
        super().showEvent(event)
        self.refresh()
