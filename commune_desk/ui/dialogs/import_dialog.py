"""Records workbook import: a dry run off the UI thread shows what would be added or rejected, then imports."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from commune_desk.domain.errors import ExpectedError, ValidationFailed
from commune_desk.ui.dialogs.import_run import ImportRun, reporting
from commune_desk.ui.operations import Cancelled
from commune_desk.ui.problems import problem_text
from commune_desk.ui.fit import open_size

C = "ImportDialog"
_WHERE = re.compile(r"^(?P<sheet>.+?) row (?P<row>\d+)(?: column (?P<col>\S+)(?: \((?P<field>[^)]*)\))?)?$")


def tr(text: str) -> str:  # for texts declared with QT_TRANSLATE_NOOP in this module
    return QCoreApplication.translate(C, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


HEADERS = (QT_TRANSLATE_NOOP("ImportDialog", "Outcome"), QT_TRANSLATE_NOOP("ImportDialog", "Sheet"), QT_TRANSLATE_NOOP("ImportDialog", "Row"),
           QT_TRANSLATE_NOOP("ImportDialog", "Column"), QT_TRANSLATE_NOOP("ImportDialog", "Reason"))


def split_where(where: str) -> tuple[str, str, str]:
    """"penalty_decisions row 4 column C (fine)" -> ("penalty_decisions", "4", "C (fine)")."""
    m = _WHERE.match(where or "")
    if not m:
        return where or "", "", ""
    col = m.group("col") or ""
    if m.group("field"):
        col = f"{col} ({m.group('field')})"
    return m.group("sheet"), m.group("row"), col


def report_failure(exc, status, model, *, cancelled: str, rejected: str, cannot: str) -> None:
    """A dry run or import that stopped: cancelled, rejected (its problems go to `model`) or refused (`cannot`
    with the reason in %1, in the interface language); anything else is a bug and is raised again."""
    if isinstance(exc, Cancelled):
        status.setText(cancelled)
    elif isinstance(exc, ValidationFailed):
        model.set_result({}, exc.problems)
        status.setText(rejected)
    elif isinstance(exc, ExpectedError):
        reason = exc.text(QCoreApplication.translate) if hasattr(exc, "text") else str(exc)
        status.setText(cannot.replace("%1", reason))
    else:
        raise exc


class DryRunModel(QAbstractTableModel):
    """Lines of the dry run: per sheet what would be added, then every rejected cell and every warning."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[tuple[str, str, str, str, str]] = []

    def set_result(self, counts: dict, problems) -> None:
        self.beginResetModel()
        lines = []
        for p in problems:
            outcome = self.tr("rejected") if p.severity == "error" else self.tr("warning")
            sheet, row, col = split_where(p.where)
            lines.append((outcome, sheet, row, col, problem_text(p)))
        for entity, n in counts.items():
            if n:
                lines.append((self.tr("would be added"), entity, "", "", self.tr("%1 records").replace("%1", str(n))))
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.lines[index.row()][index.column()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < 5:
            return tr(HEADERS[section])
        return super().headerData(section, orientation, role)


def add_dry_run_controls(dialog, widths: tuple[int, int, int, int]) -> None:
    """The dry-run table and the Check / Import / Cancel / Close row with its progress bar and status line, as
    attributes of `dialog` (the records import and the own-spreadsheet mapping share them); the dialog has
    `check`, `run_import`, `cancel` and `reject`."""
    dialog.model = DryRunModel(dialog)
    dialog.table = QTableView()
    dialog.table.setModel(dialog.model)
    dialog.table.verticalHeader().setVisible(False)
    dialog.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
    for col, width in enumerate(widths):
        dialog.table.setColumnWidth(col, width)
    dialog.check_button = QPushButton(QCoreApplication.translate("DryRunControls", "&Check (dry run)"))
    dialog.check_button.clicked.connect(dialog.check)
    dialog.import_button = QPushButton(QCoreApplication.translate("DryRunControls", "&Import"))
    dialog.import_button.clicked.connect(lambda: dialog.run_import())
    dialog.cancel_button = QPushButton(QCoreApplication.translate("DryRunControls", "Cancel"))
    dialog.cancel_button.clicked.connect(dialog.cancel)
    dialog.close_button = QPushButton(QCoreApplication.translate("DryRunControls", "Close"))
    dialog.close_button.clicked.connect(dialog.reject)
    dialog.progress = QProgressBar()
    dialog.progress.setVisible(False)
    dialog.phase = QLabel()            # what the bar measures: phase and rows (import_run)
    dialog.phase.setVisible(False)
    dialog.status = QLabel(QCoreApplication.translate(
        "DryRunControls", "Nothing is written until you press Import; a single rejected cell imports nothing."))
    dialog.status.setWordWrap(True)


class ImportDialog(ImportRun, QDialog):
    """`service` (app_services.RecordService of the open database, which signs the import with its actor) is
    handed to the worker, which opens its own sessions; `profiles` (ProfileRepository) is passed on to the mapping
    dialog."""

    imported = Signal(dict)

    def __init__(self, service, *, profiles, today=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._today, self._profiles = service, today, profiles
        self.errors = 0
        self.setWindowTitle(self.tr("Import a records workbook"))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Choose the .xlsx workbook"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        add_dry_run_controls(self, (120, 170, 50, 140))
        self.import_button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(browse)
        top.addWidget(self.check_button)
        self.own_button = QPushButton(self.tr("From my own &spreadsheet…"))   # mapping_dialog
        self.own_button.clicked.connect(self.open_mapping)
        top.addWidget(self.own_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.phase)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.cancel_button.setEnabled(False)
        open_size(self, 900, 520)      # never more than the screen has

    def open_mapping(self):
        """The officer's own spreadsheet: match its columns to our fields (remembered), then the same import."""
        from commune_desk.ui.dialogs.mapping_dialog import MappingDialog

        dialog = MappingDialog(self._service, profiles=self._profiles, today=self._today, parent=self)
        dialog.imported.connect(self.imported)
        dialog.open()
        return dialog

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Records workbook"), str(Path.home()),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.path.setText(path)
            self.check()

    # ---- background work ----------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.import_button.setEnabled(False)

    def _failed(self, exc, _trace: str) -> None:
        from commune_desk.services.records.records_import import AlreadyImported

        if isinstance(exc, AlreadyImported):
            # The same workbook again: say when it came first; only an explicit "Import again" adds it twice.
            question = self.tr("Import it again anyway?")
            reason = exc.text(QCoreApplication.translate)
            answer = QMessageBox.question(
                self, self.tr("Already imported"), reason + "\n\n" + question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                self.run_import(again=True)
            else:
                self.status.setText(self.tr("Not imported again; nothing was changed."))
            return
        report_failure(exc, self.status, self.model, cancelled=self.tr("Cancelled; nothing was imported."),
                       rejected=self.tr("Rejected; nothing was imported."),
                       cannot=self.tr("The workbook cannot be imported: %1"))

    def check(self) -> None:
        path, service, today = self.path.text().strip(), self._service, self._today

        def job(progress, cancelled):
            result = service.import_records(path, dry_run=True, today=today, cancel=cancelled,
                                            progress=reporting(progress))
            if cancelled():
                raise Cancelled()
            return result

        self._start(job, self._checked, self.tr("Checking the workbook…"))

    def _checked(self, result) -> None:
        self.model.set_result(result.counts, result.problems)
        self.errors = sum(1 for p in result.problems if p.severity == "error")
        total = sum(result.counts.values())
        if self.errors:
            self.status.setText(self.tr("%1 cells rejected: correct the workbook and check again. Nothing was imported.")
                                .replace("%1", str(self.errors)))
        else:
            self.status.setText(self.tr("Ready: %1 records would be added.").replace("%1", str(total)))
        self.import_button.setEnabled(not self.errors and total > 0)

    def run_import(self, again: bool = False) -> None:
        path, service, today = self.path.text().strip(), self._service, self._today

        def job(progress, cancelled):
            # Cancel works in every phase up to the commit (ImportCancelled is a Cancelled): the check and the
            # write are one transaction
            return service.import_records(path, today=today, again=again, cancel=cancelled,
                                          progress=reporting(progress))

        self._start(job, self._imported, self.tr("Importing…"))

    def _imported(self, result) -> None:
        self.model.set_result({}, result.problems)
        self.status.setText(self.tr("Imported %1 records.").replace("%1", str(sum(result.counts.values()))))
        self.imported.emit(result.counts)
