"""The chart module: a decodable PNG of a fixed size that changes with the figures and works without a window."""

from __future__ import annotations

import subprocess
import sys

from commune_desk.domain.indicators import AT_RISK, MET, MISSED, PERCENT
from commune_desk.services.reports import charts

ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]

BARS = [
    charts.ChartBar("CT1. Thôn, tổ dân phố tổ chức ít nhất một hình thức tuyên truyền", 62.5, 100, PERCENT, ">=",
                    AT_RISK),
    charts.ChartBar("CT2. Tin, bài đăng trên mạng xã hội", 14, 12, "count", ">=", MET),
    charts.ChartBar("CT10. Cơ sở kinh doanh được kiểm tra", None, 30, PERCENT, ">=", "no_data"),
]


def _decode(data: bytes):
    from PySide6.QtGui import QImage

    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image


def test_png_decodes_with_a_fixed_size(qapp):
    data = charts.targets_chart_png(BARS, title="Chỉ tiêu năm 2026")
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    image = _decode(data)
    assert image.width() == charts.WIDTH
    assert image.height() == 56 + 3 * charts.ROW_HEIGHT + 48
    assert round(image.dotsPerMeterX() * 0.0254) == charts.DPI
    assert charts.targets_chart_png(BARS, title="Chỉ tiêu năm 2026") == data       # deterministic


def test_differs_when_values_differ_and_colours_follow_status(qapp):
    base = charts.render_chart(BARS, legend=False)
    changed = list(BARS)
    changed[0] = charts.ChartBar(BARS[0].label, 20.0, 100, PERCENT, ">=", MISSED)
    other = charts.render_chart(changed, legend=False)
    assert base != other
    # The achieved bar of row 0 starts right of the label column: sample a pixel inside it.
    x = int(charts.WIDTH * 0.40) + 16 + 12 + 20
    y = 12 + charts.ROW_HEIGHT // 2
    assert base.pixelColor(x, y).name() == charts.STATUS_COLOURS[AT_RISK]
    assert other.pixelColor(x, y).name() == charts.STATUS_COLOURS[MISSED]
    # Row 2 has no data: its track stays the empty grey.
    assert base.pixelColor(x, y + 2 * charts.ROW_HEIGHT).name() == "#e3e7ed"


def test_empty_chart_still_renders(qapp):
    image = _decode(charts.targets_chart_png([]))
    assert image.width() == charts.WIDTH and image.height() > 0


def test_works_in_a_process_without_any_window():
    code = ("from commune_desk.services.reports.charts import ChartBar, targets_chart_png;"
            "import sys; data = targets_chart_png([ChartBar('CT1. Người dân', 40.0, 30.0)]);"
            "from PySide6.QtCore import QCoreApplication as C; print(len(data) > 1000, type(C.instance()).__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         cwd=ROOT, env={"PATH": "/usr/bin:/bin", "HOME": "/tmp", "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "QGuiApplication"]
