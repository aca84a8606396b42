"""Start-up probe for benchmarks: with COMMUNE_DESK_EXIT_AFTER_PAINT=1, print "first-paint" and quit once the
home page, built on the open database, has painted its content."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer

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
        home = self.window.page("home")
        self._watched = home
        home.installEventFilter(self)
        home.update()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self._watched and event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
            # After this paint event has been handled: the home page is on screen with its content.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        sys.stdout.write("first-paint\n")
        sys.stdout.flush()
        self.quit(0)
