"""`report PERIOD --out DIR --date --number` through the real CLI in a subprocess."""

from __future__ import annotations

from tests.reports.helpers import docx_text


def test_cli_writes_the_quarter_report(demo_db, db_path, tmp_path, cli):
    out = tmp_path / "usb"
    result = cli("--db", db_path, "report", "2026-Q3", "--out", out, "--date", "2026-10-05", "--number", "7")
    assert result.returncode == 0, result.stderr
    assert "number 07/BC-UBND dated 05/10/2026" in result.stdout
    docx_path, xlsx_path = out / "Bao-cao-2026-Q3.docx", out / "Bao-cao-2026-Q3.xlsx"
    assert docx_path.stat().st_size > 10_000 and xlsx_path.stat().st_size > 5_000
    text = docx_text(docx_path)
    assert "Số: 07/BC-UBND" in text and "ngày 05 tháng 10 năm 2026" in text and "quý III năm 2026" in text


def test_cli_refuses_bad_period_date_and_number(demo_db, db_path, tmp_path, cli):
    for args, words in ((("2026-Q5",), "not a period"), (("2026-Q3", "--date", "05/10/2026"), "YYYY-MM-DD"),
                        (("2026-M07",), "quarterly"), (("2026-Q3", "--number", "abc"), "whole number")):
        result = cli("--db", db_path, "report", *args, "--out", tmp_path / "o")
        assert result.returncode == 2 and words in result.stderr, (args, result.stderr)
    assert not (tmp_path / "o").exists()


def test_cli_draws_the_chart_headless_and_leaves_no_qt_application(db, db_path, tmp_path, cli):
    # The CLI's renderer makes an offscreen QGuiApplication itself: no display and no QT_QPA_PLATFORM needed.
    from datetime import date

    import docx

    from commune_desk.services.demo_data.demo import create_demo

    create_demo(db, year=2026, seed=7, force=False, actor="test", today=date(2026, 11, 20), with_plan=True)
    out = tmp_path / "out"
    result = cli("--db", db_path, "report", "2026-Q3", "--out", out, "--date", "2026-10-05", "--number", "7",
                 env={"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""})
    assert result.returncode == 0, result.stderr
    assert len(docx.Document(str(out / "Bao-cao-2026-Q3.docx")).inline_shapes) == 1  # the targets chart


def test_the_cli_renderer_shuts_down_the_application_it_made():
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = ("from PySide6.QtGui import QGuiApplication as G; from commune_desk.cli import CliContext; "
            "ctx = CliContext(None); chart = ctx.chart_renderer(); "
            "from commune_desk.services.reports.chart_data import ChartBar; "
            "png = chart([ChartBar('CT1. Người dân', 40.0, 30.0)], serif=True); made = G.instance() is not None; "
            "ctx.close(); print(png[:8] == b'\\x89PNG\\r\\n\\x1a\\n', made, G.instance() is None)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT,
                         env={"PATH": "/usr/bin:/bin", "HOME": "/tmp", "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "True", "True"]
