"""A restore from before signing cannot unsign a period: the CLI reconciles with the ledger after restoring."""


def test_restore_of_a_pre_signing_backup_keeps_the_period_signed(cli, tmp_path):
    db, pw, key, out = tmp_path / "c.db", tmp_path / "pw.txt", tmp_path / "k.p12", tmp_path / "out"
    pw.write_text("khóa bí mật 2026\n", encoding="utf-8")

    def ok(*args):
        r = cli("--db", db, *args)
        assert r.returncode == 0, r.stderr
        return r

    ok("demo", "--seed", "3", "--year", "2026")
    ok("backup", tmp_path / "before.db")
    ok("keys", "new", "--out", key, "--password-file", pw, "--name", "UBND phường Phú Thịnh",
       "--unit-code", "900038")
    ok("package", "2026-Q3", "--out", out, "--key", key, "--password-file", pw)
    r = ok("restore", tmp_path / "before.db")
    assert "ledger:" in r.stdout
    again = cli("--db", db, "package", "2026-Q3", "--out", out, "--key", key, "--password-file", pw)
    assert again.returncode == 2 and "amend" in again.stderr.lower()
