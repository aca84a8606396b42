"""`--lang vi` on the commands that print their own problem lists: plan validate / import and records import
--dry-run say each place and reason in Vietnamese (they printed English before); without it they stay English."""

from __future__ import annotations

from tests.plans.helpers import SAMPLE_001, mutate


def _bad_plan(tmp_path):
    def change(wb):
        wb["targets"]["E2"] = "abc"

    return mutate(SAMPLE_001, tmp_path / "plan.xlsx", change)


def test_plan_validate_problems_in_vietnamese(cli, tmp_path):
    path = _bad_plan(tmp_path)
    vi = cli("--lang", "vi", "plan", "validate", path)
    en = cli("plan", "validate", path)
    assert vi.returncode == en.returncode == 1
    assert "problem: trang tính targets, dòng 2, cột value (ô E2): cần " in vi.stdout
    assert "problem: sheet 'targets', row 2, column 'value' (E2): expected " in en.stdout


def test_records_dry_run_problems_in_vietnamese(cli, tmp_path):
    import openpyxl

    db, book = tmp_path / "a.db", tmp_path / "book.xlsx"
    assert cli("--db", db, "demo", "--seed", "4", "--year", "2025").returncode == 0
    assert cli("--db", db, "records", "export", book).returncode == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["propaganda"]
    ws.cell(3, [c.value for c in ws[1]].index("participants") + 1).value = "mười"
    wb.save(book)
    r = cli("--lang", "vi", "--db", db, "records", "import", "--dry-run", book)
    assert r.returncode == 1
    assert "commune-desk: error: trang tính propaganda, dòng 3, cột D (participants): " in r.stderr
    assert "row 3 column" not in r.stderr
