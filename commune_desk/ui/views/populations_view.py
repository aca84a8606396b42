"""The "Base figures" area: the populations of a year the shares of people are taken of, what is missing, history."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from commune_desk.domain.populations import KINDS, in_force, staff_in_force
from commune_desk.ui.dialogs.population_dialog import PopulationDialog, kind_label
from commune_desk.ui.language import fmt_date, fmt_int

MISSING_COLOUR = "#b00020"


class PopulationsView(QWidget):
    """`repo`: a PopulationRepository built with the catalogues in force; `changed` after every save."""

    changed = Signal()

    def __init__(self, repo, catalogues, *, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repo, self._cats, self._today = repo, catalogues, today
        self.dialog = None
        heading = QLabel(self.tr("Base figures"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.year = QSpinBox()
        self.year.setRange(2000, today().year + 1)
        self.year.setValue(today().year)
        self.year.setPrefix(self.tr("Year "))
        self.year.valueChanged.connect(lambda *_: self.refresh())
        self.add_button = QPushButton(self.tr("Enter a figure…"))
        self.add_button.clicked.connect(lambda: self.enter())
        self.history_button = QPushButton(self.tr("Show the history"))
        self.history_button.setCheckable(True)
        self.history_button.toggled.connect(lambda *_: self.refresh())
        self.withdraw_button = QPushButton(self.tr("Withdraw the figure…"))
        self.withdraw_button.clicked.connect(self.withdraw)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        for w in (self.year, self.add_button, self.history_button, self.withdraw_button):
            top.addWidget(w)
        self.summary = QLabel()
        self.summary.setObjectName("populationSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("populationTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Population"), self.tr("Role, level"), self.tr("Number"), self.tr("As of"),
            self.tr("Source"), self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        # Long names wrap in fixed widths; the source takes the rest; who entered a figure is in its tooltip.
        for col, width in ((0, 210), (1, 190), (5, 150)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.enter(self._key(row)))
        self.table.itemSelectionChanged.connect(self._selection)
        hint = QLabel(self.tr("Shares of people (staff trained, workers, teachers, pupils and residents reached) "
                              "are taken of these figures: of the report's year, the latest dated on or before "
                              "the end of its period. A missing figure is said, never counted as 0."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.entries: list = []
        self.refresh()

    def _day(self) -> date:
        year, today = self.year.value(), self._today()
        return today if year == today.year else date(year, 12, 31)

    def refresh(self) -> None:
        year, day = self.year.value(), self._day()
        history = self.history_button.isChecked()
        self.entries = self._repo.list(year, history=history)
        current = [e for e in self.entries if e.current]
        rows = []
        for e in self.entries:
            now = in_force(current, e.key, year, day)
            if not e.current:
                state = self.tr("replaced %1").replace("%1", e.replaced_at.strftime("%d/%m/%Y %H:%M"))
            elif now is not None and now.id == e.id:
                state = self.tr("in force on %1").replace("%1", fmt_date(day))
            elif e.as_of > day:
                state = self.tr("from %1").replace("%1", fmt_date(e.as_of))
            else:
                state = self.tr("earlier figure")
            rows.append((e, e.key, [kind_label(e.kind), self._who(e.role, e.level), fmt_int(e.value), fmt_date(e.as_of),
                                    e.source, state]))
        missing = [k for k in KINDS if not any(e.kind == k for e in current)]
        for kind in missing:
            rows.append((None, (kind, "", ""), [kind_label(kind), "", self.tr("not entered"), "", "", ""]))
        self.table.setRowCount(len(rows))
        self._keys = [key for _, key, _ in rows]
        for r, (entry, _key, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if entry is None:
                    item.setForeground(QBrush(QColor(MISSING_COLOUR)))
                elif not entry.current:
                    item.setForeground(QBrush(QColor("#777777")))
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if entry is not None:
                    item.setToolTip(self.tr("Entered by %1 on %2").replace("%1", entry.recorded_by).replace(
                        "%2", entry.recorded_at.strftime("%d/%m/%Y %H:%M")))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        staff = staff_in_force(current, year, day)
        parts = [self.tr("Staff working on the task in force on %1: %2").replace("%1", fmt_date(day)).replace(
            "%2", f"<b>{fmt_int(sum(e.value for e in staff.values()))}</b>") if staff else
            f"<span style='color:{MISSING_COLOUR}'>" + self.tr("Staff working on the task: not entered") + "</span>"]
        if missing:
            parts.append(f"<span style='color:{MISSING_COLOUR}'>" + self.tr("Not entered for %1: %2").replace(
                "%1", str(year)).replace("%2", ", ".join(kind_label(k) for k in missing)) + "</span>")
        self.summary.setText("<br>".join(parts))
        self._selection()

    def _selection(self) -> None:
        row = self.table.currentRow()
        self.withdraw_button.setEnabled(0 <= row < len(self.entries) and self.entries[row].current)

    def _who(self, role: str, level: str) -> str:
        if not role:
            return ""
        return f"{self._cats['training_roles'].label(role)}, {self._cats['staff_levels'].label(level)}"

    def _key(self, row: int):
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def enter(self, key: tuple[str, str, str] | None = None, *, year: int | None = None) -> PopulationDialog:
        """Open the form (non-modal use in tests: `self.dialog` is kept), preset to `key` (kind, role, level)."""
        if year is not None:
            self.year.setValue(year)
        self.dialog = PopulationDialog(self._repo, self._cats, year=self.year.value(), preset=key,
                                       today=self._today(), parent=self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self) -> None:
        if self.dialog is not None and self.dialog.saved is not None:
            self.year.setValue(self.dialog.saved.year)
        self.refresh()
        self.changed.emit()

    def withdraw(self, *, confirm: Callable | None = None) -> bool:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.ui.errors import show_expected

        row = self.table.currentRow()
        if not 0 <= row < len(self.entries) or not self.entries[row].current:
            return False
        entry = self.entries[row]
        ask = confirm or (lambda text: QMessageBox.question(self, self.tr("Withdraw the figure"), text)
                          == QMessageBox.StandardButton.Yes)
        text = self.tr("Withdraw %1 = %2 (as of %3)? It stays in the history.").replace(
            "%1", kind_label(entry.kind)).replace("%2", fmt_int(entry.value)).replace("%3", fmt_date(entry.as_of))
        if not ask(text):
            return False
        try:
            self._repo.withdraw(entry.id)
        except ExpectedError as exc:
            show_expected(self, exc)
            return False
        self.refresh()
        self.changed.emit()
        return True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override: figures may have changed elsewhere
        super().showEvent(event)
        self.refresh()

