"""The File menu's database actions of a Session: back up now, restore a backup, change password, settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from commune_desk.ui.app_settings import AppSettings, backup_policy


class SessionMenuActions:
    """Mixed into ui.session.Session, whose `db`, `path`, `window`, dialogs helpers and `_close_db`/`_reopen`
    these use; kept apart so the session's own module stays about opening and closing. Texts keep the
    "Session" translation context they had there."""

    def backup_now(self) -> None:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.backups import backup_now

        if self.db is None:
            return
        try:
            run = backup_now(self.db, "manual", backup_policy(self.db))
        except ExpectedError as exc:
            self.show_error(self.window, exc)
            return
        text = QCoreApplication.translate("Session", "The backup was written and verified:")
        text += "\n" + "\n".join(str(p) for p in run.written)
        if run.problems:
            self.warn(QCoreApplication.translate("Session", "Backup incomplete"),
                      text + "\n\n" + "\n".join(run.problems))
        else:
            self.inform(QCoreApplication.translate("Session", "Backup written"), text)

    def restore(self) -> None:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.storage.backup import restore_backup
        from commune_desk.ui.dialogs.restore_dialog import RestoreDialog

        if self.db is None:
            return
        dialog = RestoreDialog(self.path, self.db.secret, self.window)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        source, secret = dialog.chosen
        current = self.db.secret
        self._close_db()
        try:
            saved = restore_backup(self.path, source, secret, current_secret=current)
        except ExpectedError as exc:
            self.show_error(self.window, exc)
            self._reopen(current)
            return
        self._reopen(secret)
        text = QCoreApplication.translate("Session", "The backup %1 was restored.").replace("%1", Path(source).name)
        if saved is not None:
            text += "\n" + QCoreApplication.translate("Session", "The previous database was kept at:")
            text += "\n" + str(saved)
        self.inform(QCoreApplication.translate("Session", "Backup restored"), text)

    def change_password(self) -> None:
        """Re-key with a new password (or encrypt an unprotected database); the views are rebuilt afterwards."""
        from commune_desk.ui.dialogs import password_change_dialog
        from commune_desk.storage import keys

        if self.db is None:
            return
        plain = not self.db.encrypted
        current_key = self.db.secret
        self._close_db()
        if plain:
            result = password_change_dialog.run_password_dialog(self.window, "set", self._encrypt)
        else:
            result = password_change_dialog.run_password_dialog(
                self.window, "change", lambda current, new: keys.change_password(self.path, current, new))
        self._reopen(result[0] if result else current_key)

    def edit_settings(self) -> None:
        from commune_desk.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.db, actor=self.actor, parent=self.window)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted and dialog.saved is not None:
            self.apply_settings(dialog.saved)

    def apply_settings(self, settings: AppSettings) -> None:
        from commune_desk.ui.language_switch import apply_settings
        apply_settings(self, settings)  # auto-lock time, and a new interface language at once
