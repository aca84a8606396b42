"""The "Report packages" area: each period's state and packages, signing off the UI thread, amending, verifying."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
    QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from commune_desk.domain.periods import Period
from commune_desk.ui.language import fmt_datetime, period_name
from commune_desk.ui.operations import run_in_background
from commune_desk.ui.views.package_empty import EmptySigningMixin
from commune_desk.ui.views.package_verify_panel import PackageVerifyMixin
from commune_desk.ui.views.report_view import report_periods
from commune_desk.ui.views.list_parts import saved_bar_under


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


def default_key_path() -> Path:
    from commune_desk.paths import data_dir

    return data_dir() / "signing-key.p12"


class PackageView(EmptySigningMixin, PackageVerifyMixin, QWidget):
    """`service` and `reporting`: the package and report use cases of the open database (app_services); `key_path`:
    the unit's .p12 (created by the keys wizard when missing)."""

    periodSigned = Signal(object)       # period_lifecycle.SignResult
    periodAmended = Signal(str)
    receiptImported = Signal(object)    # domain.loop.Receipt
    volumes = None                      # removable drives for the receipt dialog (tests set their own)

    def __init__(self, service, *, reporting, receipts, profiles, today: Callable[[], date] = date.today,
                 key_path: Path | None = None, chart=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._reporting = service, reporting
        self._today, self._chart = today, chart  # chart: renderer (app.py)
        self._receipts, self._profiles = receipts, profiles
        self.key_path = Path(key_path) if key_path else default_key_path()
        self.identity = None
        self.operation = None
        self.last_result = None
        self.verify_result = None
        self.statuses = {}

        heading = QLabel(self.tr("Report packages"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.key_label = QLabel()
        self.key_label.setObjectName("keyLabel")
        self.key_label.setWordWrap(True)
        self.keys_button = QPushButton(self.tr("Signing key…"))
        self.keys_button.clicked.connect(self.open_keys_wizard)
        self.token_button = QPushButton(self.tr("USB token…"))
        self.token_button.setObjectName("tokenButton")
        self.token_button.clicked.connect(lambda: self.open_token_dialog())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.keys_button)
        top.addWidget(self.token_button)

        self.periods = _table([self.tr("Period"), self.tr("State"), self.tr("Revision"), self.tr("Data locked"),
                               self.tr("Package SHA-256"), self.tr("Office")], "periodStates")
        self.periods.itemSelectionChanged.connect(self._show_packages)
        self.packages = _table([self.tr("When"), self.tr("Event"), self.tr("Revision"), self.tr("File"),
                                self.tr("SHA-256"), self.tr("Reason")], "periodPackages")
        self.sign_button = QPushButton(self.tr("Sign and package…"))
        self.sign_button.clicked.connect(lambda: self.sign_selected())
        self.amend_button = QPushButton(self.tr("Amend…"))
        self.amend_button.clicked.connect(lambda: self.amend_selected())
        self.verify_button = QPushButton(self.tr("Verify a package file…"))
        self.verify_button.clicked.connect(lambda: self.verify_file())
        self.receipt_button = QPushButton(self.tr("Import receipt…"))
        self.receipt_button.setObjectName("importReceipt")
        self.receipt_button.clicked.connect(lambda: self.import_receipt())
        actions = QHBoxLayout()
        for b in (self.sign_button, self.amend_button, self.verify_button, self.receipt_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("packageStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checks = _table([self.tr("Check"), self.tr("Result"), self.tr("File"), self.tr("Detail")],
                             "verifyChecks")
        self.verify_summary = QLabel()
        self.verify_summary.setWordWrap(True)
        verify_box = QGroupBox(self.tr("Verification"))
        vlay = QVBoxLayout(verify_box)
        vlay.addWidget(self.verify_summary)
        vlay.addWidget(self.checks)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.key_label)
        layout.addWidget(self.periods, 2)
        layout.addWidget(QLabel(self.tr("Packages and amendments of the selected period:")))
        layout.addWidget(self.packages, 1)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(verify_box, 2)
        self.refresh()

    # ---- listing ---------------------------------------------------------------------------------------------
    def state_text(self, st) -> str:
        if st.state == "signed":
            return self.tr("signed, revision %1").replace("%1", str(st.revision))
        if st.state == "amended":
            return self.tr("amended (revision %1 reopened)").replace("%1", str(st.revision))
        return self.tr("draft")

    def refresh(self) -> None:
        from commune_desk.domain.period_state import PeriodState
        selected = self.selected_period()
        self.statuses = {s.state.period: s for s in self._service.status()}
        codes = {p.code for p in report_periods(self._today().year)} | set(self.statuses)
        self._codes = sorted(codes, key=lambda c: (Period.parse(c).end, Period.parse(c).start), reverse=True)
        rows, receipts = [], self._receipts
        for code in self._codes:
            entry = self.statuses.get(code)
            st = entry.state if entry else PeriodState(code)
            window = (f"{st.window_start:%d/%m/%Y} – {st.window_end:%d/%m/%Y}" if st.state == "signed"
                      and st.window_start else "")
            rows.append([period_name(Period.parse(code)), self.state_text(st), str(st.revision or ""), window,
                         st.digest[:16], self.acknowledged_text(receipts.acknowledgement(code))])
        _fill(self.periods, rows)
        for r, row in enumerate(rows):
            if row[5]:
                self.periods.item(r, 5).setForeground(Qt.GlobalColor.darkGreen)
        if selected in self._codes:
            self.periods.selectRow(self._codes.index(selected))
        self._show_packages()
        self._show_key()

    def acknowledged_text(self, receipt) -> str:
        """"acknowledged by the office on 12/10/2026 (accepted)", or "" when no receipt was imported."""
        if receipt is None:
            return ""
        from commune_desk.ui.views.office_comments import local_day

        status = self.tr("accepted") if receipt.status == "accepted" else self.tr("has issues")
        text = (self.tr("acknowledged by the office on %1 (%2, revision %3)").replace("%1", local_day(receipt.issued_at))
                .replace("%2", status).replace("%3", str(receipt.revision)))
        return text + (" — " + self.tr("%1 comment(s)").replace("%1", str(len(receipt.comments)))
                       if receipt.comments else "")

    def import_receipt(self, volumes=None):
        """Open the receipt import dialog; the periods are refreshed after each import (`self.receipt_dialog`)."""
        from commune_desk.ui.dialogs.receipt_import_dialog import ReceiptImportDialog

        self.receipt_dialog = ReceiptImportDialog(self._service, volumes=volumes or self.volumes,
                                                  parent=self)
        self.receipt_dialog.imported.connect(lambda r: (self.refresh(), self.receiptImported.emit(r)))
        self.receipt_dialog.open()
        return self.receipt_dialog

    def state_of(self, code: str):
        return self._service.state_of(code)

    def select(self, code: str) -> None:
        self.periods.selectRow(self._codes.index(code))

    def selected_period(self) -> str | None:
        rows = self.periods.selectionModel().selectedRows() if self.periods.selectionModel() else []
        return self._codes[rows[0].row()] if rows else None

    def _show_packages(self) -> None:
        code = self.selected_period()
        entry = self.statuses.get(code) if code else None
        events = {"signed": self.tr("signed"), "amended": self.tr("amended")}
        checked = self.verify_result
        valid_name = Path(checked.path).name if checked is not None and checked.valid else None
        rows = []
        for p in (entry.packages if entry else ()):
            event = events.get(p.event, p.event)
            if p.event == "signed" and p.package_name == valid_name:   # the file checked here, found valid
                event = self.tr("signed — checked: VALID")
            rows.append([fmt_datetime(p.at), event, str(p.revision), p.package_name, p.sha256[:16], p.reason])
        _fill(self.packages, rows)

    def _show_key(self) -> None:
        if self.identity is not None:
            from commune_desk.services.packages.signing_keys import describe

            info = describe(self.identity.cert)
            text = (self.tr("USB token %1, key %2: %3 (unit code %4), fingerprint %5")
                    .replace("%1", self.identity.token_label).replace("%2", self.identity.label)
                    if getattr(self.identity, "token_label", "") else self.tr("Signing key: %3 (unit code %4), "
                                                                             "fingerprint %5"))
            self.key_label.setText(text.replace("%3", info.common_name).replace(
                "%4", info.unit_code or getattr(self.identity, "unit_code", "")).replace("%5", info.fingerprint))
        elif self.key_path.exists():
            self.key_label.setText(self.tr("Signing key: %1 (its password is asked when signing)")
                                   .replace("%1", str(self.key_path)))
        else:
            self.key_label.setText(self.tr("No signing key yet: create or import one with \"Signing key…\", or sign with a USB token."))

    # ---- keys --------------------------------------------------------------------------------------------------
    def open_keys_wizard(self):
        from commune_desk.ui.dialogs.keys_wizard import KeysWizard

        self.wizard = KeysWizard(self.key_path, self._profiles.get(), parent=self)
        self.wizard.keyReady.connect(self.set_identity)
        self.wizard.open()
        return self.wizard

    def set_identity(self, identity) -> None:
        self.release_token()
        self.identity = identity
        self._show_key()

    def open_token_dialog(self):
        """Choose the USB token and type its PIN; the token then signs the next package (and is logged out)."""
        from commune_desk.ui.dialogs.token_dialog import TokenDialog

        self.token_dialog = TokenDialog(self._profiles, self._profiles.get().unit_code, parent=self)
        self.token_dialog.tokenReady.connect(self.set_identity)
        self.token_dialog.open()
        return self.token_dialog

    def release_token(self) -> None:
        """Log out of the token after a signing (the PIN is asked again next time); a key file stays unlocked."""
        if self.identity is not None and hasattr(self.identity, "close"):
            self.identity.close()
            self.identity = None
            self._show_key()

    def unlock_key(self, password: str | None = None) -> bool:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.packages.signing_keys import load_p12

        if not self.key_path.exists():
            self.status.setText(self.tr("No signing key yet: create or import one with \"Signing key…\", or sign with a USB token."))
            return False
        if password is None:
            password, ok = QInputDialog.getText(self, self.tr("Signing key"), self.tr("Password of the key file:"),
                                                QLineEdit.EchoMode.Password)
            if not ok:
                return False
        try:
            self.set_identity(load_p12(self.key_path, password))
        except ExpectedError as exc:
            from commune_desk.ui.problems import error_text

            self.status.setText(self.tr("The key cannot be used: %1").replace("%1", error_text(exc)))
            return False
        return True

    # ---- signing and amending ----------------------------------------------------------------------------------
    def sign_selected(self, out_dir: str | Path | None = None, password: str | None = None, confirm=None) -> bool:
        """Sign the selected period into `out_dir` (asked for when None) once `confirm(preview)` says yes (the
        confirmation dialog when None); the work runs off the UI thread and the new package is then verified."""
        from commune_desk.ui.dialogs.sign_confirm_dialog import confirm_signing, signing_preview

        code = self.selected_period()
        if code is None:
            self.status.setText(self.tr("Choose a period first."))
            return False
        if self.state_of(code).state == "signed":
            self.status.setText(self.tr("%1 is already signed. To issue a corrected package, amend it first "
                                        "(with the reason).").replace("%1", period_name(Period.parse(code))))
            return False
        preview, refused = signing_preview(self._service, code, self._today())
        if preview is None:
            self.status.setText(self.tr("Not signed: %1").replace("%1", refused))
            return False
        if not self._confirm_if_empty(Period.parse(code)):  # a period without records: asked before the rest
            return False
        if not (confirm or confirm_signing)(self, preview):
            self.status.setText(self.tr("Not signed: nothing was locked."))
            return False
        if self.identity is None and not self.unlock_key(password):
            return False
        if out_dir is None:
            out_dir = QFileDialog.getExistingDirectory(self, self.tr("Save the package into"), str(Path.home()))
            if not out_dir:
                return False
        service, identity, period, day = self._service, self.identity, Period.parse(code), self._today()

        def job(progress, cancelled, chart=self._chart):  # the renderer copied now, like the rest
            return service.sign(period, Path(out_dir), identity, day=day, chart=chart,
                                progress=lambda pct, msg: progress(pct, 100, msg))

        self._busy(True)
        self.status.setText(self.tr("Writing, signing and checking the package…"))
        self.operation = run_in_background(job, on_success=self._signed, on_failure=self._failed,
                                           on_progress=lambda d, t, _m: self.progress.setValue(d),
                                           on_finished=self._after_sign, parent=self)
        return True

    def _after_sign(self) -> None:
        self._busy(False)
        path, self._verify_next = getattr(self, "_verify_next", None), None
        if path is not None:        # listed as verified at once: the checks of the new file fill the box below
            self.verify_file(path)

    def _busy(self, busy: bool) -> None:
        for b in (self.sign_button, self.amend_button, self.verify_button, self.keys_button, self.token_button):
            b.setEnabled(not busy)
        self.progress.setVisible(busy)

    def busy(self) -> bool:
        return self.operation is not None and self.operation.running

    def _signed(self, result) -> None:
        self.last_result, self._verify_next = result, result.path
        self.release_token()
        self.refresh()
        self.status.setText(self.tr("Signed %1, revision %2: %3 (read back and verified; it is safe to remove a "
                                    "USB stick). Records dated %4 to %5 are now locked.")
                            .replace("%1", period_name(Period.parse(result.period))).replace("%2", str(result.revision))
                            .replace("%3", str(result.path)).replace("%4", f"{result.window[0]:%d/%m/%Y}")
                            .replace("%5", f"{result.window[1]:%d/%m/%Y}"))
        saved_bar_under(self, self.status).show_saved(result.path)  # with "Mở thư mục"
        self.periodSigned.emit(result)

    def _failed(self, exc, tb: str) -> None:
        from commune_desk.domain.errors import ExpectedError

        from commune_desk.ui.problems import error_text

        self.release_token()
        if isinstance(exc, (ExpectedError, OSError)):
            self.status.setText(self.tr("Failed: %1").replace("%1", error_text(exc)))
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        self.refresh()

    def amend_selected(self, reason: str | None = None) -> bool:
        """Reopen the selected signed period; the stated reason goes to the audit log and the ledger."""
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.packages.period_lifecycle import MIN_REASON

        code = self.selected_period()
        if code is None:
            self.status.setText(self.tr("Choose a period first."))
            return False
        if self.state_of(code).state != "signed":
            self.status.setText(self.tr("Only a signed period can be amended."))
            return False
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(
                self, self.tr("Amend"), self.tr("Why must %1 be corrected? The reason is kept in the audit log.")
                .replace("%1", period_name(Period.parse(code))))
            if not ok:
                return False
        if len(" ".join(reason.split())) < MIN_REASON:
            self.status.setText(self.tr("Not amended: state the reason (at least %1 characters).")
                                .replace("%1", str(MIN_REASON)))
            return False
        try:
            self._service.amend(code, reason)
        except ExpectedError as exc:
            self.status.setText(self.tr("Not amended: %1").replace("%1", str(exc)))
            return False
        self.refresh()
        self.status.setText(self.tr("%1 reopened: its records can be corrected; sign it again to issue the next "
                                    "revision.").replace("%1", period_name(Period.parse(code))))
        self.periodAmended.emit(code)
        return True
