"""Auto-lock: a timer restarted by the officer's input anywhere in the application, firing `idle` after the chosen
time without input; it waits while a form is open, so typing is never lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

IDLE_RESET_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)


class AutoLock(QObject):
    """Watches input application-wide (an event filter: any window, dialog or menu counts as activity) and emits
    `idle` once `ms` pass without any; `arm(True)` starts watching, `arm(False)` stops (locked or closed)."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timeout)
        self.ms = 0
        self._armed = False
        QCoreApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_ms(int(minutes) * 60_000)

    def set_ms(self, ms: int) -> None:
        """0 turns auto-lock off."""
        self.ms = max(0, int(ms))
        self.arm(self._armed)

    def arm(self, on: bool) -> None:
        self._armed = on
        if on and self.ms:
            self.timer.start(self.ms)
        else:
            self.timer.stop()

    def isActive(self) -> bool:  # noqa: N802 - reads like the QTimer it stands for
        return self.timer.isActive()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in IDLE_RESET_EVENTS and self.timer.isActive():
            self.timer.start(self.ms)
        return False

    def _timeout(self) -> None:
        if QApplication.activeModalWidget() is not None:  # a form is open: never lose the user's typing
            self.arm(True)
            return
        self.idle.emit()
