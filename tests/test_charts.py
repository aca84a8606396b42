"""The chart renderer (commune_desk.render.charts): a decodable PNG of a fixed size that changes with the figures;
no Qt application of its own, except the offscreen one the command line's renderer makes and shuts down."""

from __future__ import annotations

import subprocess
import sys

from commune_desk.domain.indicators import AT_RISK, MET, MISSED, PERCENT
from commune_desk.render import charts

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


def test_draws_only_with_an_application_the_caller_owns():
    # The window has its QApplication; without one the window's renderer refuses (no global application made),
    # and the CLI's OffscreenCharts makes one for its drawings and shuts it down when closed.
    code = ("from commune_desk.render.charts import NoGuiApplication, OffscreenCharts, targets_chart_png;"
            "from commune_desk.services.reports.chart_data import ChartBar;"
            "from PySide6.QtGui import QGuiApplication as G;"
            "bars = [ChartBar('CT1. Người dân', 40.0, 30.0)]\n"
            "try:\n    targets_chart_png(bars); refused = False\n"
            "except NoGuiApplication:\n    refused = True\n"
            "with OffscreenCharts() as chart:\n    data = chart(bars); again = chart(bars); alive = G.instance()\n"
            "print(refused, len(data) > 1000, data == again, alive is not None, G.instance() is None)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         cwd=ROOT, env={"PATH": "/usr/bin:/bin", "HOME": "/tmp"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "True", "True", "True", "True"]


def test_the_offscreen_renderer_uses_a_running_application_and_leaves_it(qapp):
    with charts.OffscreenCharts() as chart:
        assert chart(BARS, serif=True) == charts.targets_chart_png(BARS, serif=True)
    assert type(qapp).instance() is qapp
