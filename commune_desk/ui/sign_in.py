"""Opening one database file as its officer: password or recovery key with retry, a new password after recovery,
the first-run offer to encrypt an unprotected file. Dialogs only; no window content is touched."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class SignIn:
    """Opens `path` for a window (`parent` of the dialogs); every method returns an open Database or None when the
    officer gives up."""

    def __init__(
        self, parent: QWidget, path: Path, *, officer: str = "", officer_named: Callable[[str], None] | None = None
    ) -> None:
        self.parent = parent
        self.path = path
        self.officer = officer  # the name the dialog offers; `officer_named` hears the one signed in with
        self.officer_named = officer_named

    def open(self, secret: str | None, error: str = ""):
        """open_database, asking for the password (or recovery key) while needed; None when the user quits."""
        from commune_desk.storage import keys
        from commune_desk.storage.database import open_database
        from commune_desk.storage.errors import PasswordRequired, WrongPassword
        from commune_desk.ui.dialogs import sign_in_dialog

        while True:
            if secret is None and keys.protection(self.path).mode in ("password", "key-file"):
                answer = sign_in_dialog.ask_sign_in(self.parent, str(self.path), error, self.officer)
                if answer is None:
                    return None
                secret, officer = answer
                if officer.strip() != self.officer and self.officer_named is not None:
                    self.officer_named(officer)
            try:
                db = open_database(self.path, secret)
            except PasswordRequired:
                secret, error = None, ""
                continue
            except WrongPassword:
                secret, error = None, self.wrong_secret_text()
                continue
            return self.after_recovery_if_used(db, secret)

    def open_with(self, secret: str | None):
        """open_database with `secret` as given (a lock screen's entry): WrongPassword and other expected errors
        reach the caller, who shows them in place; a recovery key still leads to a new password."""
        from commune_desk.storage.database import open_database

        return self.after_recovery_if_used(open_database(self.path, secret or None), secret)

    def reopen(self, secret: str | None):
        """Open again after the file changed under a closed database; the sign-in dialog when `secret` fails."""
        from commune_desk.storage.database import open_database
        from commune_desk.storage.errors import PasswordRequired, WrongPassword

        try:
            return open_database(self.path, secret)
        except (PasswordRequired, WrongPassword):
            return self.open(None)

    @staticmethod
    def wrong_secret_text() -> str:
        # The context the text had in ui/session.py, so its translation stays.
        return QCoreApplication.translate("Session", "Wrong password or recovery key; try again.")

    def after_recovery_if_used(self, db, secret: str | None):
        """Signed in with the recovery key: a new password is required now, and a new recovery key is shown."""
        from commune_desk.storage import keys
        from commune_desk.storage.database import open_database
        from commune_desk.ui.dialogs import password_change_dialog

        if not secret or db.key_file is None or not keys.normalise_recovery_key(secret):
            return db
        db.dispose()
        log.info("signed in with the recovery key; asking for a new password")
        result = password_change_dialog.run_password_dialog(
            self.parent, "forced", lambda _current, new: keys.change_password(self.path, secret, new)
        )
        if result is None:
            return None
        return open_database(self.path, result[0])

    def offer_password(self, db):
        """An unprotected database: ask for a password to encrypt it now (with a recovery key); "Later" is fine."""
        from commune_desk.storage.database import open_database
        from commune_desk.ui.dialogs import password_change_dialog

        db.dispose()
        result = password_change_dialog.run_password_dialog(self.parent, "set", self.encrypt)
        return open_database(self.path, result[0] if result else None)

    def encrypt(self, _current: str, new: str) -> str:
        """Encrypt the plain file with `new` (checked first) and return the recovery key made for it."""
        from commune_desk.storage import keys

        keys.check_new_password(new)
        if keys.protection(self.path).mode == "plain":
            keys.encrypt_plain_database(self.path, new)
        return keys.create_recovery_key(self.path, new)
