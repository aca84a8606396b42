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
