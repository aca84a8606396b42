"""The trust list's certificate authorities: trust a CA for some units (after checking its fingerprint), import CRLs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from commune_desk.ui.cert_names import name_text
from commune_desk.ui.language import fmt_date


def _grouped(fingerprint: str) -> str:
    return " ".join(fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4))


class CaDialog(QDialog):
    """Shows a CA certificate and asks for its units; `save(units_text)` does the work, errors stay here."""

    def __init__(self, path: Path, cert, save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from commune_desk.services.packages.signing_keys import describe

        self._save = save
        info = describe(cert)
        self.setWindowTitle(self.tr("Trust a certificate authority"))
        self.setMinimumWidth(620)
        intro = QLabel(self.tr("Packages signed with certificates this authority issued will be trusted for the "
                               "units you list. Compare the fingerprint with the one the authority publishes."))
        intro.setWordWrap(True)
        fingerprint = QLabel(info.fingerprint)
        fingerprint.setObjectName("caFingerprint")
        fingerprint.setWordWrap(True)
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprint.setStyleSheet("font-family: monospace; font-size: 12pt; font-weight: bold; padding: 4px; "
                                  "background: #eef3fb;")
        self.units = QLineEdit()
        self.units.setObjectName("caUnits")
        self.units.setPlaceholderText(self.tr("unit codes separated by commas, e.g. 26761, 26764"))
        self.all_units = QCheckBox(self.tr("every unit"))
        self.all_units.setObjectName("caAllUnits")
        self.all_units.toggled.connect(lambda on: self.units.setEnabled(not on))
        form = QFormLayout()
        form.addRow(self.tr("File:"), QLabel(str(path)))
        form.addRow(self.tr("Authority:"), QLabel(name_text(info.subject)))
        form.addRow(self.tr("Valid:"), QLabel(f"{fmt_date(info.not_before.date())} – {fmt_date(info.not_after.date())}"))
        form.addRow(self.tr("SHA-256 fingerprint:"), fingerprint)
        form.addRow(self.tr("Trusted for units:"), self.units)
        form.addRow("", self.all_units)
        self.confirm = QCheckBox(self.tr("The fingerprint matches the authority's published one"))
        self.confirm.setObjectName("caConfirm")
        self.error = QLabel()
        self.error.setObjectName("caError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b02a37;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from commune_desk.domain.errors import ExpectedError, ValidationFailed
        from commune_desk.ui.problems import error_text, problem_text

        if not self.confirm.isChecked():
            self.error.setText(self.tr("Compare the fingerprint with the authority's first."))
            return
        try:
            self._save("*" if self.all_units.isChecked() else self.units.text())
        except ValidationFailed as exc:
            self.error.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        except ExpectedError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()


class OfficeCaPanel(QGroupBox):
    """Trusted CAs and imported CRLs of the office database (read through `cas`, a CaTrustRepository, changed
    through `office`, its app_services.OfficeService); emits `changed` after each saved change."""

    changed = Signal()

    def __init__(self, office, *, cas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Certificate authorities"))
        self._office, self._cas = office, cas
        self.dialog: QDialog | None = None
        self.add_button = QPushButton(self.tr("Trust a certificate authority…"))
        self.add_button.setObjectName("trustCa")
        self.add_button.clicked.connect(lambda: self.trust_ca())
        self.crl_button = QPushButton(self.tr("Import a revocation list (CRL)…"))
        self.crl_button.setObjectName("importCrl")
        self.crl_button.clicked.connect(lambda: self.import_crl())
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("caTable")
        self.table.setHorizontalHeaderLabels([self.tr("Authority"), self.tr("Units"), self.tr("Status"),
                                              self.tr("Valid until"), self.tr("SHA-256 fingerprint")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(140)
        self.crls = QLabel()
        self.crls.setObjectName("crlSummary")
        self.crls.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("caMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.crl_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.crls)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        repo = self._cas
        cas = repo.all()
        self.table.setRowCount(len(cas))
        status = {"active": self.tr("Trusted"), "removed": self.tr("Removed")}
        for r, ca in enumerate(cas):
            units = self.tr("every unit") if ca.units is None else ", ".join(sorted(ca.units))
            cells = [ca.name, units, status.get(ca.status, ca.status),
                     fmt_date(ca.not_after.date()) if ca.not_after else "", _grouped(ca.fingerprint)[:19] + " …"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setToolTip(_grouped(ca.fingerprint))
                self.table.setItem(r, c, item)
        crls = repo.crls()
        self.crls.setText(self.tr("Revocation lists imported: %1 (%2 certificates revoked).")
                          .replace("%1", str(len(crls))).replace("%2", str(sum(c.revoked_count for c in crls)))
                          if crls else self.tr("No revocation list (CRL) imported."))

    def trust_ca(self, path: str | Path | None = None) -> CaDialog | None:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.office.office_ca import check_ca_certificate
        from commune_desk.services.office.office_intake import load_cert_file
        from commune_desk.ui.problems import error_text

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the authority's certificate"), "",
                                                  self.tr("Certificates (*.pem *.cer *.crt)"))
            if not path:
                return None
        try:
            cert = load_cert_file(path)
            check_ca_certificate(cert)
        except ExpectedError as exc:
            self.message.setText(error_text(exc))
            return None
        self.dialog = CaDialog(Path(path), cert, lambda units: self._office.add_ca(path, units), self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def import_crl(self, path: str | Path | None = None) -> bool:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.ui.problems import error_text

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the revocation list"), "",
                                                  self.tr("Revocation lists (*.crl *.pem *.der)"))
            if not path:
                return False
        try:
            crl, new, _checked_by = self._office.import_crl(path)
        except ExpectedError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.setText(self.tr("Revocation list of %1 imported: %2 certificates revoked.")
                             .replace("%1", crl.issuer).replace("%2", str(crl.revoked_count)) if new else
                             self.tr("This revocation list was imported before; nothing changed."))
        self._saved()
        return new

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()
