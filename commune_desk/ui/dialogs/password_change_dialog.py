"""Setting or changing the database password: current, new and repeated, a strength hint, errors in place."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

MIN_LENGTH = 8  # the same rule as storage.keys.check_new_password
MODES = ("change", "set", "forced")


def strength(password: str) -> int:
    """0 (too short) … 4 (strong): length and the kinds of characters used; only a hint, never a rule."""
    if len(password) < MIN_LENGTH:
        return 0
    kinds = sum((any(c.islower() for c in password), any(c.isupper() for c in password),
                 any(c.isdigit() for c in password), any(not c.isalnum() for c in password)))
    score = 1 + (len(password) >= 12) + (len(password) >= 16) + (kinds >= 3)
    return min(score, 4)


class PasswordChangeDialog(QDialog):
    """`apply(current, new)` does the work (re-key or encrypt) and returns a new recovery key or None.

    Modes: "change" asks the current password; "set" (an unprotected database) offers "Later"; "forced" (after
    signing in with the recovery key) cannot be skipped.
    """

    def __init__(self, mode: str, apply: Callable[[str, str], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert mode in MODES, mode
        self.mode = mode
        self._apply = apply
        self.new_password: str | None = None
        self.recovery_key: str | None = None
        titles = {"change": self.tr("Change the password"), "set": self.tr("Protect the database with a password"),
                  "forced": self.tr("Choose a new password")}
        intros = {
            "change": self.tr("The database is re-encrypted with the new password. Keep the new password safe."),
            "set": self.tr("This database holds personal data and is not encrypted yet. Choose a password to "
                           "encrypt it; you will need it each time you open CommuneDesk. You can do this later, "
                           "but until then the data can be read by anyone who has the file."),
            "forced": self.tr("You signed in with the recovery key. Choose a new password now; a new recovery key "
                              "will be shown, and the old one stops working."),
        }
        self.setWindowTitle(titles[mode])
        intro = QLabel(intros[mode])
        intro.setWordWrap(True)
        self.current = self._password_field("currentPassword")
        self.new = self._password_field("newPassword")
        self.repeat = self._password_field("repeatPassword")
        self.hint = QLabel()
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)     # the Vietnamese hint is longer than the dialog is wide
        self.error = QLabel()
        self.error.setObjectName("passwordError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        form = QFormLayout()
        if mode == "change":
            form.addRow(self.tr("Current password:"), self.current)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("Repeat the new password:"), self.repeat)
        form.addRow("", self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Encrypt now") if mode == "set" else self.tr("Change password"))
        cancel_text = {"change": self.tr("Cancel"), "set": self.tr("Later"), "forced": self.tr("Quit")}[mode]
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self._update_hint)
        self._update_hint("")
        self.setMinimumWidth(500)

    @staticmethod
    def _password_field(name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _update_hint(self, text: str) -> None:
        labels = [self.tr("Too short: at least %1 characters").replace("%1", str(MIN_LENGTH)), self.tr("Weak"),
                  self.tr("Fair"), self.tr("Good"), self.tr("Strong")]
        colours = ["#b00020", "#b05a00", "#8a6d00", "#2e7d32", "#1b5e20"]
        score = strength(text)
        self.hint.setText(self.tr("Strength: %1").replace("%1", labels[score]) + " — " +
                          self.tr("a short sentence is easy to remember and hard to guess"))
        self.hint.setStyleSheet(f"color: {colours[score]};")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def submit(self) -> None:
        from commune_desk.domain.errors import ExpectedError, ValidationFailed
        from commune_desk.storage.errors import WrongPassword

        new = self.new.text()
        if len(new) < MIN_LENGTH:
            self.show_error(self.tr("The new password must have at least %1 characters.").replace("%1", str(MIN_LENGTH)))
            return
        if new != self.repeat.text():
            self.show_error(self.tr("The two new passwords are not the same."))
            return
        if self.mode == "change" and not self.current.text():
            self.show_error(self.tr("Enter the current password."))
            return
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            self.recovery_key = self._apply(self.current.text(), new)
        except WrongPassword:
            self.show_error(self.tr("The current password is wrong."))
            return
        except ValidationFailed as exc:
            self.show_error("\n".join(p.message for p in exc.problems))
            return
        except ExpectedError as exc:
            from commune_desk.ui.errors import explain

            self.show_error(explain(exc)[1] + "\n" + str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.new_password = new
        self.accept()


def run_password_dialog(parent: QWidget | None, mode: str, apply: Callable[[str, str], str | None]
                        ) -> tuple[str, str | None] | None:
    """Run the dialog; on success show the new recovery key (if one was made) and return (new password, key)."""
    from commune_desk.ui.dialogs import recovery_key_dialog

    dialog = PasswordChangeDialog(mode, apply, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.new_password is None:
        return None
    if dialog.recovery_key:
        recovery_key_dialog.show_recovery_key(parent, dialog.recovery_key)
    return dialog.new_password, dialog.recovery_key
