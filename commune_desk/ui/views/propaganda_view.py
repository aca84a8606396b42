"""Propaganda area: filter bar, sortable lazy table, totals, add/edit/delete with undo, and a history panel."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
    QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from commune_desk.ui.combos import fill_unit_combo
from commune_desk.ui.undo_bar import make_undo_bar
from commune_desk.domain.errors import ExpectedError
from commune_desk.domain.periods import Period
from commune_desk.ui.dialogs.propaganda_dialog import PropagandaDialog
from commune_desk.ui.errors import show_expected
from commune_desk.ui.language import fmt_int, period_name
from commune_desk.ui.models.propaganda_table_model import PropagandaTableModel
from commune_desk.ui.views.history_panel import HistoryPanel

SEARCH_DELAY_MS = 250


def period_choices(year: int) -> list[Period]:
    """The periods the filter offers: this year and last year, each as year, halves and quarters."""
    out: list[Period] = []
    for y in (year, year - 1):
        out.append(Period(y, "year"))
        out.extend(Period(y, "half", h) for h in (1, 2))
        out.extend(Period(y, "quarter", q) for q in (1, 2, 3, 4))
    return out


class PropagandaView(QWidget):
    """`repo`: PropagandaRepository; `audit`: AuditLog; `base_filter`: an empty PropagandaFilter."""

    changed = Signal()  # a record was added, edited, deleted or restored

    def __init__(self, repo, audit, *, base_filter, forms, groups, units,
                 today: Callable[[], date] = date.today, window_of: Callable | None = None,
                 teams: Callable[[], list] = list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        # Period -> (first, last day) under the plans' cut-off rules; the calendar when not given.
        self._window_of = window_of or (lambda p: p.data_window())
        self._teams = teams          # () -> [(code, name)] of the teams that may carry an activity out
        self._base_filter = base_filter
        self._forms = forms
        self._groups = groups
        self._units = list(units)
        self._today = today
        self.last_deleted = None

        self.period = QComboBox()
        self.period.addItem(self.tr("All periods"), "")
        for p in period_choices(today().year):
            self.period.addItem(period_name(p), p.code)
        self.unit = QComboBox()
        self.form = QComboBox()
        self.form.addItem(self.tr("All forms"), "")
        for entry in forms.entries:
            self.form.addItem(entry.label, entry.code)
        self.form.setMinimumContentsLength(18)
        self.form.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, organiser, note (e.g. dong finds Đông)"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._fill_units()
        for combo in (self.period, self.unit):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.model = PropagandaTableModel(repo, base_filter, form_labels=self._form_labels(),
                                          unit_names=self._unit_names(), team_names=dict(teams()), parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 88), (1, 170), (3, 90), (4, 72), (5, 72), (6, 150)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton(self.tr("E&xport…"))      # as on every other list
        self.export_button.clicked.connect(lambda: self.export())
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.add)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected)

        self.undo_bar, self.undo_label, self.undo_button = make_undo_bar(self.tr("&Undo"), self.undo_delete)

        field_names = {
            "activity_date": self.tr("Date"), "form_code": self.tr("Form"), "title": self.tr("Title"),
            "participants": self.tr("Participants"), "materials": self.tr("Materials"),
            "unit_code": self.tr("Residential unit"), "target_groups": self.tr("Target groups"),
            "organiser": self.tr("Organiser"), "note": self.tr("Note"), "team_code": self.tr("Carried out by"),
        }
        self.history = HistoryPanel(audit, "propaganda", field_names)
        from commune_desk.ui.views.list_parts import SavedBar, history_toggle

        self.saved_bar = SavedBar()
        self.history_button = history_toggle(self.history)

        filters = QHBoxLayout()
        for label, widget in ((self.tr("Period:"), self.period), (self.tr("Unit:"), self.unit),
                              (self.tr("Form:"), self.form)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.totals, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.history_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.undo_bar)
        left_layout.addWidget(self.saved_bar)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 230])
        heading = QLabel(self.tr("Propaganda activities"))
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)

        from commune_desk.ui.dialogs.search_combo import searchable

        for combo in (self.period, self.unit, self.form):
            searchable(combo)  # the filters find a unit or kind as typed, diacritics optional
            combo.currentIndexChanged.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self._update_totals()
        self._selection_changed()

    # ---- filter -----------------------------------------------------------------------------------------------
    def _form_labels(self) -> dict[str, str]:
        return {e.code: e.label for e in self._forms.entries}

    def _unit_names(self) -> dict[str, str]:
        return {u.code: u.name for u in self._units}

    def _fill_units(self) -> None:
        fill_unit_combo(self.unit, self._units, self.tr("All units"))

    def set_units(self, units) -> None:
        """The profile changed: offer its residential units."""
        self._units = list(units)
        self._fill_units()
        self.model.set_labels(form_labels=self._form_labels(), unit_names=self._unit_names())

    def current_filter(self):
        code = self.period.currentData()
        date_from = date_to = None
        if code:
            date_from, date_to = self._window_of(Period.parse(code))
        return replace(self._base_filter, date_from=date_from, date_to=date_to,
                       unit_code=self.unit.currentData() or "", form_code=self.form.currentData() or "",
                       text=self.search.text())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_totals()

    def _update_totals(self) -> None:
        t = self.model.totals
        self.totals.setText(
            self.tr("%1 activities · %2 participants · %3 materials handed out")
            .replace("%1", fmt_int(t.count)).replace("%2", fmt_int(t.participants))
            .replace("%3", fmt_int(t.materials))
        )

    def reload(self) -> None:
        self.model.refresh()
        self._update_totals()

    # ---- selection and history --------------------------------------------------------------------------------
    def selected_record(self):
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_id(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _selection_changed(self) -> None:
        rec = self.selected_record()
        self.edit_button.setEnabled(rec is not None)
        self.delete_button.setEnabled(rec is not None)
        self.history.show_record(rec.id if rec else None)

    # ---- actions ----------------------------------------------------------------------------------------------
    def export(self, path=None):
        """"Xuất Excel…": every filtered activity as shown; the bar under the list names the file."""
        from commune_desk.ui.views.list_parts import export_list

        return export_list(self, self.tr("Propaganda activities"), self.model.visible_table, self.saved_bar, path)

    def make_dialog(self, record=None) -> PropagandaDialog:
        from commune_desk.ui.dialogs.plausibility_hook import attach_for

        teams = self._teams()
        self.model.team_names = dict(teams)
        dialog = PropagandaDialog(self._repo, forms=self._forms, groups=self._groups,
                                  units=[u for u in self._units if u.active], record=record,
                                  today=self._today(), teams=teams, parent=self)
        attach_for(dialog, self._repo, "propaganda")      # non-blocking: far outside last year's range
        return dialog

    def add(self) -> None:
        self._run_dialog(self.make_dialog())

    def edit_selected(self) -> None:
        rec = self.selected_record()
        if rec is not None:
            self._run_dialog(self.make_dialog(rec))

    def _run_dialog(self, dialog: PropagandaDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.reload()
            self.select_id(dialog.saved.id)
            self.changed.emit()

    def confirm_delete(self, rec) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Delete activity"),
            self.tr("Delete the activity “%1” of %2?").replace("%1", rec.title)
            .replace("%2", rec.activity_date.strftime("%d/%m/%Y")),
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        rec = self.selected_record()
        if rec is None or not self.confirm_delete(rec):
            return
        try:
            self.last_deleted = self._repo.delete(rec.id)
        except ExpectedError as exc:
            show_expected(self, exc)
            self.reload()
            return
        self.undo_label.setText(self.tr("Deleted “%1”.").replace("%1", rec.title))
        self.undo_bar.setVisible(True)
        self.reload()
        self.changed.emit()

    def undo_delete(self) -> None:
        if self.last_deleted is None:
            return
        try:
            restored = self._repo.undo_delete(self.last_deleted)
        except ExpectedError as exc:
            show_expected(self, exc)
            return
        self.last_deleted = None
        self.undo_bar.setVisible(False)
        self.reload()
        self.select_id(restored.id)
        self.changed.emit()
