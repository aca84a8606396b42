"""`office init` makes the office desk's database: its profile (role office), refused over any existing file,
nothing left when a field is wrong, encrypted with a password file; the desk then works from it end to end."""

from __future__ import annotations

import json
import stat

import docx

from .helpers import build, export_pem

NAME = "Sở Y tế tỉnh Thanh Hóa"


def test_office_init_then_trust_intake_aggregate(cli, units, tmp_path):
    db, out = tmp_path / "van-phong" / "office.db", tmp_path / "out"
    r = cli(
        "office",
        "init",
        "--db",
        db,
        "--name",
        NAME,
        "--unit-code",
        "SYT38",
        "--province",
        "Thanh Hóa",
        "--issuing-body",
        r"UBND TỈNH THANH HÓA\nSỞ Y TẾ",
        "--signer-name",
        "Trần Thị Bình",
        "--signer-title",
        "PHÓ GIÁM ĐỐC",
        "--signer-authority",
        "KT. GIÁM ĐỐC",
    )
    assert r.returncode == 0, r.stderr
    assert str(db) in r.stdout and "office trust add" in r.stdout
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert sorted(p.name for p in db.parent.iterdir()) == ["office.db"]  # no temporary file beside it
    profile = json.loads(cli("profile", "show", "--db", db).stdout)
    assert profile["role"] == "office" and profile["official_name"] == NAME and profile["unit_code"] == "SYT38"
    assert profile["issuing_body"] == "UBND TỈNH THANH HÓA\nSỞ Y TẾ" and profile["place_name"] == "Thanh Hóa"
    assert profile["residential_units"] == [] and profile["signer"]["authority"] == "KT. GIÁM ĐỐC"

    for u in units[:3]:
        pem = export_pem(u, tmp_path / "certs")
        added = cli("office", "trust", "add", pem, "--unit-code", u.code, "--name", u.name, "--db", db)
        assert added.returncode == 0, added.stderr
        build(u, tmp_path / "in")
    r = cli("office", "aggregate", "--in", tmp_path / "in", "--period", "2026-Q3", "--out", out, "--db", db)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "accepted 3" in r.stdout and "3/3 units reported" in r.stdout
    document = docx.Document(str(out / "Tong-hop_2026-Q3.docx"))
    heading = document.tables[0].cell(0, 0).text
    assert "UBND TỈNH THANH HÓA" in heading and "SỞ Y TẾ" in heading
    assert "Thanh Hóa, ngày" in document.tables[0].cell(1, 1).text
    assert "Trần Thị Bình" in document.tables[-1].cell(0, 1).text


def test_office_init_refuses_an_existing_file_and_bad_fields(cli, tmp_path):
    commune = tmp_path / "commune.db"
    assert cli("--db", commune, "demo", "--seed", "2", "--year", "2026").returncode == 0
    before = commune.read_bytes()
    r = cli("office", "init", "--db", commune, "--name", NAME, "--unit-code", "SYT38")
    assert r.returncode == 2 and "exists already" in r.stderr and str(commune) in r.stderr
    assert commune.read_bytes() == before  # a commune's database is never touched

    fresh = tmp_path / "new" / "office.db"
    r = cli("office", "init", "--db", fresh, "--name", "  ", "--unit-code", "mã có dấu cách")
    assert r.returncode == 2 and "name: is required" in r.stderr and "unit_code:" in r.stderr
    assert "Traceback" not in r.stderr
    assert not fresh.exists()
    assert not fresh.parent.exists() or not any(fresh.parent.iterdir())


def test_office_init_with_a_password_file_is_encrypted(cli, tmp_path):
    db, pw = tmp_path / "office.db", tmp_path / "pw.txt"
    pw.write_text("mật khẩu văn phòng 2026\n", encoding="utf-8")
    r = cli("office", "init", "--db", db, "--db-password-file", pw, "--name", NAME, "--unit-code", "SYT38")
    assert r.returncode == 0, r.stderr
    assert not db.read_bytes().startswith(b"SQLite format 3")
    assert cli("profile", "show", "--db", db).returncode == 2  # no password: refused
    shown = cli("profile", "show", "--db", db, "--db-password-file", pw)
    assert shown.returncode == 0 and json.loads(shown.stdout)["role"] == "office"
