"""The backup policy as the window lives it: a daily backup when a database opens, one on exit, one on demand;
problems are told to the officer, never swallowed and never a crash."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication

from commune_desk.services.protection.backups import stored_policy
from commune_desk.ui.errors import explain


class SessionBackups:
    """Runs services.protection.backups for an open database; `warn(title, text)`, `inform(title, text)` and
    `show_error(exc)` are the window's ways of telling."""

    def __init__(
        self,
        *,
        warn: Callable[[str, str], object],
        inform: Callable[[str, str], object],
        show_error: Callable[[BaseException], object],
    ) -> None:
        self.warn = warn
        self.inform = inform
        self.show_error = show_error

    def daily(self, db) -> None:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.protection.backups import daily_backup_if_due

        try:
            run = daily_backup_if_due(db, stored_policy(db))
        except ExpectedError as exc:
            self.warn(QCoreApplication.translate("Session", "Daily backup failed"), explain(exc)[1] + "\n\n" + str(exc))
            return
        if run is not None and run.problems:
            self.warn(QCoreApplication.translate("Session", "Daily backup incomplete"), "\n".join(run.problems))

    def on_exit(self, db) -> None:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.protection.backups import backup_on_exit

        try:
            run = backup_on_exit(db, stored_policy(db))
            if run.problems:
                self.warn(QCoreApplication.translate("Session", "Backup on exit incomplete"), "\n".join(run.problems))
        except ExpectedError as exc:
            self.warn(
                QCoreApplication.translate("Session", "Backup on exit failed"), explain(exc)[1] + "\n\n" + str(exc)
            )

    def now(self, db) -> None:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.protection.backups import backup_now

        try:
            run = backup_now(db, "manual", stored_policy(db))
        except ExpectedError as exc:
            self.show_error(exc)
            return
        text = QCoreApplication.translate("Session", "The backup was written and verified:")
        text += "\n" + "\n".join(str(p) for p in run.written)
        if run.problems:
            self.warn(
                QCoreApplication.translate("Session", "Backup incomplete"), text + "\n\n" + "\n".join(run.problems)
            )
        else:
            self.inform(QCoreApplication.translate("Session", "Backup written"), text)
