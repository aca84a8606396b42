"""`records template|export|import [--dry-run]` through the real CLI: outputs and exit codes 0, 1 and 2."""

from __future__ import annotations


def test_records_cli_exit_codes(cli, tmp_path):
    src, dst, other = tmp_path / "src.db", tmp_path / "dst.db", tmp_path / "other.db"
    book, bad, foreign = tmp_path / "book.xlsx", tmp_path / "bad.xlsx", tmp_path / "foreign.xlsx"
    assert cli("--db", src, "demo", "--seed", "3", "--year", "2025").returncode == 0
    assert cli("--db", other, "demo", "--seed", "4", "--year", "2025").returncode == 0

    r = cli("--db", src, "records", "template", tmp_path / "template.xlsx")
    assert r.returncode == 0 and (tmp_path / "template.xlsx").stat().st_size > 0
    r = cli("--db", src, "records", "export", book)
    assert r.returncode == 0 and "penalties:" in r.stdout
    assert cli("--db", other, "records", "export", foreign).returncode == 0

    r = cli("--db", dst, "records", "import", book)          # a mistyped --db makes no database
    assert r.returncode == 2 and "no database at" in r.stderr and not dst.exists()
    r = cli("--db", dst, "records", "import", book, "--dry-run", "--create")
    assert r.returncode == 0, r.stderr
    assert not dst.exists()
    from openpyxl import load_workbook

    wb = load_workbook(book)
    wb["support"]["C3"] = "mười"
    wb.save(bad)
    r = cli("--db", dst, "records", "import", bad, "--dry-run", "--create")
    assert r.returncode == 1 and "support row 3 column C (count)" in r.stderr
    r = cli("--db", dst, "records", "import", bad, "--create")
    assert r.returncode == 2 and "support row 3 column C (count)" in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("dst", ".dst"))) == []
    r = cli("--db", dst, "records", "import", book, "--create")
    assert r.returncode == 0 and "created" in r.stdout, r.stderr
    r = cli("--db", dst, "records", "import", book, "--create")
    assert r.returncode == 2 and "exists already" in r.stderr

    r = cli("--db", dst, "records", "import", foreign)
    assert r.returncode == 2 and "belongs to unit" in r.stderr
    (tmp_path / "junk.xlsx").write_text("not a workbook")
    r = cli("--db", dst, "records", "import", tmp_path / "junk.xlsx")
    assert r.returncode == 2 and "not an Excel" in r.stderr
