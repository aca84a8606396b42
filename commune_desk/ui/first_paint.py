"""First paint at start-up: AfterFirstPaint holds heavy work back until the home screen is on screen, and the
benchmark probe (COMMUNE_DESK_EXIT_AFTER_PAINT=1) prints "first-paint" once the home page with the database's
figures (the quick one or the full one, whichever comes first) has painted, then "areas-ready", and quits."""

from __future__ import annotations

import os
import sys
import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

EXIT_AFTER_PAINT_ENV = "COMMUNE_DESK_EXIT_AFTER_PAINT"
MODULES_ENV = "COMMUNE_DESK_FIRST_PAINT_MODULES"
HEAVY = ("sqlalchemy", "alembic", "cryptography", "openpyxl", "docx", "sqlcipher3", "asn1crypto", "bagit")


def wanted() -> bool:
    return os.environ.get(EXIT_AFTER_PAINT_ENV, "") not in ("", "0")


class FirstPaintProbe(QObject):
    """Prints "first-paint" at the first paint of the home page, "areas-ready" once every area is built over the
    open database (the application is fully usable), and ends the app when both have happened."""

    def __init__(self, window, session, quit) -> None:
        super().__init__(window)
        self.window = window
        self.quit = quit
        self.painted_at: float | None = None
        self._reported = False
        self._ready = False
        self._watched = None
        self._stall = 0.0
        self._last_tick = 0.0
        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self._tick)
        session.homeShown.connect(self._watch)
        session.opened.connect(self._areas_ready)

    def _areas_ready(self, _areas) -> None:
        # After the handlers of `opened` (a first-run form …) have had their turn.
        QTimer.singleShot(0, self._say_ready)

    def _say_ready(self) -> None:
        if self._ready:
            return
        self._ready = True
        if self._reported:
            self._ticker.stop()
            self._tick()
            sys.stdout.write(f"longest-stall-ms: {self._stall * 1000:.0f}\nareas-ready\n")
            sys.stdout.flush()
            self.quit(0)

    def _tick(self) -> None:
        """A 5 ms timer between the first paint and areas-ready: its longest gap is how long the UI froze."""
        now = time.perf_counter()
        self._stall = max(self._stall, now - self._last_tick)
        self._last_tick = now

    def _watch(self, home) -> None:
        if self.painted_at is not None:
            return
        # Opaque children hide the page itself from paint events: watch every paint under it.
        self._watched = home
        QCoreApplication.instance().installEventFilter(self)
        self._watched.update()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.Paint and self.painted_at is None and self._watched is not None
                and isinstance(obj, QWidget) and (obj is self._watched or self._watched.isAncestorOf(obj))):
            self.painted_at = time.perf_counter()
            # After this paint event has been handled: the home page is on screen with its content.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        QCoreApplication.instance().removeEventFilter(self)
        if os.environ.get(MODULES_ENV, "") not in ("", "0"):  # tests: what had been imported by then
            loaded = sorted(m for m in HEAVY if m in sys.modules)
            sys.stdout.write("loaded-at-first-paint: " + ",".join(loaded) + "\n")
        sys.stdout.write("first-paint\n")
        self._reported = True
        if self._ready:  # no quick home: the areas were built before the home could paint
            sys.stdout.write("longest-stall-ms: 0\nareas-ready\n")
        else:
            self._last_tick = time.perf_counter()
            self._ticker.start(5)
        sys.stdout.flush()
        if self._ready:
            self.quit(0)


class AfterFirstPaint(QObject):
    """Runs `then` once `widget` (or a child) has painted, or after `fallback_ms` (a minimised window never
    paints); used so heavy start-up work begins only when the user already sees the home screen."""

    def __init__(self, widget, then: Callable, fallback_ms: int = 250) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then = then
        self._done = False
        QCoreApplication.instance().installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._run)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.Paint and not self._done and isinstance(obj, QWidget)
                and (obj is self._widget or self._widget.isAncestorOf(obj))):
            # Two hops: the paint finishes and whatever it queued (the frame's flush, probes) runs before the
            # heavy work starts.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._run))
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        QCoreApplication.instance().removeEventFilter(self)
        self._then()


class _Relay(QObject):
    done = Signal()


def preload_then(preload: Callable | None, then: Callable, parent: QObject) -> None:
    """Run `preload()` (imports only, no Qt objects) on a worker thread, then `then()` on the UI thread.

    Importing SQLAlchemy and the storage modules takes a few hundred milliseconds of pure Python; done on a
    thread, the painted home keeps answering the mouse meanwhile. A failing preload changes nothing: `then`
    imports the same modules on the UI thread and meets the same error where it is handled.
    """
    if preload is None:
        then()
        return
    import threading

    relay = _Relay(parent)
    relay.done.connect(then)  # queued: emitted from the worker, run by the UI thread's event loop

    def work() -> None:
        try:
            preload()
        except Exception:  # noqa: BLE001 - reported when the UI thread imports the same module
            pass
        try:
            relay.done.emit()
        except RuntimeError:  # the window closed meanwhile
            pass

    threading.Thread(target=work, name="commune-desk-preload", daemon=True).start()

