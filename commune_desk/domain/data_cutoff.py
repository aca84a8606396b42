"""How far a report's figures count (số liệu tính đến ngày …) and which reports may not be made at all.

A report never states as fact what happened after the day it is dated: its data cut-off is at the latest its own
date, and never after its period's end. A plan may set an earlier cut-off for a kind of report; the officer may
choose one explicitly (on or before the report's date). A report dated before its period starts, or of a period
that has not started yet, is refused.
"""

from __future__ import annotations

from datetime import date

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError


class ReportRefused(ExpectedError):
    """The report cannot be made as asked (period not started, dated before its period, cut-off after its date)."""


def _dmy(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def check_report(period_code: str, window: tuple[date, date], day: date, today: date,
                 requested: date | None = None) -> None:
    """Raise ReportRefused when the report of `period_code` may not be made on `today`, dated `day`."""
    start, end = window
    if today < start:
        raise ReportRefused.of(QT_TRANSLATE_NOOP(
            "Problems", "the period {period} has not started: its data begin on {start}; its report can be made "
                        "from that day"), period=period_code, start=_dmy(start))
    if day < start:
        raise ReportRefused.of(QT_TRANSLATE_NOOP(
            "Problems", "a report of {period} cannot be dated {day}, before its period starts on {start}"),
            period=period_code, day=_dmy(day), start=_dmy(start))
    if requested is not None and requested > day:
        raise ReportRefused.of(QT_TRANSLATE_NOOP(
            "Problems", "the data cut-off {cutoff} is after the report's date {day}: a report never states data "
                        "after its own date"), cutoff=_dmy(requested), day=_dmy(day))
    if requested is not None and requested < start:
        raise ReportRefused.of(QT_TRANSLATE_NOOP(
            "Problems", "the data cut-off {cutoff} is before the period {period} starts on {start}"),
            cutoff=_dmy(requested), period=period_code, start=_dmy(start))


def report_cutoff(window: tuple[date, date], day: date, *, plan_cutoff: date | None = None,
                  requested: date | None = None) -> date:
    """The last day the report's figures count.

    The officer's explicit choice first, else the plan's cut-off for this report, else the report's date; never
    after the report's date (unless explicitly earlier), never after the period's end, never before its start.
    """
    start, end = window
    if requested is not None:
        chosen = requested
    elif plan_cutoff is not None:
        chosen = min(plan_cutoff, day)
    else:
        chosen = day
    return max(start, min(chosen, day, end))
