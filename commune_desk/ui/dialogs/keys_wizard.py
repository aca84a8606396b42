"""The unit's signing key: create one (or import a provider's .p12/.pfx), see its certificate, export it for the office."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QTabWidget, QVBoxLayout, QWidget,
)

MIN_PASSWORD = 8


def _password() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class KeysWizard(QDialog):
    """`key_path`: where the unit's key file lives; `profile`: gives the official name and unit code."""

    keyReady = Signal(object)      # signing_keys.SigningIdentity

    def __init__(self, key_path: Path, profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_path = Path(key_path)
        self.identity = None
        self.info = None
        self.setWindowTitle(self.tr("Signing key"))

        self.name = QLineEdit(profile.official_name or profile.name)
        self.unit_code = QLineEdit(profile.unit_code)
        self.password, self.repeat = _password(), _password()
        self.create_button = QPushButton(self.tr("Create the key"))
        self.create_button.clicked.connect(lambda: self.create_key())
        create = QWidget()
        form = QFormLayout(create)
        form.addRow(self.tr("Unit's official name:"), self.name)
        form.addRow(self.tr("Unit code:"), self.unit_code)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Password again:"), self.repeat)
        form.addRow("", self.create_button)

        self.source = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(browse)
        self.import_password = _password()
        self.import_button = QPushButton(self.tr("Import the key"))
        self.import_button.clicked.connect(lambda: self.import_key())
        imp = QWidget()
        form = QFormLayout(imp)
        form.addRow(self.tr(".p12/.pfx file:"), source_row)
        form.addRow(self.tr("Its password:"), self.import_password)
        form.addRow("", self.import_button)

        self.open_password = _password()
        self.open_button = QPushButton(self.tr("Show"))
        self.open_button.clicked.connect(lambda: self.open_key())
        existing = QWidget()
        form = QFormLayout(existing)
        form.addRow(self.tr("Key file:"), QLabel(str(self.key_path)))
        form.addRow(self.tr("Password:"), self.open_password)
        form.addRow("", self.open_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(create, self.tr("Create a new key"))
        self.tabs.addTab(imp, self.tr("Import a .p12/.pfx"))
        self.tabs.addTab(existing, self.tr("The existing key"))
        if self.key_path.exists():
            self.tabs.setCurrentIndex(2)

        self.message = QLabel()
        self.message.setObjectName("keysMessage")
        self.message.setWordWrap(True)
        self.subject, self.validity = QLabel(), QLabel()
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setStyleSheet("font-family: monospace; font-size: 12pt; font-weight: bold;")
        for label in (self.subject, self.validity, self.fingerprint):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export the certificate for the office…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export_certificate())
        info = QGroupBox(self.tr("Certificate"))
        form = QFormLayout(info)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Validity:"), self.validity)
        form.addRow(self.tr("SHA-256 fingerprint\n(read it over the phone):"), self.fingerprint)
        form.addRow("", self.export_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(info)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    # ---- actions ------------------------------------------------------------------------------------------------
    def _fail(self, text: str) -> bool:
        self.message.setStyleSheet("color: #842029;")
        self.message.setText(text)
        return False

    def _show(self, identity, text: str) -> bool:
        from commune_desk.services.packages.signing_keys import describe

        self.identity = identity
        self.info = info = describe(identity.cert)
        from commune_desk.ui.cert_names import name_lines

        lines = name_lines(info.subject)
        if not info.unit_code:          # a provider's certificate: the unit code the officer bound it to
            lines.append(self.tr("unit code %1").replace("%1", getattr(identity, "unit_code", "") or "—"))
        self.subject.setText("\n".join(lines))
        status = {"valid": self.tr("valid"), "expired": self.tr("expired"),
                  "not yet valid": self.tr("not yet valid")}.get(info.status, info.status)
        self.validity.setText(self.tr("%1 to %2 (UTC) — %3").replace("%1", f"{info.not_before:%d/%m/%Y}")
                              .replace("%2", f"{info.not_after:%d/%m/%Y}").replace("%3", status))
        groups = info.fingerprint.split()
        self.fingerprint.setText("\n".join(" ".join(groups[i:i + 8]) for i in range(0, len(groups), 8)))
        self.export_button.setEnabled(True)
        self.message.setStyleSheet("color: #0f5132;")
        self.message.setText(text)
        self.keyReady.emit(identity)
        return True

    def create_key(self) -> bool:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.packages.signing_keys import create_identity, save_p12

        password = self.password.text()
        if len(password) < MIN_PASSWORD:
            return self._fail(self.tr("The password needs at least %1 characters.").replace("%1", str(MIN_PASSWORD)))
        if password != self.repeat.text():
            return self._fail(self.tr("The two passwords differ; type them again."))
        try:
            identity = create_identity(self.name.text(), self.unit_code.text())
            self.key_path.parent.mkdir(parents=True, exist_ok=True)
            save_p12(self.key_path, identity, password)
        except (ExpectedError, OSError) as exc:
            return self._fail(str(exc))
        return self._show(identity, self.tr("Key created and saved in %1. Keep the password safe: without it "
                                            "the key cannot sign.").replace("%1", str(self.key_path)))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Key file"), str(Path.home()),
                                              self.tr("Key files (*.p12 *.pfx)"))
        if path:
            self.source.setText(path)

    def import_key(self, confirm_unit: bool | None = None) -> bool:
        """Check and import the provider's file; a certificate without unit code is bound to the profile's unit
        once the officer confirms it (`confirm_unit`, asked in a message box when None)."""
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.packages.key_import import UnitCodeNeeded, import_provider_key
        from commune_desk.ui.problems import error_text

        source, password = self.source.text().strip(), self.import_password.text()
        try:
            self.key_path.parent.mkdir(parents=True, exist_ok=True)
            try:
                report = import_provider_key(source, password, self.key_path)
            except UnitCodeNeeded:
                code = self.unit_code.text().strip()
                if confirm_unit is None:
                    from PySide6.QtWidgets import QMessageBox

                    confirm_unit = QMessageBox.question(self, self.tr("Unit of the certificate"), self.tr(
                        "The certificate carries no unit code. Is it the certificate of %1 (unit code %2)? Answer "
                        "yes only if the provider issued it to this unit: the binding is recorded in the key file, "
                        "and the receiving office must register this certificate for the unit.")
                        .replace("%1", self.name.text()).replace("%2", code)) == QMessageBox.StandardButton.Yes
                if not confirm_unit or not code:
                    return self._fail(self.tr("Not imported: the certificate carries no unit code and it was not "
                                              "confirmed as this unit's."))
                report = import_provider_key(source, password, self.key_path, unit_code=code)
        except (ExpectedError, OSError) as exc:
            return self._fail(error_text(exc) if isinstance(exc, ExpectedError) else str(exc))
        text = self.tr("Key imported into %1.").replace("%1", str(self.key_path))
        if report.chain_note:
            text += " " + self.tr("Certificate chain checked: %1.").replace("%1", report.chain_note)
        if report.code_source != "certificate":
            text += " " + self.tr("Bound to unit %1 (confirmed by you); tell the receiving office to register this "
                                  "certificate for the unit.").replace("%1", report.unit_code)
        return self._show(report.identity, text)

    def open_key(self) -> bool:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.packages.signing_keys import load_p12

        try:
            identity = load_p12(self.key_path, self.open_password.text(), require_valid=False)
        except ExpectedError as exc:
            return self._fail(str(exc))
        return self._show(identity, self.tr("The key opens with this password."))

    def export_certificate(self, path: str | Path | None = None) -> Path | None:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.packages.signing_keys import export_cert

        if self.identity is None:
            return None
        if path is None:
            suggested = str(Path.home() / f"{self.info.unit_code or 'unit'}-certificate.pem")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the certificate"), suggested,
                                                  self.tr("Certificate (*.pem *.cer)"))
            if not path:
                return None
        try:
            written = export_cert(self.identity.cert, path)
        except (ExpectedError, OSError) as exc:
            self._fail(str(exc))
            return None
        self.message.setText(self.tr("Certificate written to %1: send it to the receiving office and read them "
                                     "the fingerprint over the phone.").replace("%1", str(written)))
        from commune_desk.ui.views.list_parts import saved_bar_under

        saved_bar_under(self, self.message).show_saved(written)  # with "Mở thư mục"
        return written
