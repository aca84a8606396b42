"""Draws the targets-vs-achieved chart with QPainter on a QImage and returns PNG bytes (QtGui only, no window).

QPainter's text needs a QGuiApplication. The window already has its QApplication; the command line draws
through an `OffscreenCharts`, which makes an offscreen one only when it draws and shuts it down when closed, so no
application object outlives the command that needed it.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QImage, QPainter, QPen

from commune_desk.domain.indicators import AT_RISK, MET, MISSED, NO_DATA, OFFICE, ON_TRACK, STATUS_VI, format_vi
from commune_desk.services.reports.chart_data import (
    DPI,
    ROW_HEIGHT,
    STATUS_COLOURS,
    WIDTH,
    ChartBar,
    chart_size,
)

FONTS = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Liberation Sans", "Arial")
# In a Word report the chart's text matches the document's Times New Roman (Liberation Serif is metric-compatible).
SERIF_FONTS = ("Times New Roman", "Liberation Serif", "Tinos", "Noto Serif", "DejaVu Serif")
_COMPARISON_SIGNS = {">=": "≥", "<=": "≤", "=": "="}


class NoGuiApplication(RuntimeError):
    """Drawing text was asked for in a process without a QGuiApplication (a caller's wiring error)."""


def serif_family() -> str | None:
    """The first Times-compatible family with Vietnamese glyphs installed here, None when there is none."""
    families = set(QFontDatabase.families(QFontDatabase.WritingSystem.Vietnamese))
    return next((f for f in SERIF_FONTS if f in families), None)


def _font(pixels: int, bold: bool = False, serif: bool = False) -> QFont:
    families = set(QFontDatabase.families(QFontDatabase.WritingSystem.Vietnamese))
    family = (
        (serif_family() if serif else None)
        or next((f for f in FONTS if f in families), None)
        or QGuiApplication.font().family()
    )
    font = QFont(family)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _scale(bar: ChartBar) -> float:
    """The value at the right end of the bar's track: 100% for percentages, else a little past the larger."""
    if bar.unit == "%":
        return max(100.0, bar.achieved or 0.0, bar.target)
    return max(bar.target, bar.achieved or 0.0, 1.0) * 1.2


def render_chart(
    bars: Sequence[ChartBar], *, title: str = "", width: int = WIDTH, legend: bool = True, serif: bool = False
) -> QImage:
    """The chart as a QImage: one row per target, the achieved bar coloured by status, the target as a marker.
    `serif`: text in a Times-compatible face (for Word reports), else the interface's sans-serif."""
    if QGuiApplication.instance() is None:
        raise NoGuiApplication("drawing the chart needs a QGuiApplication (the CLI uses OffscreenCharts)")
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
            p.drawText(
                QRectF(16, 8, width - 32, top - 12), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
            )
        label_w = int(width * 0.40)
        value_w = 150
        track_x = 16 + label_w + 12
        track_w = width - track_x - value_w - 16
        label_font, small = _font(17, serif=serif), _font(15, serif=serif)
        if not bars:
            p.setFont(label_font)
            p.setPen(QColor("#606060"))
            p.drawText(QRectF(16, top, width - 32, ROW_HEIGHT), Qt.AlignmentFlag.AlignCenter, "Chưa có chỉ tiêu")
        for i, bar in enumerate(bars):
            y = top + i * ROW_HEIGHT
            if i % 2:
                p.fillRect(QRectF(0, y, width, ROW_HEIGHT), QColor("#f5f7fa"))
            _row(p, bar, y, (label_font, small), (label_w, track_x, track_w, value_w))
        if legend:
            _legend(p, top + max(len(bars), 1) * ROW_HEIGHT + 12, small, any(b.status == OFFICE for b in bars))
    finally:
        p.end()
    return image


def _row(p: QPainter, bar: ChartBar, y: int, fonts: tuple[QFont, QFont], geometry: tuple[int, int, int, int]) -> None:
    label_font, small = fonts
    label_w, track_x, track_w, value_w = geometry
    p.setFont(label_font)
    p.setPen(QColor("#202020"))
    lines = _two_lines(bar.label, QFontMetricsF(label_font), label_w)
    p.drawText(
        QRectF(16, y + 4, label_w, ROW_HEIGHT - 8),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        "\n".join(lines),
    )
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
    p.drawText(
        QRectF(track_x + track_w + 10, y, value_w - 10, ROW_HEIGHT),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        format_vi(bar.achieved, bar.unit),
    )


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


def _legend(p: QPainter, y: int, font: QFont, office: bool = False) -> None:
    p.setFont(font)
    metrics = QFontMetricsF(font)
    x = 16.0
    for status in (MET, ON_TRACK, AT_RISK, MISSED, NO_DATA) + ((OFFICE,) if office else ()):
        p.fillRect(QRectF(x, y + 6, 18, 18), QColor(STATUS_COLOURS[status]))
        p.setPen(QColor("#303030"))
        text = STATUS_VI[status]
        p.drawText(
            QRectF(x + 24, y, metrics.horizontalAdvance(text) + 4, 30),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        x += 24 + metrics.horizontalAdvance(text) + 28
    p.setPen(QPen(QColor("#111111"), 3))
    p.drawLine(QPointF(x, y + 4), QPointF(x, y + 26))
    p.setPen(QColor("#303030"))
    p.drawText(QRectF(x + 10, y, 200, 30), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "Chỉ tiêu")


def to_png(image: QImage) -> bytes:
    """The image's PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 6.11 takes only str
    buffer.close()
    return bytes(data.data())


def targets_chart_png(
    bars: Sequence[ChartBar], *, title: str = "", width: int = WIDTH, legend: bool = True, serif: bool = False
) -> bytes:
    """PNG bytes of the chart (for the dashboard and, with `serif`, the Word report); the window's renderer."""
    return to_png(render_chart(bars, title=title, width=width, legend=legend, serif=serif))


class OffscreenCharts:
    """The command line's renderer: draws with the running QGuiApplication, or with an offscreen one it makes on
    the first drawing and shuts down on `close()` (a process without a display, no application left behind)."""

    def __init__(self) -> None:
        self._app: QGuiApplication | None = None

    def __call__(
        self,
        bars: Sequence[ChartBar],
        *,
        title: str = "",
        width: int = WIDTH,
        legend: bool = True,
        serif: bool = False,
    ) -> bytes:
        if QGuiApplication.instance() is None:
            # "-platform offscreen" wins over QT_QPA_PLATFORM: a headless command never needs a display.
            self._app = QGuiApplication(["commune-desk-charts", "-platform", "offscreen"])
        return targets_chart_png(bars, title=title, width=width, legend=legend, serif=serif)

    def close(self) -> None:
        """Shut down the application this renderer made, if it made one."""
        app, self._app = self._app, None
        if app is not None:
            app.shutdown()

    def __enter__(self) -> OffscreenCharts:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
