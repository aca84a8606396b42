"""The whole flow through the real CLI: keys new → package → verify → refused repackage and import → amend."""

from __future__ import annotations

from datetime import datetime

from .conftest import report_data


def _profile(db_path):
    from commune_desk.storage.database import open_database
    from commune_desk.storage.profile_repo import ProfileRepository

    db = open_database(db_path)
    try:
        return ProfileRepository(db, "t").get()
    finally:
        db.dispose()


def _one_activity_workbook(cli, db, tmp_path):
    """A records workbook of this unit holding one propaganda activity dated 12/08/2026 (inside 2026-Q3)."""
    from openpyxl import load_workbook

    full = tmp_path / "all.xlsx"
    assert cli("--db", db, "records", "export", full).returncode == 0
    wb = load_workbook(full)
    for name in wb.sheetnames:
        if name not in ("_profile", "propaganda"):
            del wb[name]
    ws = wb["propaganda"]
    ws.delete_rows(4, ws.max_row)
    ws["A3"] = datetime(2026, 8, 12)
    path = tmp_path / "one.xlsx"
    wb.save(path)
    return path


def test_keys_new_package_verify_amend_through_the_cli(cli, tmp_path):
    db, usb, pw = tmp_path / "xa.db", tmp_path / "usb", tmp_path / "pw.txt"
    pw.write_text("mật khẩu khóa ký\n", encoding="utf-8")
    assert cli("--db", db, "demo", "--year", "2026", "--seed", "7").returncode == 0
    profile = _profile(db)
    made = cli("keys", "new", "--out", tmp_path / "k.p12", "--password-file", pw, "--name", profile.official_name,
               "--unit-code", profile.unit_code)
    assert made.returncode == 0, made.stderr
    assert cli("keys", "export-cert", tmp_path / "k.p12", "--password-file", pw, "--out",
               tmp_path / "trust.pem").returncode == 0
    book = _one_activity_workbook(cli, db, tmp_path)
    dry = cli("--db", db, "records", "import", book, "--dry-run")
    assert dry.returncode == 0, dry.stderr                 # importable while 2026-Q3 is a draft

    first = cli("--db", db, "package", "2026-Q3", "--out", usb, "--key", tmp_path / "k.p12", "--password-file", pw)
    assert first.returncode == 0, first.stderr
    assert "revision 1" in first.stdout and "[DEMO DATA]" in first.stdout and "may be removed" in first.stdout
    (r1,) = sorted(usb.glob("*.zip"))
    assert r1.name == f"{profile.unit_code}_2026-Q3_r1_demo.zip"
    ok = cli("verify", r1, "--trust", tmp_path / "trust.pem")
    assert ok.returncode == 0 and ok.stdout.startswith("VALID"), ok.stdout + ok.stderr

    again = cli("--db", db, "package", "2026-Q3", "--out", usb, "--key", tmp_path / "k.p12", "--password-file", pw)
    assert again.returncode == 2 and "--amend" in again.stderr and "revision 1" in again.stderr
    refused = cli("--db", db, "records", "import", book)
    assert refused.returncode == 2
    assert "propaganda row 3 column A (activity_date)" in refused.stderr and "2026-Q3 was signed" in refused.stderr

    amended = cli("--db", db, "package", "2026-Q3", "--out", usb, "--key", tmp_path / "k.p12", "--password-file",
                  pw, "--amend", "Bổ sung hội nghị ngày 12/8 bị sót")
    assert amended.returncode == 0, amended.stderr
    r2 = usb / f"{profile.unit_code}_2026-Q3_r2_demo.zip"
    assert "revision 2" in amended.stdout and r2.exists()
    both = cli("verify", r1, r2, "--trust", tmp_path / "trust.pem")
    assert both.returncode == 0, both.stdout
    import hashlib

    assert report_data(r2)["supersedes_sha256"] == hashlib.sha256(r1.read_bytes()).hexdigest()
    assert f"supersedes: {hashlib.sha256(r1.read_bytes()).hexdigest()}" in amended.stdout
