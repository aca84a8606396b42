"""Background runner: a job runs on a QThreadPool worker; progress, success and failure arrive as Qt signals.

The job is a plain function `job(progress, cancelled)` that must not touch widgets; it opens its own sessions
through the Database it was given. `progress(done, total, text)` reports, `cancelled()` tells it to stop
(raise `Cancelled`). Only the callbacks, delivered on the GUI thread, touch widgets.
"""

from __future__ import annotations

import threading
import traceback
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# The one cancellation exception lives in the domain (services raise it too); jobs may import it from here.
from commune_desk.domain.errors import Cancelled

__all__ = ["Cancelled", "Operation", "run_in_background"]


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, op: "Operation") -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op = op

    def run(self) -> None:
        op = self._op
        try:
            result = op.job(op._report, op.is_cancelled)
        except BaseException as exc:  # everything goes back to the GUI thread, which decides
            op.signals.failed.emit(exc, traceback.format_exc())
        else:
            op.signals.succeeded.emit(result)
        finally:
            op._done.set()
            op.signals.finished.emit()


class Operation(QObject):
    """One background job. Connect `progress`, `succeeded`, `failed`, `finished`, then `start()`."""

    def __init__(self, job: Callable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.signals = _Signals()
        self.progress = self.signals.progress
        self.succeeded = self.signals.succeeded
        self.failed = self.signals.failed
        self.finished = self.signals.finished
        self._cancel = threading.Event()
        self._done = threading.Event()

    def _report(self, done: int, total: int, text: str = "") -> None:
        self.signals.progress.emit(int(done), int(total), text)

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def start(self, pool: QThreadPool | None = None) -> "Operation":
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))
        return self

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job ended (for tests and shutdown); the signals are still delivered by the loop."""
        return self._done.wait(timeout)

    @property
    def running(self) -> bool:
        return not self._done.is_set()


def run_in_background(job: Callable, *, on_success: Callable | None = None, on_failure: Callable | None = None,
                      on_progress: Callable | None = None, on_finished: Callable | None = None,
                      parent: QObject | None = None) -> Operation:
    """Start `job` in the pool with the given GUI-thread callbacks; returns the Operation (keep a reference).

    Connect `finished` here (`on_finished`), not on the returned Operation: a short job can end before the
    caller connects, and a signal with no receiver yet is lost (a busy screen then never became idle again)."""
    op = Operation(job, parent)
    if on_finished:
        op.finished.connect(on_finished)
    if on_progress:
        op.progress.connect(on_progress)
    if on_success:
        op.succeeded.connect(on_success)
    if on_failure:
        op.failed.connect(on_failure)
    return op.start()
