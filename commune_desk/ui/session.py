"""A window's hold on one database: the instance lock, opening (through ui.sign_in), closing, lock and unlock.

The parts with a job of their own live beside it: ui.sign_in (password, recovery key, first-run encryption),
ui.auto_lock (the idle timer), ui.session_backups (daily, on exit, on demand), ui.session_menu (restore, password
change, settings); the window's content is swapped only through MainWindow's small interface (close_pages,
cover/uncover, connect_area/drop_area_links).
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from commune_desk.ui.app_settings import AppSettings
from commune_desk.ui.auto_lock import AutoLock
from commune_desk.ui.errors import explain, show_expected
from commune_desk.ui.session_backups import SessionBackups
from commune_desk.ui.session_menu import SessionMenu
from commune_desk.ui.sign_in import SignIn

log = logging.getLogger(__name__)


class Session(QObject):
    """Opens the database behind the window and closes it again (lock, restore, password change, exit).

    `build(window, db)` is the composition root's function that creates the areas for an open database; it is
    called again after every unlock, restore or password change, so views never outlive their database.
    `stores(db)` gives the repositories of an open database (app_wiring.Stores), asked anew for each one.
    """

    opened = Signal(object)  # the areas built for the newly opened database
    homeShown = Signal(object)  # the home page now in the window (start-up's quick one, then the full one)
    lockedChanged = Signal(bool)

    def __init__(self, window, db_path: Path, *, build: Callable, stores: Callable, secret: str | None = None,
                 demo: bool = False,
                 prepare: Callable | None = None, settings: AppSettings | None = None,
                 show_error: Callable = show_expected, warn: Callable | None = None,
                 inform: Callable | None = None, quit: Callable[[int], None] | None = None,
                 actor: str = "user") -> None:
        super().__init__(window)
        from commune_desk.storage.instance_lock import InstanceLock

        self.window = window
        self.path = Path(db_path).expanduser().absolute()
        self.build, self.stores = build, stores
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
        self.sign_in = SignIn(window, self.path, officer=self.settings.officer, officer_named=self._officer_named)
        self.backups = SessionBackups(warn=self.warn, inform=self.inform,
                                      show_error=lambda exc: self.show_error(self.window, exc))
        self.menu = SessionMenu(self)
        self.db = None
        self.areas = None
        self.lock_screen = None
        self._closed = False
        self.idle = AutoLock(self)
        self.idle.idle.connect(self.lock)
        self.set_auto_lock_minutes(self.settings.auto_lock_minutes)
        window.closing.connect(self.close)
        window.backupNowRequested.connect(self.backup_now)
        window.restoreRequested.connect(self.restore)
        window.settingsRequested.connect(self.edit_settings)
        window.changePasswordRequested.connect(self.change_password)
        window.lockRequested.connect(self.lock)
        window.rebuildRequested.connect(self._rebuild_later)

    # ---- the File menu's database actions ------------------------------------------------------------------------
    def backup_now(self) -> None:
        if self.db is not None:
            self.backups.now(self.db)

    def restore(self) -> None:
        self.menu.restore()

    def change_password(self) -> None:
        self.menu.change_password()

    def edit_settings(self) -> None:
        self.menu.edit_settings()

    def apply_settings(self, settings: AppSettings) -> None:
        self.menu.apply_settings(settings)

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
            db = self.sign_in.open(self.initial_secret)
            if db is None:
                self._release()
                self.quit(0)
                return False
            if self.prepare is not None:
                self.prepare(db)
            if not db.encrypted and not self.demo and not self.stores(db).profiles.get().is_demo:
                db = self.sign_in.offer_password(db)
            self._open(db)
        except ExpectedError as exc:
            self.show_error(self.window, exc)
            self._release()
            self.quit(2)
            return False
        return True

    def _open(self, db) -> None:
        self.db = db
        lines = self._reconcile(db)
        if not gc.get_freeze_count():
            # What start-up made and keeps (modules, Qt, SQLAlchemy, the window: most of the process's objects) is
            # moved out of the cyclic collector's reach, so its full sweeps stop pausing the UI for ~40 ms at random
            # moments. Once, and before the areas: views are dropped at every lock, restore and language switch, and
            # a frozen cycle is never freed.
            gc.freeze()
        self.areas = self.build(self.window, db, actor=self.current_actor())
        self.homeShown.emit(self.window.page("home"))
        if lines:
            self.window.statusBar().showMessage(" · ".join(lines))
        self._tell_interrupted_imports(db)
        self._restart_idle()
        self.backups.daily(db)
        self.opened.emit(self.areas)  # last: a first-run profile form may open from here and wait

    def _officer_named(self, name: str) -> None:
        """The officer typed at sign-in is remembered for this computer account (settings.json)."""
        from commune_desk.ui.app_settings import clean_officer, save_settings

        self.settings = self.settings.with_(officer=clean_officer(name))
        self.sign_in.officer = self.settings.officer
        try:
            save_settings(self.settings)
        except OSError as exc:  # the name still counts for this session
            log.warning("officer name not saved: %s", exc)

    def current_actor(self) -> str:
        """Who the change history names: the officer set in the settings or at sign-in, else the generic actor."""
        return self.settings.officer or self.actor

    def _rebuild_later(self) -> None:
        """Make the areas again (commune ↔ office desk) once the view that asked has finished its own slot."""
        from commune_desk.ui.language_switch import rebuild_views

        QTimer.singleShot(0, lambda: rebuild_views(self))

    def _reconcile(self, db) -> list[str]:
        """The signing ledger wins over a restored or copied file (period_lifecycle.reconcile); its report lines."""
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.services.packages.period_lifecycle import reconcile

        try:
            lines = reconcile(db, self.actor)
        except ExpectedError as exc:
            self.warn(self.tr("Signing ledger not checked"), str(exc))
            return []
        for line in lines:
            log.info("reconcile: %s", line)  # English in the log; the status bar says it in the interface language
        return [line.text(QCoreApplication.translate) if hasattr(line, "text") else str(line) for line in lines]

    def _tell_interrupted_imports(self, db) -> None:
        """An import the last run did not see to its end (a crash, a power cut): say whether it was saved."""
        from commune_desk.domain.errors import ExpectedError

        try:
            told = self.stores(db).import_log.tell()
        except ExpectedError:
            return
        if told:
            self.warn(self.tr("An import was interrupted"),
                      "\n".join(p.text(QCoreApplication.translate) for p in told))

    # ---- closing the database (lock, restore, password change, exit) ------------------------------------------
    def close_db(self) -> None:
        """Dispose the database and drop every view built on it (their data leaves the screen and memory)."""
        if self.db is None:
            return
        self.window.close_pages(self.tr("The database is closed."))
        self.areas = None
        db, self.db = self.db, None
        db.dispose()
        self.idle.arm(False)

    def reopen(self, secret: str | None) -> None:
        """Open again after the file changed under a closed database; the sign-in dialog when `secret` fails."""
        db = self.sign_in.reopen(secret)
        if db is None:
            self.window.close()
            return
        self._open(db)

    def close(self) -> None:
        """The window closes: an exit backup (problems shown as a warning), dispose, release the lock."""
        if self._closed:
            return
        self._closed = True
        self.idle.arm(False)
        if self.db is not None:
            self.backups.on_exit(self.db)
            self.db.dispose()
            self.db = None
        self._release()

    def _release(self) -> None:
        self.instance_lock.release()

    # ---- auto-lock ----------------------------------------------------------------------------------------------
    def set_auto_lock_minutes(self, minutes: int) -> None:
        self.idle.set_minutes(minutes)

    def set_idle_timeout_ms(self, ms: int) -> None:
        self.idle.set_ms(ms)

    def _restart_idle(self) -> None:
        self.idle.arm(self.db is not None and self.lock_screen is None)

    @property
    def is_locked(self) -> bool:
        return self.lock_screen is not None

    def lock(self) -> None:
        """Dispose the database and put the sign-in screen where the data was."""
        from commune_desk.ui.dialogs import sign_in_dialog
        from commune_desk.storage import keys

        if self.db is None or self.lock_screen is not None:
            return
        self.close_db()
        self.lock_screen = sign_in_dialog.LockScreen(str(self.path),
                                                     needs_password=keys.protection(self.path).encrypted)
        self.lock_screen.unlockRequested.connect(self.unlock)
        self.lock_screen.quitRequested.connect(self.window.close)
        self.window.cover(self.lock_screen)
        log.info("window locked")
        self.lockedChanged.emit(True)

    def unlock(self, secret: str) -> bool:
        from commune_desk.domain.errors import ExpectedError
        from commune_desk.storage.errors import PasswordRequired, WrongPassword

        if self.lock_screen is None:
            return True
        try:
            db = self.sign_in.open_with(secret)
        except (PasswordRequired, WrongPassword):
            self.lock_screen.show_error(self.sign_in.wrong_secret_text())
            return False
        except ExpectedError as exc:
            self.lock_screen.show_error(explain(exc)[1])
            return False
        if db is None:
            return False
        self.lock_screen = None
        self.window.uncover()
        self._open(db)
        log.info("window unlocked")
        self.lockedChanged.emit(False)
        return True
