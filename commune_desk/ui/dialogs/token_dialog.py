"""Open the USB token (PKCS#11) to sign: the module's path (remembered), which token and key, and the PIN (never kept)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget,
)

LIB_SETTING = "pkcs11_library"


def _saved_library(profiles) -> str:
    return profiles.get_setting(LIB_SETTING, "")


def _default_library(profiles) -> str:
    """The remembered module, else COMMUNE_DESK_PKCS11_LIB or a usual install place, else empty."""
    from commune_desk.domain.errors import ExpectedError
    from commune_desk.services.packages.pkcs11_token import find_library

    saved = _saved_library(profiles)
    if saved:
        return saved
    try:
        return find_library()
    except ExpectedError:
        return ""


class TokenDialog(QDialog):
    """Logs in to the token; emits `tokenReady(TokenIdentity)`. The PIN field is cleared whatever happens.
    `profiles` (ProfileRepository) remembers the module's path."""

    tokenReady = Signal(object)

    def __init__(self, profiles, unit_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profiles, self._unit_code = profiles, unit_code
        self.identity = None
        self.setWindowTitle(self.tr("Sign with a USB token"))
        self.setMinimumWidth(600)
        intro = QLabel(self.tr("Plug in the USB token. The signature is made on the token: the key never leaves it, "
                               "and the PIN is used once and never stored."))
        intro.setWordWrap(True)
        self.library = QLineEdit(_default_library(profiles))
        self.library.setObjectName("tokenLibrary")
        self.library.setPlaceholderText(self.tr("the token's PKCS#11 module, e.g. C:\\Windows\\System32\\…dll"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        lib_row = QHBoxLayout()
        lib_row.addWidget(self.library, 1)
        lib_row.addWidget(browse)
        self.token_label = QLineEdit()
        self.token_label.setObjectName("tokenLabel")
        self.token_label.setPlaceholderText(self.tr("only when several tokens are plugged in"))
        self.key_label = QLineEdit()
        self.key_label.setObjectName("tokenKey")
        self.key_label.setPlaceholderText(self.tr("only when the token holds several keys"))
        self.pin = QLineEdit()
        self.pin.setObjectName("tokenPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("PKCS#11 module:"), lib_row)
        form.addRow(self.tr("Token label:"), self.token_label)
        form.addRow(self.tr("Key label:"), self.key_label)
        form.addRow(self.tr("PIN:"), self.pin)
        self.message = QLabel()
        self.message.setObjectName("tokenMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #842029;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open the token"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The token's PKCS#11 module"), self.library.text(),
                                              self.tr("PKCS#11 modules (*.dll *.so *.dylib)"))
        if path:
            self.library.setText(path)

    def accept(self) -> None:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.packages.pkcs11_token import open_token
        from commune_desk.ui.problems import error_text

        pin, self_pin = self.pin.text(), self.pin
        self_pin.clear()                                   # the PIN stays nowhere, not even in the widget
        library = self.library.text().strip() or None
        try:
            identity = open_token(pin, lib_path=library, token_label=self.token_label.text().strip() or None,
                                  key_label=self.key_label.text().strip() or None, unit_code=self._unit_code or None)
        except ExpectedError as exc:
            self.message.setText(error_text(exc))
            return
        finally:
            del pin
        if library and library != _saved_library(self._profiles):
            self._profiles.set_setting(LIB_SETTING, library)
        self.identity = identity
        self.tokenReady.emit(identity)
        super().accept()
