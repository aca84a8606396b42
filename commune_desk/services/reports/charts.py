"""Draws the targets-vs-achieved chart with QPainter on a QImage (QtGui only, no window) and returns PNG bytes."""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QImage, QPainter, QPen

from commune_desk.domain.indicators import (AT_RISK, MET, MISSED, NO_DATA, OFFICE, ON_TRACK, PERCENT, STATUS_VI,
                                            format_vi)

# Deterministic output: the same figures always give the same pixels (fixed size, DPI and font sizes in pixels).
WIDTH = 1400
ROW_HEIGHT = 62
DPI = 150
FONTS = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Liberation Sans", "Arial")
# In a Word report the chart's text matches the document's Times New Roman (Liberation Serif is metric-compatible).
SERIF_FONTS = ("Times New Roman", "Liberation Serif", "Tinos", "Noto Serif", "DejaVu Serif")
STATUS_COLOURS = {MET: "#2e7d32", ON_TRACK: "#1565c0", AT_RISK: "#ef6c00", MISSED: "#c62828", NO_DATA: "#9e9e9e",
                  OFFICE: "#6d4c41"}
_COMPARISON_SIGNS = {">=": "≥", "<=": "≤", "=": "="}


@dataclass(frozen=True)
class ChartBar:
    """One target on the chart: its label, the achieved figure and the target, in the target's unit."""

    label: str
    achieved: float | None
    target: float
    unit: str = PERCENT
    comparison: str = ">="
    status: str = NO_DATA


def bars_from_results(results) -> list[ChartBar]:
    """Chart bars from services.targets.indicators.TargetResult objects (code and text of the plan as label)."""
    return [ChartBar(f"{r.target.code}. {r.target.text}", r.achieved, r.target.goal, r.target.unit,
                     r.target.comparison, r.status) for r in results]


def ensure_gui_application() -> None:
    """QPainter text needs a QGuiApplication; headless callers (CLI reports) get an offscreen one."""
    if QGuiApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global _APP  # kept alive for the process
    _APP = QGuiApplication(["commune-desk-charts"])


_APP = None


def serif_family() -> str | None:
    """The first Times-compatible family with Vietnamese glyphs installed here, None when there is none."""
    families = set(QFontDatabase.families(QFontDatabase.WritingSystem.Vietnamese))
    return next((f for f in SERIF_FONTS if f in families), None)


def _font(pixels: int, bold: bool = False, serif: bool = False) -> QFont:
    families = set(QFontDatabase.families(QFontDatabase.WritingSystem.Vietnamese))
    family = ((serif_family() if serif else None) or next((f for f in FONTS if f in families), None)
              or QGuiApplication.font().family())
    font = QFont(family)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _scale(bar: ChartBar) -> float:
    """The value at the right end of the bar's track: 100% for percentages, else a little past the larger."""
    if bar.unit == PERCENT:
        return max(100.0, bar.achieved or 0.0, bar.target)
    return max(bar.target, bar.achieved or 0.0, 1.0) * 1.2


def chart_size(bars: int, *, title: str = "", width: int = WIDTH, legend: bool = True) -> tuple[int, int]:
    """(width, height) in pixels of the image render_chart makes for that many bars, without drawing it."""
    top = 56 if title else 12
    bottom = 48 if legend else 12
    return width, top + max(bars, 1) * ROW_HEIGHT + bottom


def render_chart(bars: list[ChartBar], *, title: str = "", width: int = WIDTH,
                 legend: bool = True, serif: bool = False) -> QImage:
    """The chart as a QImage: one row per target, the achieved bar coloured by status, the target as a marker.
    `serif`: text in a Times-compatible face (for Word reports), else the interface's sans-serif."""
    ensure_gui_application()
    top = 56 if title else 12
    width, height = chart_size(len(bars), title=title, width=width, legend=legend)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    dpm = round(DPI / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    image.fill(QColor("white"))
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if title:
            p.setFont(_font(24, bold=True, serif=serif))
            p.setPen(QColor("#202020"))
            p.drawText(QRectF(16, 8, width - 32, top - 12), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       title)
        label_w = int(width * 0.40)
        value_w = 150
        track_x = 16 + label_w + 12
        track_w = width - track_x - value_w - 16
        label_font, small = _font(17, serif=serif), _font(15, serif=serif)
        metrics = QFontMetricsF(label_font)
        if not bars:
            p.setFont(label_font)
            p.setPen(QColor("#606060"))
            p.drawText(QRectF(16, top, width - 32, ROW_HEIGHT), Qt.AlignmentFlag.AlignCenter, "Chưa có chỉ tiêu")
        for i, bar in enumerate(bars):
            y = top + i * ROW_HEIGHT
            if i % 2:
                p.fillRect(QRectF(0, y, width, ROW_HEIGHT), QColor("#f5f7fa"))
            _row(p, bar, y, label_font, small, metrics, label_w, track_x, track_w, value_w)
        if legend:
            _legend(p, top + max(len(bars), 1) * ROW_HEIGHT + 12, small, any(b.status == OFFICE for b in bars))
    finally:
        p.end()
    return image


def _row(p, bar, y, label_font, small, metrics, label_w, track_x, track_w, value_w) -> None:
    p.setFont(label_font)
    p.setPen(QColor("#202020"))
    lines = _two_lines(bar.label, metrics, label_w)
    p.drawText(QRectF(16, y + 4, label_w, ROW_HEIGHT - 8),
               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "\n".join(lines))
    bar_h = 22
    by = y + (ROW_HEIGHT - bar_h) / 2
    p.fillRect(QRectF(track_x, by, track_w, bar_h), QColor("#e3e7ed"))
    scale = _scale(bar)
    colour = QColor(STATUS_COLOURS.get(bar.status, STATUS_COLOURS[NO_DATA]))
    if bar.achieved is not None and bar.achieved > 0:
        p.fillRect(QRectF(track_x, by, track_w * min(bar.achieved / scale, 1.0), bar_h), colour)
    mx = track_x + track_w * min(bar.target / scale, 1.0)
    p.setPen(QPen(QColor("#111111"), 3))
    p.drawLine(QPointF(mx, by - 6), QPointF(mx, by + bar_h + 3))
    p.setFont(small)
    p.setPen(QColor("#303030"))
    sign = _COMPARISON_SIGNS.get(bar.comparison, bar.comparison)
    marker = f"{sign} {format_vi(bar.target, bar.unit)}"
    marker_w = QFontMetricsF(small).horizontalAdvance(marker) + 4
    mleft = min(max(mx - marker_w / 2, track_x), track_x + track_w - marker_w)
    p.drawText(QRectF(mleft, by + bar_h + 4, marker_w, 16), Qt.AlignmentFlag.AlignCenter, marker)
    p.setFont(label_font)
    p.setPen(colour.darker(115))
    p.drawText(QRectF(track_x + track_w + 10, y, value_w - 10, ROW_HEIGHT),
               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, format_vi(bar.achieved, bar.unit))


def _two_lines(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """The label wrapped on at most two lines, the second elided."""
    words, first = text.split(), ""
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        if metrics.horizontalAdvance(candidate) <= width:
            first = candidate
            rest = " ".join(words[n:])
            break
    else:
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)] if rest else [first]


def _legend(p, y, font, office: bool = False) -> None:
    p.setFont(font)
    metrics = QFontMetricsF(font)
    x = 16.0
    for status in (MET, ON_TRACK, AT_RISK, MISSED, NO_DATA) + ((OFFICE,) if office else ()):
        p.fillRect(QRectF(x, y + 6, 18, 18), QColor(STATUS_COLOURS[status]))
        p.setPen(QColor("#303030"))
        text = STATUS_VI[status]
        p.drawText(QRectF(x + 24, y, metrics.horizontalAdvance(text) + 4, 30),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        x += 24 + metrics.horizontalAdvance(text) + 28
    p.setPen(QPen(QColor("#111111"), 3))
    p.drawLine(QPointF(x, y + 4), QPointF(x, y + 26))
    p.setPen(QColor("#303030"))
    p.drawText(QRectF(x + 10, y, 200, 30), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "Chỉ tiêu")


def to_png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def targets_chart_png(bars: list[ChartBar], *, title: str = "", width: int = WIDTH, legend: bool = True,
                      serif: bool = False) -> bytes:
    """PNG bytes of the chart (for the dashboard and, with `serif`, the Word report)."""
    return to_png(render_chart(bars, title=title, width=width, legend=legend, serif=serif))
