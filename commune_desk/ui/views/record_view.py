"""Generic list screen of one record type: filters, folded search, lazy sortable table, totals, export, history."""

from __future__ import annotations

from datetime import date
from typing import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
    QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from commune_desk.ui.combos import fill_unit_combo
from commune_desk.ui.undo_bar import make_undo_bar
from commune_desk.domain.errors import ExpectedError
from commune_desk.domain.periods import Period
from commune_desk.ui.dialogs.record_fields import FORMS, IDENTITY_FIELDS
from commune_desk.ui.dialogs.record_form import RecordDialog
from commune_desk.ui.errors import show_expected
from commune_desk.ui.language import fmt_int, period_name
from commune_desk.ui.models.record_table_model import RecordTableModel
from commune_desk.ui.operations import run_in_background
from commune_desk.ui.views.history_panel import HistoryPanel
from commune_desk.ui.views.record_specs import SPECS, Env

SEARCH_DELAY_MS = 250


def period_choices(year: int) -> list[Period]:
    """The periods the filter offers: this year and last year, each as year, halves and quarters."""
    out: list[Period] = []
    for y in (year, year - 1):
        out.append(Period(y, "year"))
        out.extend(Period(y, "half", h) for h in (1, 2))
        out.extend(Period(y, "quarter", q) for q in (1, 2, 3, 4))
    return out


def spec_tr(text: str) -> str:
    return QCoreApplication.translate("RecordSpecs", text)


def field_names(entity: str) -> dict[str, str]:
    """Record field -> its form label without mnemonic and colon, for the history panel."""
    def clean(label: str) -> str:
        return QCoreApplication.translate("RecordFields", label).replace("&", "").rstrip(":")

    names = {s.name: clean(s.label) for s in FORMS[entity]}
    names.update({n: clean(label) for n, label in IDENTITY_FIELDS})
    return names


class RecordView(QWidget):
    """`repo`: RecordRepository of the kind; `listing`: its RecordListing; `periods` gives lock decisions;
    `records` (app_services.RecordService) makes the form's participant check (none without it).

    `refs` is where the form's reference fields find parents as typed (storage's ParentRefs; None: none).
    A child list (inspections of a business) gets `parent_field` and follows `set_parent(code)`.
    """

    changed = Signal()          # a record was added, edited, deleted or restored
    saved = Signal(object)      # the record the form stored

    def __init__(self, entity: str, repo, listing, audit, periods, *, catalogues, units,
                 refs=None, parent_field: str = "", today: Callable[[], date] = date.today,
                 compact: bool = False, records=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = SPECS[entity]
        self._records = records
        self.entity = entity
        self._repo, self._listing, self._periods = repo, listing, periods
        self._cats = catalogues
        self._units = list(units)
        self._refs = refs
        self._today = today
        self.parent_field = parent_field
        self.parent_code = ""
        self.last_deleted = None
        self.env = Env(catalogues, self._units)

        self.period = QComboBox()
        self.period.addItem(self.tr("All periods"), "")
        for p in period_choices(today().year):
            self.period.addItem(period_name(p), p.code)
        self.unit = QComboBox()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All"), "")
        if self.spec.kind_catalogue:
            for entry in catalogues[self.spec.kind_catalogue].entries:
                self.kind.addItem(entry.label, entry.code)
        self.kind.setMinimumContentsLength(16)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (e.g. dong finds Đông)"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._fill_units()

        self._counts: list = []   # background counts in flight (kept alive until they report)
        self.model = RecordTableModel(listing, self.spec.columns, self.current_filter(), self.env,
                                      sums=self.spec.sums, parent=self, counter=self._count_later)
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
        for i, col in enumerate(self.spec.columns):
            # never narrower than its header in the language shown ("Hoạt động đã thực hiện" was clipped)
            self.table.setColumnWidth(i, max(col.width, header.sectionSizeHint(i)))
            if col.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export)
        if not compact:
            QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.add)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected)

        self.undo_bar, self.undo_label, self.undo_button = make_undo_bar(self.tr("&Undo"), self.undo_delete)
        self.history = HistoryPanel(audit, self._repo.kind.entity, field_names(entity))
        from commune_desk.ui.views.list_parts import SavedBar, history_toggle

        self.saved_bar = SavedBar()
        self.history_button = history_toggle(self.history)

        filters = QHBoxLayout()
        shown = ((self.tr("Period:"), self.period, self.spec.has_period),
                 (self.tr("Unit:"), self.unit, self.spec.has_unit and not parent_field),
                 (spec_tr(self.spec.kind_label), self.kind, bool(self.spec.kind_catalogue)))
        for label, widget, visible in shown:
            widget.setVisible(visible)
            if visible:
                filters.addWidget(QLabel(label))
                filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.totals, 1)
        for b in (self.add_button, self.edit_button, self.delete_button, self.export_button, self.history_button):
            buttons.addWidget(b)
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
        splitter.setSizes([900, 240])
        self.heading = QLabel(spec_tr(self.spec.title))
        self.heading.setStyleSheet(f"font-size: {'11' if compact else '14'}pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0 if compact else 12, 4, 0 if compact else 12, 4)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)

        from commune_desk.ui.dialogs.search_combo import searchable

        for combo in (self.period, self.unit, self.kind):
            searchable(combo)  # the filters find a unit or kind as typed, diacritics optional
            combo.currentIndexChanged.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.model.counted.connect(self._update_totals)
        self._update_totals()
        self._selection_changed()

    # ---- filter -----------------------------------------------------------------------------------------------
    def _fill_units(self) -> None:
        fill_unit_combo(self.unit, self._units, self.tr("All units"))

    def set_units(self, units) -> None:
        """The profile changed: offer its residential units and show their new names."""
        self._units = list(units)
        self._fill_units()
        self.env.set_units(self._units)
        self.reload()

    def set_parent(self, code: str, label: str = "") -> None:
        """Show only the records of one parent (a business, a hotspot, a unit); "" shows none."""
        self.parent_code = code
        if label:
            self.heading.setText(f"{spec_tr(self.spec.title)}: {label}")
        self.apply_filter()

    def current_filter(self):
        from commune_desk.storage.repos.listing import ListFilter

        date_from = date_to = None
        code = self.period.currentData()
        if code:
            date_from, date_to = self._periods.window(Period.parse(code))
        parent = self.parent_code or ("\0" if self.parent_field else "")
        return ListFilter(date_from=date_from, date_to=date_to, unit_code=self.unit.currentData() or "",
                          kind_code=self.kind.currentData() or "", parent_code=parent, text=self.search.text())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_totals()

    def _count_later(self, job, done) -> None:
        """Count and total a list that reads every record off the GUI thread (the page is already shown)."""
        def finished() -> None:
            self._counts[:] = [op for op in self._counts if op.running]

        def arrived(result) -> None:
            if shiboken6.isValid(self):          # the list may have closed meanwhile (lock, sign-out)
                done(result)

        def failed(_exc, _trace) -> None:   # counted here instead: a failure again is the GUI's to report
            if shiboken6.isValid(self):
                done(job())

        self._counts.append(run_in_background(lambda _progress, _cancelled: job(), on_success=arrived,
                                              on_failure=failed, on_finished=finished, parent=self))

    def _update_totals(self) -> None:
        counting = self.model.counting     # the page is shown; its count and totals are being read: "…"
        text = spec_tr(self.spec.totals_text).replace("%1", "…" if counting else fmt_int(self.model.count))
        for i, name in enumerate(self.spec.sums, start=2):
            text = text.replace(f"%{i}", "…" if counting else fmt_int(self.model.totals.get(name, 0)))
        self.totals.setText(text)
        self.add_button.setEnabled(not self.parent_field or bool(self.parent_code))

    def reload(self) -> None:
        self.model.refresh()
        self._update_totals()

    # ---- selection and history --------------------------------------------------------------------------------
    def selected_record(self):
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_id(self, record_id: int) -> None:
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
    def lock_reason(self, rec) -> str:
        if rec is None or not self._repo.kind.lockable:
            return ""
        decision = self._periods.decision_for(self._repo.kind, rec)
        from commune_desk.ui.problems import decision_text

        return "" if decision.allowed else decision_text(decision)

    def make_dialog(self, record=None) -> RecordDialog:
        if record is not None and record.id is not None:
            record = self._repo.get(record.id)      # the full record (a penalty's identity is not in the list)
        preset = {self.parent_field: self.parent_code} if self.parent_field and record is None else None
        dialog = RecordDialog(
            self.entity, self._repo, catalogues=self._cats, units=[u for u in self._units if u.active],
            refs=self._refs, record=record, preset=preset, today=self._today(),
            lock_reason=self.lock_reason(record),
            duplicates=lambda rec: self._listing.likely_duplicates(rec, exclude_id=rec.id), parent=self)
        from commune_desk.ui.dialogs.plausibility_hook import attach_for

        attach_for(dialog, self._records, self.entity)       # non-blocking: far outside last year's range
        self._grey_signed_days(dialog)
        return dialog

    def _grey_signed_days(self, dialog) -> None:
        """The date field's calendar greys the days of signed periods, which saving would refuse."""
        from commune_desk.domain.period_state import may_edit

        day_field = self._repo.kind.date_field
        field = dialog.fields.get(day_field) if day_field else None
        if hasattr(field, "refuse_also"):
            states = self._periods.all()
            field.refuse_also(lambda day: "" if may_edit(day, states).allowed else "signed")

    def add(self) -> None:
        if self.add_button.isEnabled():
            self._run_dialog(self.make_dialog())

    def edit_selected(self) -> None:
        rec = self.selected_record()
        if rec is not None:
            self._run_dialog(self.make_dialog(rec))

    def _run_dialog(self, dialog: RecordDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.reload()
            self.select_id(dialog.saved.id)
            self.saved.emit(dialog.saved)
            self.changed.emit()

    def confirm_delete(self, rec) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete record"),
                                      self.tr("Delete “%1”?").replace("%1", self.spec.describe(rec)))
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        rec = self.selected_record()
        if rec is None:
            return
        if self._listing.child_count(rec.id):
            QMessageBox.information(self, self.tr("Delete record"),
                                    self.tr("“%1” has a history (inspections or events). Delete those first.")
                                    .replace("%1", self.spec.describe(rec)))
            return
        if not self.confirm_delete(rec):
            return
        try:
            self.last_deleted = self._repo.delete(rec.id)
        except ExpectedError as exc:
            show_expected(self, exc)
            self.reload()
            return
        self.undo_label.setText(self.tr("Deleted “%1”.").replace("%1", self.spec.describe(rec)))
        self.undo_bar.setVisible(True)
        self.reload()
        self.changed.emit()

    def undo_delete(self) -> None:
        if self.last_deleted is None:
            return
        try:
            restored = self._repo.restore(self.last_deleted, self._cats)
        except ExpectedError as exc:
            show_expected(self, exc)
            return
        self.last_deleted = None
        self.undo_bar.setVisible(False)
        self.reload()
        self.select_id(restored.id)
        self.changed.emit()

    def export(self, path=None):
        """"Xuất Excel…": every filtered row (not only the loaded pages), as shown, into an .xlsx file; the bar
        under the list then names the file, with "Mở thư mục"."""
        from commune_desk.ui.views.list_parts import export_list

        return export_list(self, spec_tr(self.spec.title), self.model.visible_table, self.saved_bar, path)

    def export_to(self, path):
        return self.export(path)

