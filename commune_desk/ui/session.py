"""A window's hold on one database: instance lock, sign-in, first-run password, auto-lock, backups, restore."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from commune_desk.ui.app_settings import AppSettings, backup_policy
from commune_desk.ui.errors import explain, show_expected
from commune_desk.ui.session_menu import SessionMenuActions

log = logging.getLogger(__name__)

IDLE_RESET_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.KeyPress, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
})


class Session(SessionMenuActions, QObject):
    """Opens the database behind the window and closes it again (lock, restore, password change, exit).

    `build(window, db)` is the composition root's function that creates the areas for an open database; it is
    called again after every unlock, restore or password change, so views never outlive their database.
    """

    opened = Signal(object)  # the areas built for the newly opened database
    homeShown = Signal(object)  # the home page now in the window (start-up's quick one, then the full one)
    lockedChanged = Signal(bool)

    def __init__(self, window, db_path: Path, *, build: Callable, secret: str | None = None, demo: bool = False,
                 prepare: Callable | None = None, settings: AppSettings | None = None,
                 show_error: Callable = show_expected, warn: Callable | None = None,
                 inform: Callable | None = None, quit: Callable[[int], None] | None = None,
                 actor: str = "user") -> None:
        super().__init__(window)
        from commune_desk.storage.instance_lock import InstanceLock

        self.window = window
        self.path = Path(db_path).expanduser().absolute()
        self.build = build
        self.initial_secret = secret
        self.demo = demo
        self.prepare = prepare
        self.settings = settings or AppSettings()
        self.show_error = show_error
        self.warn = warn or (lambda title, text: QMessageBox.warning(self.window, title, text))
        self.inform = inform or (lambda title, text: QMessageBox.information(self.window, title, text))
        self.quit = quit or (lambda code: QCoreApplication.exit(code))
        self.actor = actor
        self.before_open: Callable | None = None  # run once before the database is opened (start-up's log file)
        self.preload: Callable | None = None  # imports run off the UI thread after the quick home is painted
        self.instance_lock = InstanceLock(self.path)
        self.db = None
        self.areas = None
        self.lock_screen = None
        self._content = None
        self._closed = False
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._idle_timeout)
        self.idle_ms = 0
        self.set_auto_lock_minutes(self.settings.auto_lock_minutes)
        QCoreApplication.instance().installEventFilter(self)
        window.backupNowRequested.connect(self.backup_now)
        window.restoreRequested.connect(self.restore)
        window.settingsRequested.connect(self.edit_settings)
        window.changePasswordRequested.connect(self.change_password)
        window.lockRequested.connect(self.lock)
        window.rebuildRequested.connect(self._rebuild_later)

    # ---- start ------------------------------------------------------------------------------------------------
    def start(self, *, quick_home: Callable | None = None, show: Callable | None = None) -> bool:
        """Lock the file, sign in, offer a password for an unprotected database, build the areas; False = quit.

        `quick_home(path)` may return a home page built without SQLAlchemy (ui.quick_start.quick_home): it is put
        in the window before `show()`, so the window's very first paint is the home with its figures, and the rest of
        the start waits for that paint. Without a quick home, `show()` puts the window (with "Opening the
        database…" pages) on screen and the rest follows from the event loop. No `show`: all of it runs now.
        """
        from commune_desk.storage.instance_lock import AlreadyOpen

        try:
            self.instance_lock.acquire()
        except AlreadyOpen as exc:
            self.warn(self.tr("Already open"), self.tr("This database is already open in another CommuneDesk window. "
                                             "Switch to that window, or close it and start again.") + "\n\n" + str(exc))
            self.quit(2)
            return False
        home = quick_home(self.path) if quick_home is not None and self.initial_secret is None else None
        if home is None:
            if show is None:
                return self._finish_start()
            show()
            QTimer.singleShot(0, self._finish_start)
            return True
        from commune_desk.ui.first_paint import AfterFirstPaint, preload_then

        self.window.set_page("home", home)
        self.homeShown.emit(home)
        AfterFirstPaint(home, lambda: preload_then(self.preload, self._finish_start, self))
        if show is not None:
            show()
        return True

    def _finish_start(self) -> bool:
        from commune_desk.domain.errors import ExpectedError

        if self.before_open is not None:
            self.before_open()
        try:
            db = self._sign_in(self.initial_secret)
            if db is None:
                self._release()
                self.quit(0)
                return False
            if self.prepare is not None:
                self.prepare(db)
            if not db.encrypted and not self.demo and not self._is_demo(db):
                db = self._offer_password(db)
            self._open(db)
        except ExpectedError as exc:
            self.show_error(self.window, exc)
            self._release()
            self.quit(2)
            return False
        return True

    def _is_demo(self, db) -> bool:
        from commune_desk.storage.profile_repo import ProfileRepository

        return ProfileRepository(db, "system").get().is_demo

    def _sign_in(self, secret: str | None, error: str = ""):
        """open_database, asking for the password (or recovery key) while needed; None when the user quits."""
        from commune_desk.ui.dialogs import sign_in_dialog
        from commune_desk.storage import keys
        from commune_desk.storage.database import open_database
        from commune_desk.storage.errors import PasswordRequired, WrongPassword

        while True:
            if secret is None and keys.protection(self.path).mode in ("password", "key-file"):
                secret = sign_in_dialog.ask_sign_in(self.window, str(self.path), error)
                if secret is None:
                    return None
            try:
                db = open_database(self.path, secret)
            except PasswordRequired:
                secret, error = None, ""
                continue
            except WrongPassword:
                secret, error = None, self.tr("Wrong password or recovery key; try again.")
                continue
            if secret is not None and db.key_file is not None and keys.normalise_recovery_key(secret):
                return self._after_recovery(db, secret)
            return db

    def _after_recovery(self, db, recovery: str):
        """Signed in with the recovery key: a new password is required now, and a new recovery key is shown."""
        from commune_desk.ui.dialogs import password_change_dialog
        from commune_desk.storage import keys
        from commune_desk.storage.database import open_database

        db.dispose()
        log.info("signed in with the recovery key; asking for a new password")
        result = password_change_dialog.run_password_dialog(
            self.window, "forced", lambda _current, new: keys.change_password(self.path, recovery, new))
        if result is None:
            return None
        return open_database(self.path, result[0])

    def _offer_password(self, db):
        """An unprotected database: ask for a password to encrypt it now (with a recovery key); "Later" is fine."""
        from commune_desk.ui.dialogs import password_change_dialog
        from commune_desk.storage.database import open_database

        db.dispose()
        result = password_change_dialog.run_password_dialog(self.window, "set", self._encrypt)
        return open_database(self.path, result[0] if result else None)

    def _encrypt(self, _current: str, new: str) -> str:
        from commune_desk.storage import keys

        keys.check_new_password(new)
        if keys.protection(self.path).mode == "plain":
            keys.encrypt_plain_database(self.path, new)
        return keys.create_recovery_key(self.path, new)

    def _open(self, db) -> None:
        self.db = db
        lines = self._reconcile(db)
        self.areas = self.build(self.window, db)
        self.homeShown.emit(self.window.page("home"))
        if lines:
            self.window.statusBar().showMessage(" · ".join(lines))
        self._restart_idle()
        self._daily_backup()
        self.opened.emit(self.areas)  # last: a first-run profile form may open from here and wait

    def _rebuild_later(self) -> None:
        """Make the areas again (commune ↔ office desk) once the view that asked has finished its own slot."""
        from commune_desk.ui.language_switch import rebuild_views

        QTimer.singleShot(0, lambda: rebuild_views(self))

    def _reconcile(self, db) -> list[str]:
        """The signing ledger wins over a restored or copied file (period_lifecycle.reconcile); its report lines."""
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.period_lifecycle import reconcile

        try:
            lines = reconcile(db, self.actor)
        except ExpectedError as exc:
            self.warn(self.tr("Signing ledger not checked"), str(exc))
            return []
        for line in lines:
            log.info("reconcile: %s", line)  # English in the log; the status bar says it in the interface language
        return [line.text(QCoreApplication.translate) if hasattr(line, "text") else str(line) for line in lines]

    def _daily_backup(self) -> None:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.backups import daily_backup_if_due

        try:
            run = daily_backup_if_due(self.db, backup_policy(self.db))
        except ExpectedError as exc:
            self.warn(self.tr("Daily backup failed"), explain(exc)[1] + "\n\n" + str(exc))
            return
        if run is not None and run.problems:
            self.warn(self.tr("Daily backup incomplete"), "\n".join(run.problems))

    # ---- closing the database (lock, restore, password change, exit) ------------------------------------------
    def _close_db(self) -> None:
        """Dispose the database and drop every view built on it (their data leaves the screen and memory)."""
        from commune_desk.ui.views.placeholder import PlaceholderPage

        if self.db is None:
            return
        self._disconnect_area_signals()
        for row in range(self.window.nav.count()):
            item = self.window.nav.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            self.window.set_page(key, PlaceholderPage(item.text(), self.tr("The database is closed.")))
        self.areas = None
        db, self.db = self.db, None
        db.dispose()
        self.idle.stop()

    def _disconnect_area_signals(self) -> None:
        """The window's own signals connected by `build` (import …) would otherwise fire into disposed areas."""
        import warnings

        keep = {"aboutRequested", "backupNowRequested", "restoreRequested", "settingsRequested",
                "changePasswordRequested", "lockRequested", "backupRequested", "rebuildRequested"}
        for klass in type(self.window).__mro__:
            if not klass.__module__.startswith("commune_desk"):
                continue
            for name, value in vars(klass).items():
                if isinstance(value, Signal) and name not in keep:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        try:
                            getattr(self.window, name).disconnect()
                        except (RuntimeError, TypeError):
                            pass

    def _reopen(self, secret: str | None) -> None:
        """Open again after the file changed under a closed database; the sign-in dialog when `secret` fails."""
        from commune_desk.storage.database import open_database
        from commune_desk.storage.errors import PasswordRequired, WrongPassword

        try:
            db = open_database(self.path, secret)
        except (PasswordRequired, WrongPassword):
            db = self._sign_in(None)
            if db is None:
                self.window.close()
                return
        self._open(db)

    def close(self) -> None:
        """The window closes: an exit backup (problems shown as a warning), dispose, release the lock."""
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.backups import backup_on_exit

        if self._closed:
            return
        self._closed = True
        self.idle.stop()
        if self.db is not None:
            try:
                run = backup_on_exit(self.db, backup_policy(self.db))
                if run.problems:
                    self.warn(self.tr("Backup on exit incomplete"), "\n".join(run.problems))
            except ExpectedError as exc:
                self.warn(self.tr("Backup on exit failed"), explain(exc)[1] + "\n\n" + str(exc))
            self.db.dispose()
            self.db = None
        self._release()

    def _release(self) -> None:
        self.instance_lock.release()

    # ---- auto-lock ----------------------------------------------------------------------------------------------
    def set_auto_lock_minutes(self, minutes: int) -> None:
        self.set_idle_timeout_ms(int(minutes) * 60_000)

    def set_idle_timeout_ms(self, ms: int) -> None:
        self.idle_ms = max(0, int(ms))
        self._restart_idle()

    def _restart_idle(self) -> None:
        if self.idle_ms and self.db is not None and self.lock_screen is None:
            self.idle.start(self.idle_ms)
        else:
            self.idle.stop()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in IDLE_RESET_EVENTS:
            if self.idle.isActive():
                self.idle.start(self.idle_ms)
        elif kind == QEvent.Type.Close and obj is self.window:
            self.close()
        return False

    def _idle_timeout(self) -> None:
        if QApplication.activeModalWidget() is not None:  # a form is open: never lose the user's typing
            self._restart_idle()
            return
        self.lock()

    @property
    def is_locked(self) -> bool:
        return self.lock_screen is not None

    def lock(self) -> None:
        """Dispose the database and put the sign-in screen where the data was."""
        from commune_desk.ui.dialogs import sign_in_dialog
        from commune_desk.storage import keys

        if self.db is None or self.lock_screen is not None:
            return
        self._close_db()
        self._content = self.window.takeCentralWidget()
        self.lock_screen = sign_in_dialog.LockScreen(str(self.path),
                                                     needs_password=keys.protection(self.path).encrypted)
        self.lock_screen.unlockRequested.connect(self.unlock)
        self.lock_screen.quitRequested.connect(self.window.close)
        self.window.setCentralWidget(self.lock_screen)
        self.window.menuBar().setEnabled(False)
        log.info("window locked")
        self.lockedChanged.emit(True)

    def unlock(self, secret: str) -> bool:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.storage import keys
        from commune_desk.storage.database import open_database
        from commune_desk.storage.errors import PasswordRequired, WrongPassword

        if self.lock_screen is None:
            return True
        try:
            db = open_database(self.path, secret or None)
            if secret and db.key_file is not None and keys.normalise_recovery_key(secret):
                db = self._after_recovery(db, secret)
        except (PasswordRequired, WrongPassword):
            self.lock_screen.show_error(self.tr("Wrong password or recovery key; try again."))
            return False
        except ExpectedError as exc:
            self.lock_screen.show_error(explain(exc)[1])
            return False
        if db is None:
            return False
        screen, self.lock_screen = self.window.takeCentralWidget(), None
        screen.deleteLater()
        self.window.setCentralWidget(self._content)
        self._content = None
        self.window.menuBar().setEnabled(True)
        self._open(db)
        log.info("window unlocked")
        self.lockedChanged.emit(False)
        return True
