"""The loop in subprocesses: plan sign / trust-office / import, receipt write / import, with exit codes."""

from __future__ import annotations

import shutil

from .helpers import (
    COMMENT, COMMENT_CODE, build_commune_package, pem, plan_copy, record_made, rewrite_zip,
)


def test_plan_sign_trust_office_and_import(cli, keys, tmp_path):
    from commune_desk.services.packages.signing_keys import save_p12

    pw = tmp_path / "pw.txt"
    pw.write_text("mật khẩu đủ dài 2026\n", encoding="utf-8")
    key = save_p12(tmp_path / "office.p12", keys.office, "mật khẩu đủ dài 2026")
    plan = plan_copy(tmp_path / "usb")
    db = tmp_path / "commune.db"
    __import__("commune_desk.storage.database", fromlist=["x"]).open_database(db).dispose()  # the desk is set up
    r = cli("plan", "sign", plan, "--key", key, "--password-file", pw)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "usb" / "Ke-hoach-2024.xlsx.p7s").is_file() and "SHA-256" in r.stdout
    r = cli("plan", "trust-office", pem(keys.office, tmp_path / "office.pem"), "--db", db)
    assert r.returncode == 0, r.stderr
    assert "Sở Y tế tỉnh Mẫu" in r.stdout and len(r.stdout.split("SHA-256: ")[1].splitlines()[0].split()) == 16
    tampered = plan_copy(tmp_path / "bad")
    shutil.copy(tmp_path / "usb" / "Ke-hoach-2024.xlsx.p7s", tmp_path / "bad")
    data = bytearray(tampered.read_bytes())
    data[-30] ^= 0x01
    tampered.write_bytes(bytes(data))
    r = cli("plan", "import", tampered, "--db", db)
    assert r.returncode == 2 and "tampered" in r.stderr, r.stdout + r.stderr
    r = cli("plan", "import", plan, "--dry-run", "--db", db)
    assert r.returncode == 0 and "signature: signed by registered office" in r.stdout, r.stdout + r.stderr
    r = cli("plan", "import", plan, "--db", db, "--accept-mismatch")   # a 2024 plan
    assert r.returncode == 0, r.stderr
    assert "signature: signed by registered office" in r.stdout and "imported plan" in r.stdout
    r = cli("plan", "import", plan_copy(tmp_path / "plain"), "--db", db, "--accept-mismatch")
    assert r.returncode == 0 and "signature: unsigned" in r.stdout, r.stdout + r.stderr


def test_receipt_write_and_import(cli, keys, tmp_path):
    from commune_desk.services.packages.signing_keys import save_p12
    from commune_desk.storage.database import open_database

    pw = tmp_path / "pw.txt"
    pw.write_text("mật khẩu đủ dài 2026\n", encoding="utf-8")
    key = save_p12(tmp_path / "office.p12", keys.office, "mật khẩu đủ dài 2026")
    office_db, commune_db = tmp_path / "office.db", tmp_path / "commune.db"
    package = build_commune_package(keys.commune, tmp_path / "usb")
    db = open_database(commune_db)
    try:
        record_made(db, package)
    finally:
        db.dispose()
    open_database(office_db).dispose()   # the office desk is set up
    pem(keys.commune, tmp_path / "units" / "79001.pem")
    write = ("receipt", "write", package, "--out", tmp_path / "out", "--key", key, "--password-file", pw,
             "--comment", f"{COMMENT_CODE}={COMMENT}", "--db", office_db)
    r = cli(*write)
    assert r.returncode == 2 and "office intake" in r.stderr, r.stdout + r.stderr
    r = cli("office", "intake", tmp_path / "usb", "--trust", tmp_path / "units", "--db", office_db)
    assert r.returncode == 0, r.stdout + r.stderr
    r = cli(*write)
    assert r.returncode == 0, r.stderr
    assert "Bien-nhan_79001_2026-Q3_r1.zip" in r.stdout and "1 comment(s)" in r.stdout
    receipt = tmp_path / "out" / "Bien-nhan_79001_2026-Q3_r1.zip"
    r = cli("receipt", "import", receipt, "--db", commune_db)
    assert r.returncode == 2 and "no office certificate is registered" in r.stderr, r.stdout + r.stderr
    assert cli("plan", "trust-office", pem(keys.office, tmp_path / "office.pem"), "--db", commune_db).returncode == 0
    altered = rewrite_zip(receipt, tmp_path / "altered.zip",
                          lambda n, d: d.replace("giải trình".encode(), "bỏ qua".encode()) if n == "receipt.json"
                          else d)
    r = cli("receipt", "import", altered, "--db", commune_db)
    assert r.returncode == 2 and "refused" in r.stderr, r.stdout + r.stderr
    r = cli("receipt", "import", receipt, "--db", commune_db)
    assert r.returncode == 0, r.stderr
    assert "period 2026-Q3 is acknowledged" in r.stdout and f"comment on {COMMENT_CODE}: {COMMENT}" in r.stdout
    r = cli("receipt", "list", "--db", commune_db)
    assert r.returncode == 0 and "received\t79001\t2026-Q3\tr1\taccepted" in r.stdout
