"""Start-up probe for benchmarks: with COMMUNE_DESK_EXIT_AFTER_PAINT=1, print "first-paint" and quit once the
home page, built on the open database, has painted its content."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

EXIT_AFTER_PAINT_ENV = "COMMUNE_DESK_EXIT_AFTER_PAINT"


def wanted() -> bool:
    return os.environ.get(EXIT_AFTER_PAINT_ENV, "") not in ("", "0")


class FirstPaintProbe(QObject):
    """Watches the home page the session builds; the first paint of it prints "first-paint" and ends the app."""

    def __init__(self, window, session, quit) -> None:
        super().__init__(window)
        self.window = window
        self.quit = quit
        self.painted_at: float | None = None
        self._watched = None
        session.opened.connect(self._watch)

    def _watch(self, _areas) -> None:
        if self.painted_at is not None:
            return
        # Opaque children hide the page itself from paint events: watch every paint under it.
        self._watched = self.window.page("home")
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
        sys.stdout.write("first-paint\n")
        sys.stdout.flush()
        self.quit(0)
