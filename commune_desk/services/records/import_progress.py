"""A records import's progress in words and numbers: its phase, the rows of that phase, and one scale for a bar.

The window, the mapping dialog and the command line all show the same step: "Checking: 12,000 / 50,000 rows"
("Đang kiểm tra: 12.000 / 50.000 dòng"). The templates are marked for Qt's translation here (services import no
Qt); each caller passes its own `translate` and number format.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from commune_desk.domain.errors import QT_TRANSLATE_NOOP
from commune_desk.services.records.records_read import ImportCancelled

PREPARE, READ, CHECK, WRITE = "prepare", "read", "check", "write"
CONTEXT = "ImportProgress"

# phase -> (text while the rows are not counted yet, text with the rows done and in all)
_TEXTS = {
    PREPARE: (
        QT_TRANSLATE_NOOP("ImportProgress", "Preparing your spreadsheet…"),
        QT_TRANSLATE_NOOP("ImportProgress", "Preparing your spreadsheet: {done} / {of} rows"),
    ),
    READ: (
        QT_TRANSLATE_NOOP("ImportProgress", "Reading the file…"),
        QT_TRANSLATE_NOOP("ImportProgress", "Reading the file: {done} / {of} rows"),
    ),
    CHECK: (
        QT_TRANSLATE_NOOP("ImportProgress", "Checking…"),
        QT_TRANSLATE_NOOP("ImportProgress", "Checking: {done} / {of} rows"),
    ),
    WRITE: (
        QT_TRANSLATE_NOOP("ImportProgress", "Writing…"),
        QT_TRANSLATE_NOOP("ImportProgress", "Writing: {done} / {of} rows"),
    ),
}


@dataclass(frozen=True)
class ImportStep:
    """Where an import is: `rows` of `of` rows of `phase` done (`of` 0 while not known); `done` of `total` on the
    one scale of every phase together (`total` 0: no scale, a busy bar)."""

    phase: str
    rows: int
    of: int
    done: int
    total: int


Progress = Callable[[ImportStep], None]


def step_text(
    step: ImportStep, translate: Callable[[str, str], str] | None = None, number: Callable[[int], str] = str
) -> str:
    """The step in words, through `translate(context, source)` (the untranslated English without one), its row
    counts through `number` (the language's digit grouping)."""
    plain, counted = _TEXTS[step.phase]
    tr = translate or (lambda _context, text: text)
    if step.of <= 0:
        return tr(CONTEXT, plain)
    return tr(CONTEXT, counted).replace("{done}", number(min(step.rows, step.of))).replace("{of}", number(step.of))


def cancelled_error() -> ImportCancelled:
    return ImportCancelled.of(QT_TRANSLATE_NOOP("Problems", "the import was cancelled; nothing was imported"))


class Phases:
    """One progress over an import's phases (each an equal share of the scale), and its cancel: asked at every
    report, a cancel raises ImportCancelled, which rolls back whatever the phase was writing."""

    SCALE = 1_000

    def __init__(
        self, names: tuple[str, ...], progress: Progress | None = None, cancel: Callable[[], bool] | None = None
    ) -> None:
        self._names, self._progress, self._cancel = names, progress, cancel

    def cancelled(self) -> None:
        if self._cancel is not None and self._cancel():
            raise cancelled_error()

    def begin(self, index: int, of: int = 0) -> None:
        """Phase `index` starts (`of` rows, 0 when not counted yet): the words change before its first rows."""
        self.phase(index)(0, of)

    def phase(self, index: int) -> Callable[[int, int], None]:
        """The `(rows done, rows in all)` report of phase `index`."""

        def report(done: int, total: int) -> None:
            self.cancelled()
            if self._progress is not None:
                share = min(done, total) / total if total > 0 else 0.0
                scale = len(self._names) * self.SCALE
                self._progress(
                    ImportStep(self._names[index], done, max(total, 0), round((index + share) * self.SCALE), scale)
                )

        return report
