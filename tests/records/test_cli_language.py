"""`--lang vi` says the command line's refusals in Vietnamese (places too: sheet, row, column), from the window's
catalogue; without it they stay English for scripts. Either way: exit 2 and nothing imported."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook


def _bad_workbook(tmp_path):
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.services.records.records_workbook import export_records
    from commune_desk.storage.database import open_database

    db = open_database(tmp_path / "nguon.db")
    create_demo(db, year=2026, seed=3, force=False, actor="test", today=date(2026, 11, 20))
    book = tmp_path / "Số liệu.xlsx"
    export_records(db, book)
    db.dispose()
    wb = load_workbook(book)
    ws = wb["propaganda"] if "propaganda" in wb.sheetnames else wb.worksheets[2]
    header = [c.value for c in ws[1]]
    column = header.index("participants") + 1
    ws.cell(row=3, column=column, value="năm mươi")
    wb.save(book)
    return book, ws.title, ws.cell(row=3, column=column).column_letter


def test_refusals_follow_the_language_asked_for(cli, tmp_path):
    book, sheet, letter = _bad_workbook(tmp_path)
    target = tmp_path / "moi.db"
    vi = cli("--lang", "vi", "--db", target, "records", "import", book, "--create")
    en = cli("--db", target, "records", "import", book, "--create")
    assert vi.returncode == en.returncode == 2 and not target.exists()
    assert f"{sheet} row 3 column {letter}" in en.stderr and "must be a number" in en.stderr
    assert f"trang tính {sheet}, dòng 3, cột {letter}" in vi.stderr, vi.stderr
    assert "must be a number" not in vi.stderr and "năm mươi" in vi.stderr


def test_a_missing_database_is_said_in_vietnamese(cli, tmp_path):
    result = cli("--lang", "vi", "--db", tmp_path / "không-có.db", "plan", "status")
    assert result.returncode == 2
    assert result.stderr.startswith("commune-desk: không có cơ sở dữ liệu tại ") and "không-có.db" in result.stderr
    english = cli("--db", tmp_path / "không-có.db", "plan", "status")
    assert english.stderr.startswith("commune-desk: no database at ")
