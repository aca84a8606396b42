"""The targets-vs-achieved chart as data: its bars, size and colours, and the renderer a report is given to draw it.

Drawing needs QtGui, which services never import: the window (app.py) and the command line (cli.py) pass a
`ChartRenderer` from `commune_desk.render.charts` to the report services, and a report made without one has no
chart (Phụ lục I still carries the same figures as a table).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from commune_desk.domain.indicators import AT_RISK, MET, MISSED, NO_DATA, OFFICE, ON_TRACK, PERCENT

if TYPE_CHECKING:
    from commune_desk.domain.report_content import TargetLine
    from commune_desk.services.targets.indicators import TargetResult

# Deterministic output: the same figures always give the same pixels (fixed size, DPI and font sizes in pixels).
WIDTH = 1400
ROW_HEIGHT = 62
DPI = 150
STATUS_COLOURS = {
    MET: "#2e7d32",
    ON_TRACK: "#1565c0",
    AT_RISK: "#ef6c00",
    MISSED: "#c62828",
    NO_DATA: "#9e9e9e",
    OFFICE: "#6d4c41",
}


@dataclass(frozen=True)
class ChartBar:
    """One target on the chart: its label, the achieved figure and the target, in the target's unit."""

    label: str
    achieved: float | None
    target: float
    unit: str = PERCENT
    comparison: str = ">="
    status: str = NO_DATA


class ChartRenderer(Protocol):
    """Draws bars into PNG bytes (`commune_desk.render.charts.targets_chart_png` or an `OffscreenCharts`)."""

    def __call__(
        self,
        bars: Sequence[ChartBar],
        *,
        title: str = "",
        width: int = WIDTH,
        legend: bool = True,
        serif: bool = False,
    ) -> bytes: ...


def bars_from_results(results: Iterable[TargetResult]) -> list[ChartBar]:
    """Chart bars from services.targets.indicators.TargetResult objects (code and text of the plan as label)."""
    return [
        ChartBar(
            f"{r.target.code}. {r.target.text}",
            r.achieved,
            r.target.goal,
            r.target.unit,
            r.target.comparison,
            r.status,
        )
        for r in results
    ]


def bars_from_lines(lines: Iterable[TargetLine]) -> list[ChartBar]:
    """Chart bars from a report's target lines (Phụ lục I); an office-level target is drawn against its quota."""
    return [
        ChartBar(
            f"{t.code}. {t.text}",
            t.achieved,
            t.target if t.goal is None else t.goal,
            t.unit,
            t.comparison,
            t.status,
        )
        for t in lines
    ]


def chart_size(bars: int, *, title: str = "", width: int = WIDTH, legend: bool = True) -> tuple[int, int]:
    """(width, height) in pixels of the image a renderer makes for that many bars, without drawing it."""
    top = 56 if title else 12
    bottom = 48 if legend else 12
    return width, top + max(bars, 1) * ROW_HEIGHT + bottom
