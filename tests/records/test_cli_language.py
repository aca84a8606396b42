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


def test_usage_refusals_are_templates_said_in_vietnamese(cli, tmp_path):
    """The command line's own refusals (arguments, files) follow `--lang vi` too, with their values in place."""
    existing = tmp_path / "Kế hoạch mẫu.xlsx"
    existing.write_bytes(b"x")
    vi = cli("--lang", "vi", "plan", "template", existing)
    en = cli("plan", "template", existing)
    assert vi.returncode == en.returncode == 2
    assert "Kế hoạch mẫu.xlsx đã có; dùng --force để ghi đè" in vi.stderr, vi.stderr
    assert "exists; use --force to overwrite it" in en.stderr and "đã có" not in en.stderr
    wrong = cli("--lang", "vi", "plan", "template", tmp_path / "mau.txt")
    assert wrong.returncode == 2 and "mau.txt: tệp mẫu phải là tệp .xlsx" in wrong.stderr, wrong.stderr
    assert existing.read_bytes() == b"x" and not (tmp_path / "mau.txt").exists()


def test_no_usage_refusal_is_an_untranslatable_string():
    """Every UsageError of the command line is raised from a marked template (`UsageError.of(QT_TRANSLATE_NOOP…)`)."""
    import ast
    from pathlib import Path

    import commune_desk

    root = Path(commune_desk.__file__).parent
    bare, mismatched, marked = [], [], 0
    for path in [root / "cli.py", *sorted((root / "commands").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            if isinstance(node.func, ast.Name) and node.func.id == "UsageError":
                bare.append(f"{path.name}:{node.lineno}")
            elif isinstance(node.func, ast.Attribute) and ast.unparse(node.func) == "UsageError.of":
                marked += 1
                # The catalogue context marked must be the one the error looks it up in (default "Cli").
                given = {k.arg: ast.literal_eval(k.value) for k in node.keywords if k.arg == "context"}
                first = node.args[0]
                noop = first.args[0].value if isinstance(first, ast.Call) and first.args else None
                if noop != given.get("context", "Cli"):
                    mismatched.append(f"{path.name}:{node.lineno}")
    assert bare == [] and mismatched == [] and marked >= 30, (bare, mismatched, marked)
