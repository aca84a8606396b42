"""The office's "Package intake" area: take in a folder or a removable drive off the UI thread; the ledger per period."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from commune_desk.ui.views.list_parts import over_under
from commune_desk.ui.language import period_code_name
from commune_desk.ui.problems import translate_reason


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


STATE_LABELS = {
    "accepted": QT_TRANSLATE_NOOP("OfficeIntakeView", "Accepted"),
    "superseded": QT_TRANSLATE_NOOP("OfficeIntakeView", "Superseded"),
    "duplicate": QT_TRANSLATE_NOOP("OfficeIntakeView", "Duplicate"),
    "conflict": QT_TRANSLATE_NOOP("OfficeIntakeView", "Conflict"),
    "invalid": QT_TRANSLATE_NOOP("OfficeIntakeView", "Invalid"),
    "untrusted": QT_TRANSLATE_NOOP("OfficeIntakeView", "Untrusted"),
    "demo": QT_TRANSLATE_NOOP("OfficeIntakeView", "Demo data"),
}
STATE_COLOURS = {"accepted": "#1e7e34", "superseded": "#6c757d", "duplicate": "#6c757d", "conflict": "#b02a37",
                 "invalid": "#b02a37", "untrusted": "#b02a37", "demo": "#7a5200"}
LEDGER_COLUMNS = 9


def state_label(state: str) -> str:
    return QCoreApplication.translate("OfficeIntakeView", STATE_LABELS.get(state, state))


def _local(when) -> str:
    if when is None:
        return ""
    from commune_desk.domain.office import VN_TZ

    return when.astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M")


def ledger_table(name: str) -> QTableWidget:
    table = QTableWidget(0, LEDGER_COLUMNS)
    table.setObjectName(name)
    headers = (QT_TRANSLATE_NOOP("OfficeIntakeView", "File"), QT_TRANSLATE_NOOP("OfficeIntakeView", "Unit code"),
               QT_TRANSLATE_NOOP("OfficeIntakeView", "Unit name"), QT_TRANSLATE_NOOP("OfficeIntakeView", "Period"),
               QT_TRANSLATE_NOOP("OfficeIntakeView", "Revision"), QT_TRANSLATE_NOOP("OfficeIntakeView", "State"),
               QT_TRANSLATE_NOOP("OfficeIntakeView", "Reason"), QT_TRANSLATE_NOOP("OfficeIntakeView", "Signed"),
               QT_TRANSLATE_NOOP("OfficeIntakeView", "Received"))
    table.setHorizontalHeaderLabels([QCoreApplication.translate("OfficeIntakeView", h) for h in headers])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for col in range(LEDGER_COLUMNS):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
    return table


def fill_ledger(table: QTableWidget, entries) -> None:
    table.setRowCount(len(entries))
    for r, e in enumerate(entries):
        cells = [Path(e.source).name, e.unit_code, e.unit_name, e.period, str(e.revision or ""),
                 state_label(e.state), translate_reason(e.reason), _local(e.signed_at), _local(e.received_at)]
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setToolTip(e.source)
            if c == 5:
                item.setData(Qt.ItemDataRole.UserRole, e.state)
                item.setForeground(QColor(STATE_COLOURS.get(e.state, "#000000")))
            if c == 6:
                item.setToolTip(cells[6])
            table.setItem(r, c, item)


def default_volumes():
    from commune_desk.services.protection.removable import removable_volumes
    from commune_desk.ui.dialogs.plan_import_dialog import mounted_volumes

    return removable_volumes(mounted_volumes())


class OfficeIntakeView(QWidget):
    """`service`: the office use cases of the office database (app_services.OfficeService); `ledger`: its
    IntakeLedger; `volumes`: returns the removable drives (tests give
    their own).

    `intakeFinished(summary)` is emitted on the GUI thread when a run ends (also when it was cancelled).
    """

    intakeFinished = Signal(object)

    def __init__(self, service, *, ledger, volumes: Callable[[], list] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._ledger = ledger
        self._volumes = volumes or default_volumes
        self.operation = None
        self._busy = False
        self.last_folder: Path | None = None
        self.last_summary = None
        self.entries = []
        heading = QLabel(self.tr("Package intake"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.folder_button = QPushButton(self.tr("Take in a folder…"))
        self.drive_combo = QComboBox()
        self.drive_combo.setObjectName("driveCombo")
        self.drive_combo.setMinimumWidth(200)
        self.drive_button = QPushButton(self.tr("Take in from the drive"))
        self.rescan_button = QPushButton(self.tr("Find drives"))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.folder_button.clicked.connect(lambda: self.choose_folder())
        self.drive_button.clicked.connect(self._take_drive)
        self.rescan_button.clicked.connect(self.find_drives)
        self.resume_button.clicked.connect(self.resume)
        self.cancel_button.clicked.connect(self.cancel)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        for w in (self.folder_button, self.drive_combo, self.drive_button, self.rescan_button):
            top.addWidget(w)
        self.progress = QProgressBar()
        self.progress.setObjectName("intakeProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("%v / %m")
        self.status = QLabel(self.tr("Choose the folder or the USB stick with the packages received."))
        self.status.setObjectName("intakeStatus")
        self.status.setWordWrap(True)
        run_row = QHBoxLayout()
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.resume_button)
        run_row.addWidget(self.cancel_button)

        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("stateCombo")
        self.state_combo.addItem(self.tr("All states"), None)
        for state in STATE_LABELS:
            self.state_combo.addItem(state_label(state), state)
        self.period_combo.currentIndexChanged.connect(lambda *_: self.show_ledger())
        self.state_combo.currentIndexChanged.connect(lambda *_: self.show_ledger())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Period:")))
        filters.addWidget(self.period_combo)
        filters.addWidget(QLabel(self.tr("State:")))
        filters.addWidget(self.state_combo)
        filters.addStretch(1)
        self.receipt_button = QPushButton(self.tr("Write receipt…"))
        self.receipt_button.setObjectName("writeReceipt")
        self.receipt_button.setEnabled(False)
        self.receipt_button.clicked.connect(lambda: self.write_receipt())
        filters.addWidget(self.receipt_button)
        self.counts = QLabel()
        self.counts.setObjectName("ledgerCounts")
        filters.addWidget(self.counts)

        self.table = ledger_table("ledgerTable")
        self.table.itemSelectionChanged.connect(self.show_history)
        self.history_label = QLabel(self.tr("History of the selected unit and period"))
        self.history_label.setStyleSheet("font-weight: bold;")
        self.history = ledger_table("historyTable")
        split = over_under(self.table, [self.history_label, self.history], (3, 1))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        self._set_running(False)
        self.find_drives()
        self.refresh()

    # ---- running an intake --------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """True from the start of a job until its result has been shown (the worker may end a moment earlier)."""
        return self._busy

    def _set_running(self, running: bool) -> None:
        for w in (self.folder_button, self.drive_button, self.rescan_button, self.drive_combo):
            w.setEnabled(not running)
        self.drive_button.setEnabled(not running and self.drive_combo.currentData() is not None)
        self.cancel_button.setVisible(running)
        self.resume_button.setVisible(not running and bool(self.last_summary and self.last_summary.cancelled))

    def find_drives(self) -> None:
        self.drive_combo.clear()
        try:
            volumes = self._volumes()
        except OSError:
            volumes = []
        for v in volumes:
            self.drive_combo.addItem(f"{v.name or v.root} ({v.root})", v.root)
        if not volumes:
            self.drive_combo.addItem(self.tr("No removable drive"), None)
        self.drive_button.setEnabled(not self.running and self.drive_combo.currentData() is not None)

    def _take_drive(self) -> None:
        root = self.drive_combo.currentData()
        if root:
            self.start_intake(root)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder of received packages"),
                                                  str(self.last_folder or Path.home()))
        if folder:
            self.start_intake(folder)

    def start_intake(self, folder) -> bool:
        """Take in every package under `folder` in the background; False when a run is already going."""
        from commune_desk.ui.operations import run_in_background

        if self.running:
            return False
        self.last_folder = Path(folder)
        service = self._service

        def job(progress, cancelled):
            def report(done, total, file, state):
                progress(done, total, f"{Path(file).name}\t{state}")
            return service.intake_folder(folder, progress=report, cancel=cancelled)

        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Looking for packages in %1…").replace("%1", str(folder)))
        self._busy = True
        self.operation = run_in_background(job, on_success=self._done, on_failure=self._failed,
                                           on_progress=self._progress, parent=self)
        self._set_running(True)
        return True

    def cancel(self) -> None:
        if self.running:
            self.operation.cancel()
            self.status.setText(self.tr("Stopping after the current package…"))

    def resume(self) -> bool:
        """Run the last folder again: what was recorded is skipped, the rest is taken in."""
        return self.last_folder is not None and self.start_intake(self.last_folder)

    def _progress(self, done: int, total: int, text: str) -> None:
        name, _, state = text.partition("\t")
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        label = self.tr("already recorded") if state == "skipped" else (
            self.tr("verified") if state == "verified" else state_label(state))
        self.status.setText(self.tr("%1 of %2: %3 — %4").replace("%1", str(done)).replace("%2", str(total))
                            .replace("%3", name).replace("%4", label))

    def _done(self, summary) -> None:
        self._busy = False
        self.last_summary = summary
        parts = [f"{state_label(s)}: {n}" for s, n in summary.counts.items() if n]
        if summary.skipped:
            parts.append(self.tr("already recorded: %1").replace("%1", str(summary.skipped)))
        text = ", ".join(parts) or self.tr("no package found")
        if summary.cancelled:
            self.status.setText(self.tr("Stopped. %1. Press Resume to take in the rest; what was recorded is "
                                        "kept.").replace("%1", text))
        else:
            self.status.setText(self.tr("Done. %1.").replace("%1", text))
            if summary.total == 0:
                self.progress.setRange(0, 1)
        self._set_running(False)
        self.refresh()
        self.intakeFinished.emit(summary)

    def _failed(self, exc, trace: str) -> None:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.ui.errors import show_expected

        self._busy = False
        self.progress.setRange(0, 1)
        self.last_summary = None
        self._set_running(False)
        self.refresh()
        if isinstance(exc, ExpectedError):
            self.status.setText(str(exc))
            show_expected(self, exc)
            return
        raise exc

    # ---- the ledger ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the periods (newest first) and the ledger of the chosen period (all periods at first)."""
        current = self.period_combo.currentData()
        periods = sorted(self._ledger.periods(), reverse=True)
        blocked = self.period_combo.blockSignals(True)
        self.period_combo.clear()
        self.period_combo.addItem(self.tr("All periods"), None)
        for p in periods:
            self.period_combo.addItem(period_code_name(p), p)
        index = self.period_combo.findData(current) if current in periods else -1
        self.period_combo.setCurrentIndex(max(index, 0))
        self.period_combo.blockSignals(blocked)
        self.show_ledger()

    def show_ledger(self) -> None:
        period, state = self.period_combo.currentData(), self.state_combo.currentData()
        self.entries = self._ledger.entries(period, (state,) if state else None)
        fill_ledger(self.table, self.entries)
        by_state: dict[str, int] = {}
        for e in self.entries:
            by_state[e.state] = by_state.get(e.state, 0) + 1
        self.counts.setText(" · ".join(f"{state_label(s)}: {n}" for s, n in by_state.items()))
        self.show_history()

    def states_shown(self) -> dict[str, str]:
        """File name -> state of the rows in the ledger table (what the officer sees)."""
        return {self.table.item(r, 0).text(): self.table.item(r, 5).data(Qt.ItemDataRole.UserRole)
                for r in range(self.table.rowCount())}

    def show_history(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        entry = self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) else None
        self.receipt_button.setEnabled(bool(entry and entry.unit_code and entry.period and entry.revision))
        if entry is None or not entry.unit_code:
            self.history_label.setText(self.tr("History of the selected unit and period"))
            fill_ledger(self.history, [])
            return
        self.history_label.setText(self.tr("History of %1 (%2) for %3").replace("%1", entry.unit_name or "")
                                   .replace("%2", entry.unit_code).replace("%3", entry.period))
        fill_ledger(self.history, self._ledger.history(entry.unit_code, entry.period))

    def selected_entry(self):
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) else None

    def write_receipt(self):
        """Open the receipt dialog for the selected ledger row (kept in `self.receipt_dialog`, shown non-modal)."""
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.loop.receipt_desk import package_indicators
        from commune_desk.ui.dialogs.receipt_write_dialog import ReceiptWriteDialog

        entry = self.selected_entry()
        if entry is None or not entry.unit_code:
            self.status.setText(self.tr("Choose a package in the ledger first."))
            return None
        try:
            package = self._service.package_file(entry)
        except ExpectedError as exc:
            self.status.setText(str(exc))
            return None
        self.receipt_dialog = ReceiptWriteDialog(self._service, entry, package, package_indicators(package),
                                                 volumes=self._volumes, parent=self)
        self.receipt_dialog.open()
        return self.receipt_dialog

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until the running intake ended (shutdown and tests); the signals still arrive via the loop."""
        return self.operation is None or self.operation.wait(timeout)

