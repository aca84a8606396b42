"""Checks of a whole plan across its rows: data cut-offs inside their periods, deadlines without a cut-off, targets
a commune can never meet. Each problem or warning names the cell (sheet, row, column, address)."""

from __future__ import annotations

from datetime import timedelta

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Problem
from commune_desk.domain.indicators import CATALOGUE, COUNT

# Indicators whose commune figure is yes/no (0 or 1): a count above 1 is a total of several communes. The hand-entered
# ones say so by their shape; the healthy-commune result is computed, 1 or 0 for the year.
YES_NO = ("HEALTHY_COMMUNE",) + tuple(code for code, d in CATALOGUE.items() if d.shape == "yes_no")


def _where(sheet: str, row: int, column: str, cells: dict) -> str:
    cell = cells.get(column)
    ref = f" ({cell.ref})" if cell is not None and cell.ref else ""
    return f"sheet '{sheet}', row {row}, column '{column}'{ref}"


def _dmy(day) -> str:
    return f"{day:%d/%m/%Y}"


def check_cutoffs(plan, rows: dict) -> tuple[list[Problem], list[Problem]]:
    """(problems, warnings) of the deadlines sheet; `rows` maps a deadline's index to (row number, cells).

    A stated cut-off must fall inside each period it applies to and not after the report is due. A deadline due
    before its period ends with no cut-off is a warning: communes reporting on different days would count to
    different days (domain: "Data cut-off versus deadline").
    """
    problems, warnings = [], []
    scheme = plan.scheme
    for index, deadline in enumerate(plan.deadlines):
        row, cells = rows.get(index, (0, {}))
        where = _where("deadlines", row, "cutoff", cells)
        early = []
        for period in deadline.periods(plan.year):
            start, end = scheme.window(period)
            due = deadline.due.due(period)
            day = deadline.cutoff.day(period) if deadline.cutoff else None
            if day is not None and not start <= day <= end:
                problems.append(Problem(where, QT_TRANSLATE_NOOP(
                    "Problems", "a data cut-off inside the period {period} ({start} – {end}); found {found}"),
                    args={"period": period.code, "start": _dmy(start), "end": _dmy(end), "found": _dmy(day)}))
            elif day is not None and day > due:
                problems.append(Problem(where, QT_TRANSLATE_NOOP(
                    "Problems", "a data cut-off on or before the due date {due} of {period}; found {found}"),
                    args={"period": period.code, "due": _dmy(due), "found": _dmy(day)}))
            elif day is None and due < end:
                early.append((period, due, end))
        if early:
            period, due, end = early[0]
            warnings.append(Problem(where, QT_TRANSLATE_NOOP(
                "Problems", "the report of {period} is due on {due}, before its period ends on {end}, and no data "
                            "cut-off on or before that day is given: each commune would count to the day it signs; "
                            "state one, e.g. {example}"), "warning",
                args={"period": period.code, "due": _dmy(due), "end": _dmy(end),
                      "example": f"{due - timedelta(days=1):%d/%m}" if deadline.due.fixed else
                      f"day {max(1, due.day - 1)} of last month of period"}))
    return problems, warnings


def check_targets(plan, rows: dict, populations: dict | None = None) -> list[Problem]:
    """Warnings about targets one commune can never meet: a yes/no indicator with a count above 1, or a count
    above the population behind the indicator (`populations`: indicator -> the commune's number)."""
    warnings = []
    populations = populations or {}
    for target in plan.targets:
        if not target.judged or target.unit != COUNT:
            continue
        row, cells = rows.get(target.code, (0, {}))
        column = "commune_quota" if target.is_office else "value"
        where = _where("targets", row, column, cells)
        goal = target.goal
        if target.indicator in YES_NO and goal > 1:
            warnings.append(Problem(where, QT_TRANSLATE_NOOP(
                "Problems", "a count of at most 1: {indicator} is yes or no for one commune, so {value} can never "
                            "be met; if it is the superior office's total, set level to office (and commune_quota "
                            "to the commune's share, if it has one)"), "warning",
                args={"indicator": target.indicator, "value": f"{goal:g}"}))
            continue
        population = populations.get(target.indicator)
        if population is not None and CATALOGUE[target.indicator].kind == "ratio" and goal > population:
            warnings.append(Problem(where, QT_TRANSLATE_NOOP(
                "Problems", "a count of at most {population} (the commune's whole population behind "
                            "{indicator}): {value} can never be met; if it is the superior office's total, set "
                            "level to office"), "warning",
                args={"population": f"{population:g}", "indicator": target.indicator, "value": f"{goal:g}"}))
    return warnings
