"""The background run of a records check or import, shared by the import dialog and the mapping dialog.

A job runs on the background runner; its progress bar moves through the phases, the phase label beside it says
what is being done and how many rows of it ("Đang kiểm tra: 12.000 / 50.000 dòng"), and Cancel stops it before
the commit. The phase text is made on the worker (QCoreApplication.translate is thread-safe) and travels in the
runner's progress signal, so only the callbacks touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from commune_desk.services.records.import_progress import ImportStep, step_text
from commune_desk.ui.language import fmt_int
from commune_desk.ui.operations import Operation


def reporting(progress: Callable[[int, int, str], None]) -> Callable[[ImportStep], None]:
    """An import's `progress(ImportStep)` passed on to the runner's `progress(done, total, text)` (worker side)."""

    def report(step: ImportStep) -> None:
        progress(step.done, step.total, step_text(step, QCoreApplication.translate, fmt_int))

    return report


class ImportRun:
    """Mixin of a dialog with `progress` (QProgressBar), `phase` and `status` (QLabel), `cancel_button` and
    `_set_busy(busy)` for its own buttons (add_dry_run_controls makes the widgets)."""

    operation: Operation | None = None

    def _start(self, job, on_success, text: str) -> None:
        self._busy(True)
        self.progress.setRange(0, 0)  # busy until the reader reports rows
        self.phase.setText("")
        self.status.setText(text)
        self.operation = Operation(job, self)
        self.operation.progress.connect(self._progress)
        self.operation.succeeded.connect(on_success)
        self.operation.failed.connect(self._failed)
        self.operation.finished.connect(lambda: self._busy(False))
        self.operation.start()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.phase.setVisible(busy)
        self._set_busy(busy)

    def cancel(self) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.cancel()
            self.status.setText(QCoreApplication.translate("DryRunControls", "Cancelling…"))

    def _progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:  # a phase without a scale yet: a busy bar
            self.progress.setRange(0, 0)
        if text:
            self.phase.setText(text)
