"""Import from the officer's own spreadsheet: match their columns to our fields once, preview, dry run, import.

The match is suggested from the header names (or comes back from last time for the same headers); every problem
of the dry run names THEIR sheet, row and column letter. Check and import run off the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSpinBox, QSplitter, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from commune_desk.domain.errors import ExpectedError
from commune_desk.ui.dialogs.import_dialog import add_dry_run_controls, report_failure
from commune_desk.ui.dialogs.import_run import ImportRun, reporting
from commune_desk.ui.fit import open_size

BAD_CELL = QColor("#f8d7da")


class MappingDialog(ImportRun, QDialog):
    """`service` (app_services.RecordService of the open database, which signs the import with its actor) is
    handed to the worker (it opens its own sessions); `profiles` (ProfileRepository) gives the unit's residential units as they are when the dialog opens."""

    imported = Signal(dict)

    def __init__(self, service, *, profiles, today=None, catalogues=None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        from commune_desk.services.plans.catalogues import default_catalogues

        self._service, self._today = service, today
        self._cats = catalogues or default_catalogues()
        self._units = profiles.get().residential_units
        self.source = None
        self.targets: list = []
        self.combos: list[QComboBox] = []
        self.errors = 0
        self.setWindowTitle(self.tr("Import from my own spreadsheet"))

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Choose your .xlsx spreadsheet"))
        self.path.returnPressed.connect(lambda: self.load())
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox()
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 50)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Propaganda activities"), "propaganda")
        self.kind.addItem(self.tr("Trainings"), "training")
        reload_button = QPushButton(self.tr("&Read headers"))
        reload_button.clicked.connect(lambda: self.load(self.sheet.currentText() or None))
        self.sheet.activated.connect(lambda _i: self.load(self.sheet.currentText() or None))
        self.kind.currentIndexChanged.connect(lambda _i: self.load(self.sheet.currentText() or None))

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        choose = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("&Sheet:"), self.sheet)
        form.addRow(self.tr("&Header row:"), self.header_row)
        form.addRow(self.tr("Record &kind:"), self.kind)
        choose.addLayout(form, 1)
        choose.addWidget(reload_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.mapping_note = QLabel(self.tr("Choose a spreadsheet: its columns are matched to our fields."))
        self.mapping_note.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 4)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Your header"), self.tr("First value"), self.tr("Our field")])
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setColumnWidth(0, 60)
        self.mapping_table.setColumnWidth(2, 150)
        self.preview_model = QStandardItemModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().setVisible(False)
        add_dry_run_controls(self, (110, 150, 50, 150))

        split = QSplitter(Qt.Orientation.Vertical)
        for title, widget in ((self.tr("Your columns → our fields"), self.mapping_table),
                              (self.tr("Preview of the first rows, as they will be read"), self.preview),
                              (self.tr("Dry run"), self.table)):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(QLabel(f"<b>{title}</b>"))
            inner.addWidget(widget)
            split.addWidget(box)
        split.setSizes([320, 170, 190])
        bottom = QHBoxLayout()
        bottom.addWidget(self.phase)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(choose)
        layout.addWidget(self.mapping_note)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self._busy(False)
        open_size(self, 980, 860)      # never more than the screen has

    # ---- choosing the file and the mapping ----------------------------------------------------------------
    @property
    def entity(self) -> str:
        return self.kind.currentData()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Your spreadsheet"), str(Path.home()),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.path.setText(path)
            self.load()

    def load(self, sheet: str | None = None) -> bool:
        """Read the header row of the chosen sheet and show the remembered or suggested mapping."""
        from commune_desk.services.records.sheet_mapping import read_sheet, targets

        path = self.path.text().strip()
        if not path:
            return False
        try:
            self.source = read_sheet(path, sheet, self.header_row.value())
        except ExpectedError as exc:
            self.source = None
            self.status.setText(self.tr("The spreadsheet cannot be read: %1").replace("%1", _text(exc)))
            self._busy(False)
            return False
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(self.source.sheetnames)
        self.sheet.setCurrentText(self.source.sheet)
        self.sheet.blockSignals(False)
        self.targets = targets(self.entity, self._cats)
        mapping, known = self._service.mapping_for(self.entity, self.source.headers, self._cats)
        self._fill_mapping(mapping)
        self.mapping_note.setText(
            self.tr("These headers were matched before: the same match is used again. Check it and press Check.")
            if known else self.tr("Suggested from your header names: correct any wrong line, then press Check."))
        self.model.set_result({}, [])
        self.status.setText(self.tr("%1 rows below the header row.").replace("%1", str(len(self.source.rows))))
        self._busy(False)
        return True

    def _fill_mapping(self, mapping: dict[int, str]) -> None:
        src = self.source
        first = src.rows[0][1] if src.rows else ()
        self.combos = []
        self.mapping_table.setRowCount(len(src.headers))
        for i, header in enumerate(src.headers):
            sample = first[i] if i < len(first) else None
            for col, text in enumerate((src.letter(i), header, _shown(sample))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.mapping_table.setItem(i, col, item)
            combo = QComboBox()
            combo.setObjectName(f"mapping_{i}")
            combo.addItem(self.tr("(not imported)"), "")
            for t in self.targets:
                combo.addItem(t.label + (" *" if t.required else ""), t.name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(i, ""))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(i, 3, combo)
            self.combos.append(combo)
        self._refresh_preview()

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def set_field(self, column: int, field: str) -> None:
        """Choose `field` ("" = not imported) for the 0-based `column`, as the officer would in its combo."""
        self.combos[column].setCurrentIndex(max(0, self.combos[column].findData(field)))

    def _mapping_changed(self, *_args) -> None:
        self.import_button.setEnabled(False)            # a changed match needs a new dry run
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        from commune_desk.services.records.sheet_mapping_import import preview

        mapping = self.mapping()
        labels = {t.name: t.label for t in self.targets}
        names = {"unit_code": {u.code: u.name for u in self._units},
                 "form_code": {e.code: e.label for e in self._cats["activity_forms"].entries},
                 "topic_code": {e.code: e.label for e in self._cats["training_topics"].entries}}
        order = [f for f in (t.name for t in self.targets) if f in mapping.values()]
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels([self.tr("Row")] + [labels[f] for f in order])
        if self.source is None:
            return
        for number, shown in preview(self.source, self.entity, mapping, catalogues=self._cats, units=self._units):
            items = [QStandardItem(str(number))]
            for f in order:
                text, error = shown.get(f, ("", ""))
                item = QStandardItem(names.get(f, {}).get(text, text))    # a code shows as its name
                if error:
                    item.setBackground(QBrush(BAD_CELL))
                    item.setToolTip(error)
                items.append(item)
            for item in items:
                item.setEditable(False)
            self.preview_model.appendRow(items)
        self.preview.resizeColumnsToContents()

    # ---- background work ----------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        ready = self.source is not None and not busy
        self.check_button.setEnabled(ready)
        self.cancel_button.setEnabled(busy)
        if busy or self.source is None:
            self.import_button.setEnabled(False)

    def _failed(self, exc, _trace: str) -> None:
        report_failure(exc, self.status, self.model, cancelled=self.tr("Cancelled; nothing was imported."),
                       rejected=self.tr("Rejected; nothing was imported."),
                       cannot=self.tr("The spreadsheet cannot be imported: %1"))

    def _job(self, dry_run: bool):
        service, source, entity, mapping, today = self._service, self.source, self.entity, self.mapping(), self._today
        cats = self._cats

        def job(progress, cancelled):
            # a real import also remembers the match: the next file like this maps itself; a cancel (before the
            # commit) imports nothing and remembers nothing
            return service.import_mapped(source, entity, mapping, dry_run=dry_run, today=today, catalogues=cats,
                                         progress=reporting(progress), cancel=cancelled)
        return job

    def check(self) -> None:
        if self.source is not None:
            self._start(self._job(True), self._checked, self.tr("Checking your spreadsheet…"))

    def _checked(self, result) -> None:
        self.model.set_result(result.counts, result.problems)
        self.errors = sum(1 for p in result.problems if p.severity == "error")
        total = sum(result.counts.values())
        if self.errors:
            self.status.setText(self.tr("%1 cells rejected: correct the match or your spreadsheet and check again. "
                                        "Nothing was imported.").replace("%1", str(self.errors)))
        else:
            self.status.setText(self.tr("Ready: %1 records would be added.").replace("%1", str(total)))
        self.import_button.setEnabled(not self.errors and total > 0)

    def run_import(self) -> None:
        if self.source is not None:
            self._start(self._job(False), self._imported, self.tr("Importing…"))

    def _imported(self, result) -> None:
        self.model.set_result({}, result.problems)
        self.status.setText(self.tr("Imported %1 records; the match is remembered for spreadsheets with these "
                                    "headers.").replace("%1", str(sum(result.counts.values()))))
        self.import_button.setEnabled(False)
        self.imported.emit(result.counts)


def _shown(value) -> str:
    """A cell as the officer sees it in Excel: dates as dd/mm/yyyy."""
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _text(exc) -> str:
    from PySide6.QtCore import QCoreApplication

    return exc.text(QCoreApplication.translate) if hasattr(exc, "text") else str(exc)
