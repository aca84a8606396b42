"""What signing a period would do, computed without writing: the window it locks, the cut-off, what goes in.

The packages screen shows it in a confirmation before anything is signed (issue 18 item 3): signing locks every
record dated in the data window, and a period signed before it has ended locks its first days only, so later
activities of that period can no longer be entered until it is amended.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from commune_desk.domain.periods import Period
from commune_desk.storage.database import Database

# The indicators the confirmation shows first (the headline figures of the report's "đánh giá chung").
KEY_FIGURES = 6


@dataclass(frozen=True)
class KeyFigure:
    code: str
    label: str
    numerator: float | None  # None: a manual figure nobody has entered
    denominator: float | None  # None for counts
    percent: float | None


@dataclass(frozen=True)
class SignPreview:
    """`window`: the records it locks (from, to); `period_window`: the whole period; `cutoff`: the data cut-off
    the report states ("số liệu tính đến ngày"); `records`: how many records are dated in the window."""

    period: str
    revision: int
    window: tuple[dt.date, dt.date]
    period_window: tuple[dt.date, dt.date]
    cutoff: dt.date | None
    day: dt.date
    records: int
    figures: tuple[KeyFigure, ...]
    plan_title: str = ""

    @property
    def ended(self) -> bool:
        """The period is over on the day of signing (its last day has passed)."""
        return self.day > self.period_window[1]

    @property
    def days_left(self) -> int:
        """Days of the period still to come after the day of signing (0 once it has ended)."""
        return max(0, (self.period_window[1] - self.day).days)


def preview(
    db: Database,
    period: Period,
    *,
    day: dt.date,
    actor: str = "app",
    cutoff: dt.date | None = None,
    today: dt.date | None = None,
) -> SignPreview:
    """What `period_lifecycle.sign(db, period, …, day=day)` would lock and put in the package; nothing is
    written. Refusals of the report itself (a period not started, …) raise as signing would."""
    from commune_desk.services.packages.period_lifecycle import _ledger
    from commune_desk.services.reports.report_service import prepare
    from commune_desk.storage.period_repo import PeriodStateRepository

    content, _narrative, _settings = prepare(db, period, day=day, actor=actor, cutoff=cutoff, today=today, strict=True)
    window = content.window
    figures = []
    for code, pair in list(content.figures.items())[:KEY_FIGURES]:
        value = pair.period
        figures.append(
            KeyFigure(
                code,
                pair.label,
                value.numerator if value.entered else None,
                value.denominator,
                value.percent if value.entered else None,
            )
        )
    return SignPreview(
        period.code,
        _ledger(db, actor).next_revision(period.code),
        window,
        content.period_window or window,
        content.data_cutoff,
        day,
        PeriodStateRepository(db, actor).records_dated(*window),
        tuple(figures),
        content.plan_title,
    )
