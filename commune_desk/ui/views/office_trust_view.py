"""The office's "Trust list" area: units' certificates, registered after reading the fingerprint; replace, revoke."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from commune_desk.ui.cert_names import name_text
from commune_desk.ui.language import fmt_date


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


TRUST_STATUS = {
    "active": QT_TRANSLATE_NOOP("OfficeTrustView", "Active"),
    "replaced": QT_TRANSLATE_NOOP("OfficeTrustView", "Replaced"),
    "revoked": QT_TRANSLATE_NOOP("OfficeTrustView", "Revoked"),
}
STATUS_COLOURS = {"active": "#1e7e34", "replaced": "#6c757d", "revoked": "#b02a37"}


def trust_status_label(status: str) -> str:
    return QCoreApplication.translate("OfficeTrustView", TRUST_STATUS.get(status, status))


def grouped(fingerprint: str) -> str:
    """"AB12CD34…" -> "AB12 CD34 …" (the way the officer reads it to the unit over the phone)."""
    plain = fingerprint.replace(" ", "")
    return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))


class CertificateDialog(QDialog):
    """Shows a certificate with its fingerprint in groups; saving needs the officer to confirm the fingerprint.

    `save(unit_code, unit_name, reason)` does the work; an expected error is shown here and the dialog stays open.
    With `replacing` set (unit code, name) the code and name are fixed and a reason is required.
    """

    def __init__(self, path: Path, facts, info, save, *, replacing: tuple[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Replace the certificate") if replacing else self.tr("Register a certificate"))
        self.setMinimumWidth(620)
        intro = QLabel(self.tr("Read the fingerprint below to the unit over the phone and register the "
                               "certificate only when it matches the one the unit reads on its screen."))
        intro.setWordWrap(True)
        self.fingerprint_label = QLabel(grouped(facts.fingerprint))
        self.fingerprint_label.setObjectName("certFingerprint")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setStyleSheet("font-family: monospace; font-size: 13pt; font-weight: bold; "
                                             "padding: 6px; background: #eef3fb;")
        status = {"valid": self.tr("valid"), "expired": self.tr("expired"),
                  "not yet valid": self.tr("not yet valid")}.get(info.status, info.status)
        form = QFormLayout()
        form.addRow(self.tr("File:"), QLabel(str(path)))
        form.addRow(self.tr("Subject:"), QLabel(name_text(info.subject)))
        form.addRow(self.tr("Unit code in the certificate:"), QLabel(info.unit_code or self.tr("(none)")))
        form.addRow(self.tr("Valid:"), QLabel(f"{fmt_date(info.not_before.date())} – "
                                              f"{fmt_date(info.not_after.date())} ({status})"))
        form.addRow(self.tr("SHA-256 fingerprint:"), self.fingerprint_label)
        self.unit_code = QLineEdit(replacing[0] if replacing else (facts.unit_code or ""))
        self.unit_code.setObjectName("unitCode")
        self.unit_name = QLineEdit(replacing[1] if replacing else (facts.common_name or ""))
        self.unit_name.setObjectName("unitName")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        if replacing:
            self.unit_code.setReadOnly(True)
            self.unit_name.setReadOnly(True)
        form.addRow(self.tr("Unit code:"), self.unit_code)
        form.addRow(self.tr("Unit name:"), self.unit_name)
        if replacing:
            form.addRow(self.tr("Reason:"), self.reason)
        self.reason.setVisible(bool(replacing))
        self.confirm = QCheckBox(self.tr("The unit read me the same fingerprint"))
        self.confirm.setObjectName("confirmFingerprint")
        self.error = QLabel()
        self.error.setObjectName("certError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b02a37;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.confirm.toggled.connect(self.save_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        from commune_desk.domain.errors import ExpectedError, ValidationFailed
        from commune_desk.ui.problems import problem_text

        if not self.confirm.isChecked():
            self.error.setText(self.tr("Confirm the fingerprint with the unit first."))
            return
        try:
            self._save(self.unit_code.text(), self.unit_name.text(), self.reason.text())
        except ValidationFailed as exc:
            self.error.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        except ExpectedError as exc:
            self.error.setText(str(exc))
            return
        super().accept()


class ReasonDialog(QDialog):
    """Asks for the reason of a revocation; `save(reason)` does the work, errors stay in the dialog."""

    def __init__(self, title: str, text: str, save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        label = QLabel(text)
        label.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. the USB key with the signing key was lost"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b02a37;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from commune_desk.domain.errors import ExpectedError, ValidationFailed
        from commune_desk.ui.problems import problem_text

        try:
            self._save(self.reason.text())
        except ValidationFailed as exc:
            self.error.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        except ExpectedError as exc:
            self.error.setText(str(exc))
            return
        super().accept()


class OfficeTrustView(QWidget):
    """`office`: the office use cases (app_services.OfficeService, for the CA panel); `trust` (TrustRepository) and `cas`
    (CaTrustRepository): its lists. Emits `changed` after every saved change."""

    changed = Signal()
    COLUMNS = 7

    def __init__(self, office, *, trust, cas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repo = trust
        self.dialog: QDialog | None = None
        self.units = []
        heading = QLabel(self.tr("Trust list"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.add_button = QPushButton(self.tr("Register a certificate…"))
        self.replace_button = QPushButton(self.tr("Replace…"))
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.add_button.clicked.connect(lambda: self.register_certificate())
        self.replace_button.clicked.connect(lambda: self.replace_certificate())
        self.revoke_button.clicked.connect(lambda: self.revoke_certificate())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        for b in (self.add_button, self.replace_button, self.revoke_button):
            b.setMinimumHeight(32)
            top.addWidget(b)
        self.summary = QLabel()
        self.summary.setObjectName("trustSummary")
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("trustTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Unit code"), self.tr("Unit name"), self.tr("Status"), self.tr("SHA-256 fingerprint"),
            self.tr("Valid until"), self.tr("Registered"), self.tr("Reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in range(self.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        from commune_desk.ui.views.office_ca_panel import OfficeCaPanel

        self.ca_panel = OfficeCaPanel(office, cas=cas)
        self.ca_panel.changed.connect(self.changed.emit)
        layout.addWidget(self.ca_panel)
        self.refresh()

    # ---- the list -----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.units = self._repo.all()
        self.table.setRowCount(len(self.units))
        for r, u in enumerate(self.units):
            cells = [u.unit_code, u.unit_name, trust_status_label(u.status), grouped(u.fingerprint)[:19] + " …",
                     fmt_date(u.not_after.date()) if u.not_after else "",
                     fmt_date(u.added_at.date()) if u.added_at else "", u.reason]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setForeground(QColor(STATUS_COLOURS.get(u.status, "#000000")))
                if c == 3:
                    item.setToolTip(grouped(u.fingerprint))
                self.table.setItem(r, c, item)
        active = sum(1 for u in self.units if u.status == "active")
        self.summary.setText(self.tr("%1 units expected to report (active certificates); %2 certificates in all.")
                             .replace("%1", str(active)).replace("%2", str(len(self.units))))
        self._selection_changed()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.units[rows[0].row()] if rows else None

    def select_unit(self, unit_code: str) -> None:
        for r, u in enumerate(self.units):
            if u.unit_code == unit_code and u.status == "active":
                self.table.selectRow(r)
                return

    def _selection_changed(self) -> None:
        unit = self.selected()
        can_end = unit is not None and unit.status == "active"
        self.replace_button.setEnabled(can_end)
        self.revoke_button.setEnabled(can_end)

    # ---- changes ------------------------------------------------------------------------------------------------
    def _load(self, path: str | Path | None):
        """(path, facts, info) of a chosen certificate file, or None (cancelled or unreadable: said why)."""
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.office.office_intake import cert_facts, load_cert_file
        from commune_desk.services.packages.signing_keys import describe
        from commune_desk.ui.errors import show_expected

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the unit's certificate"), "",
                                                  self.tr("Certificates (*.pem *.cer *.crt)"))
            if not path:
                return None
        try:
            cert = load_cert_file(path)
            return Path(path), cert_facts(cert), describe(cert)
        except (ExpectedError, ValueError) as exc:
            show_expected(self, exc if isinstance(exc, ExpectedError) else ExpectedError(str(exc)))
            return None

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()

    def register_certificate(self, path: str | Path | None = None) -> CertificateDialog | None:
        """Show the chosen certificate (fingerprint in groups) in a dialog that registers it once confirmed."""
        loaded = self._load(path)
        if loaded is None:
            return None
        path, facts, info = loaded
        return self._open(CertificateDialog(path, facts, info,
                                            lambda code, name, _reason: self._repo.add(facts, code, name),
                                            parent=self))

    def replace_certificate(self, path: str | Path | None = None) -> CertificateDialog | None:
        unit = self.selected()
        if unit is None or unit.status != "active":
            return None
        loaded = self._load(path)
        if loaded is None:
            return None
        path, facts, info = loaded
        return self._open(CertificateDialog(
            path, facts, info, lambda _code, _name, reason: self._repo.replace(unit.unit_code, facts, reason),
            replacing=(unit.unit_code, unit.unit_name), parent=self))

    def revoke_certificate(self) -> ReasonDialog | None:
        unit = self.selected()
        if unit is None or unit.status != "active":
            return None
        text = self.tr("Revoke the certificate of %1 (%2)? No package signed with it will be trusted any more, "
                       "whatever its date. Say why:").replace("%1", unit.unit_name).replace("%2", unit.unit_code)
        return self._open(ReasonDialog(self.tr("Revoke a certificate"), text,
                                       lambda reason: self._repo.revoke(unit.unit_code, reason), parent=self))
