"""First paint at start-up: AfterFirstPaint holds heavy work back until the home screen is on screen, and the
benchmark probe (COMMUNE_DESK_EXIT_AFTER_PAINT=1) prints "first-paint" once the home page with the database's
figures (the quick one or the full one, whichever comes first) has painted, then "areas-ready", and quits."""

from __future__ import annotations

import os
import sys
import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
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
            sys.stdout.write("areas-ready\n")
            sys.stdout.flush()
            self.quit(0)

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
            sys.stdout.write("areas-ready\n")
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
