"""The File menu's actions on the open database that close and reopen it: restore a backup, change the password,
and the settings dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from commune_desk.ui.app_settings import AppSettings


class SessionMenu:
    """Acts through a ui.session.Session: its `db`, `path`, `window`, `sign_in`, `close_db()` and `reopen()`.
    Texts keep the "Session" translation context they had when they lived in ui/session.py."""

    def __init__(self, session) -> None:
        self.session = session

    def restore(self) -> None:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.protection.restore import restore as restore_backup
        from commune_desk.ui.dialogs.restore_dialog import RestoreDialog

        s = self.session
        if s.db is None:
            return
        dialog = RestoreDialog(s.path, s.db.secret, s.window)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        source, secret = dialog.chosen
        current = s.db.secret
        s.close_db()
        try:
            # This window holds the instance lock; the user confirmed an unsealed backup in the dialog.
            saved = restore_backup(s.path, source, secret, current_secret=current, unverified=True,
                                   take_lock=False)
        except ExpectedError as exc:
            s.show_error(s.window, exc)
            s.reopen(current)
            return
        s.reopen(secret)
        text = QCoreApplication.translate("Session", "The backup %1 was restored.").replace("%1", Path(source).name)
        if saved is not None:
            text += "\n" + QCoreApplication.translate("Session", "The previous database was kept at:")
            text += "\n" + str(saved)
        s.inform(QCoreApplication.translate("Session", "Backup restored"), text)

    def change_password(self) -> None:
        """Re-key with a new password (or encrypt an unprotected database); the views are rebuilt afterwards."""
        from commune_desk.storage import keys
        from commune_desk.ui.dialogs import password_change_dialog

        s = self.session
        if s.db is None:
            return
        plain = not s.db.encrypted
        current_key = s.db.secret
        s.close_db()
        if plain:
            result = password_change_dialog.run_password_dialog(s.window, "set", s.sign_in.encrypt)
        else:
            result = password_change_dialog.run_password_dialog(
                s.window, "change", lambda current, new: keys.change_password(s.path, current, new))
        s.reopen(result[0] if result else current_key)

    def edit_settings(self) -> None:
        from commune_desk.ui.dialogs.settings_dialog import SettingsDialog

        s = self.session
        backups = s.stores(s.db).services.backups if s.db is not None else None  # the composition root's Stores
        dialog = SettingsDialog(s.settings, backups, parent=s.window)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted and dialog.saved is not None:
            self.apply_settings(dialog.saved)

    def apply_settings(self, settings: AppSettings) -> None:
        from commune_desk.ui.language_switch import apply_settings

        apply_settings(self.session, settings)  # auto-lock time, and a new interface language at once
