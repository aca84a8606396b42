"""A long command's progress on stderr: one line at each phase change and at most one a second between, only on a
terminal (a script reading stderr sees only problems and refusals) and never with `--quiet`."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TextIO

from commune_desk.services.records.import_progress import ImportStep, step_text

INTERVAL = 1.0  # seconds between two lines of the same phase


def grouped(value: int, vietnamese: bool) -> str:
    """12000 -> "12.000" in Vietnamese, "12,000" in English (as the window's fmt_int)."""
    text = f"{value:,}"
    return text.replace(",", ".") if vietnamese else text


class ProgressLines:
    """`progress(ImportStep)` for an import, printing `commune-desk: Checking: 12,000 / 50,000 rows` lines."""

    def __init__(
        self,
        err: TextIO,
        translate: Callable[[str, str], str] | None = None,
        *,
        interval: float = INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._err, self._translate, self._interval, self._clock = err, translate, interval, clock
        self._phase: str | None = None
        self._last = 0.0

    def __call__(self, step: ImportStep) -> None:
        now = self._clock()
        if step.phase == self._phase and now - self._last < self._interval:
            return
        self._phase, self._last = step.phase, now
        text = step_text(step, self._translate, lambda n: grouped(n, self._translate is not None))
        self._err.write(f"commune-desk: {text}\n")
        self._err.flush()


def progress_for(args: Any, err: TextIO) -> ProgressLines | None:
    """The progress printer of a command run with `args`, or None: `--quiet`, or stderr is not a terminal."""
    if getattr(args, "quiet", False):
        return None
    isatty = getattr(err, "isatty", None)
    if isatty is None or not isatty():
        return None
    from commune_desk.cli_language import translate_for

    return ProgressLines(err, translate_for(args))
