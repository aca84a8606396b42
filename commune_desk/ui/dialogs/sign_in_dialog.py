"""Sign-in: the password (or recovery key) field, as a dialog at start and as the locked screen in the window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)


def breakable(path: str) -> str:
    """A long path that a word-wrapping label may break after each folder separator."""
    return path.replace("/", "/\u200b").replace("\\", "\\\u200b")


class SignInPanel(QWidget):
    """Password field with a "use the recovery key" switch and a red error line."""

    submitted = Signal()

    def __init__(self, db_path: str, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self.tr("The database %1 is protected. Enter your password to open it.")
                            .replace("%1", breakable(db_path)))
        self.intro.setWordWrap(True)
        self.secret = QLineEdit()
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("Password"))
        self.secret.returnPressed.connect(self.submitted)
        self.use_recovery = QCheckBox(self.tr("I forgot my password: use the recovery key"))
        self.use_recovery.toggled.connect(self._recovery_toggled)
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.secret)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.error)
        self.show_error(error)

    def _recovery_toggled(self, on: bool) -> None:
        # A recovery key is printed on paper: show it while typing, in groups like XXXX-XXXX-…
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("Recovery key, e.g. ABCD-EFGH-…") if on else self.tr("Password"))
        self.secret.clear()
        self.secret.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def text(self) -> str:
        return self.secret.text()


class SignInDialog(QDialog):
    """The password and who is signing in: the change history names that officer for this session's changes."""

    def __init__(self, db_path: str, error: str = "", parent: QWidget | None = None, *, officer: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to CommuneDesk"))
        self.panel = SignInPanel(db_path, error, self)
        self.panel.submitted.connect(self.accept)
        self.officer = QLineEdit(officer)
        self.officer.setObjectName("officer")
        self.officer.setMaxLength(80)
        self.officer.setPlaceholderText(self.tr("Your full name (the change history names you)"))
        self.officer.returnPressed.connect(self.panel.secret.setFocus)
        officer_row = QFormLayout()
        officer_row.setContentsMargins(0, 0, 0, 0)
        officer_row.addRow(self.tr("Officer:"), self.officer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(officer_row)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        (self.panel.secret if officer else self.officer).setFocus()


def ask_sign_in(parent: QWidget | None, db_path: str, error: str = "", officer: str = "") -> tuple[str, str] | None:
    """The password or recovery key typed and the officer's name, or None when the user quits."""
    dialog = SignInDialog(db_path, error, parent, officer=officer)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.panel.text(), dialog.officer.text()


class LockScreen(QWidget):
    """Shown in place of the window's content while locked: nothing of the data stays on screen or in memory."""

    unlockRequested = Signal(str)
    quitRequested = Signal()

    def __init__(self, db_path: str, needs_password: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        title = QLabel(self.tr("CommuneDesk is locked"))
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        note = QLabel(self.tr("The window was locked to protect personal data. The database is closed."))
        note.setWordWrap(True)
        self.panel = SignInPanel(db_path, "", self)
        self.panel.submitted.connect(self._submit)
        self.needs_password = needs_password
        if not needs_password:  # an unprotected database has no password to ask for
            self.panel.secret.hide()
            self.panel.use_recovery.hide()
            self.panel.intro.setText(self.tr("This database has no password: anyone can unlock it."))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        quit_button = QPushButton(self.tr("Quit"))
        quit_button.clicked.connect(self.quitRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        buttons.addWidget(self.unlock_button)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(note)
        inner.addSpacing(12)
        inner.addWidget(self.panel)
        inner.addLayout(buttons)
        box.setFixedWidth(520)
        middle = QHBoxLayout()  # stretches, not an alignment flag, so the wrapped labels get their full height
        middle.addStretch(1)
        middle.addWidget(box)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def _submit(self) -> None:
        secret = self.panel.text()
        if secret or not self.needs_password:
            self.unlockRequested.emit(secret)

    def show_error(self, text: str) -> None:
        self.panel.show_error(text)
        self.panel.secret.selectAll()
        self.panel.secret.setFocus()
