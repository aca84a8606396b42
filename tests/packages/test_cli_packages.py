"""The real CLI in a subprocess: keys new/show/export-cert and verify's exit codes 0/1/2."""

from __future__ import annotations

import zipfile

from .helpers import UNIT_NAME, openssl, write_zip, zip_members


def test_keys_new_show_export_cert(cli, tmp_path):
    (tmp_path / "pw.txt").write_text("mật khẩu dài\nsecond line ignored\n", encoding="utf-8")
    key = tmp_path / "k.p12"
    made = cli(
        "keys", "new", "--out", key, "--password-file", tmp_path / "pw.txt", "--name", UNIT_NAME, "--unit-code", "79999"
    )
    assert made.returncode == 0, made.stderr
    assert "unit code:    79999" in made.stdout
    shown = cli("keys", "show", key, "--password-file", tmp_path / "pw.txt")
    assert shown.returncode == 0, shown.stderr
    assert UNIT_NAME in shown.stdout and "status:       valid" in shown.stdout
    fingerprint = shown.stdout.split("SHA-256:")[1].strip()
    exported = cli("keys", "export-cert", key, "--password-file", tmp_path / "pw.txt", "--out", tmp_path / "c.cer")
    assert exported.returncode == 0, exported.stderr
    out = openssl("x509", "-inform", "DER", "-in", tmp_path / "c.cer", "-noout", "-fingerprint", "-sha256")
    assert out.stdout.split("=", 1)[1].strip().replace(":", "") == fingerprint.replace(" ", "")
    again = cli(
        "keys", "new", "--out", key, "--password-file", tmp_path / "pw.txt", "--name", UNIT_NAME, "--unit-code", "79999"
    )
    assert again.returncode == 2 and "already exists" in again.stderr


def test_keys_show_with_wrong_password_exits_2_with_a_clear_message(cli, identity, tmp_path):
    from commune_desk.services.packages.signing_keys import save_p12

    save_p12(tmp_path / "k.p12", identity, "right")
    (tmp_path / "pw.txt").write_text("wrong\n", encoding="utf-8")
    shown = cli("keys", "show", tmp_path / "k.p12", "--password-file", tmp_path / "pw.txt")
    assert shown.returncode == 2 and "wrong password" in shown.stderr
    (tmp_path / "junk.p12").write_bytes(b"junk")
    shown = cli("keys", "show", tmp_path / "junk.p12", "--password-file", tmp_path / "pw.txt")
    assert shown.returncode == 2 and "not a PKCS#12" in shown.stderr


def test_verify_exit_codes(cli, built, identity, other_identity, tmp_path):
    from commune_desk.services.packages.signing_keys import export_cert

    export_cert(identity.cert, tmp_path / "trust" / "hoa-my.pem")
    export_cert(other_identity.cert, tmp_path / "other.cer")
    ok = cli("verify", built.path, "--trust", tmp_path / "trust")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert ok.stdout.startswith("VALID") and "no timestamp authority" in ok.stdout

    files = zip_members(built.path)
    name = next(n for n in files if n.endswith("data/report-data.json"))
    files[name] = files[name].replace(b'"revision": 1', b'"revision": 9')
    bad = write_zip(tmp_path / "bad.zip", files)
    invalid = cli("verify", built.path, bad)
    assert invalid.returncode == 1
    assert "INVALID" in invalid.stdout and "manifest [data/report-data.json]" in invalid.stdout

    unchecked = cli("verify", built.path)  # no trust list: the signer is not checked
    assert unchecked.returncode == 1 and "CHƯA KIỂM TRA NGƯỜI KÝ" in unchecked.stdout
    assert unchecked.stdout.startswith("UNCHECKED")
    accepted = cli("verify", built.path, "--no-trust")
    assert accepted.returncode == 0 and accepted.stdout.startswith("VALID"), accepted.stdout
    assert cli("verify", built.path, "--no-trust", "--trust", tmp_path / "trust").returncode == 2

    untrusted = cli("verify", built.path, "--trust", tmp_path / "other.cer")
    assert untrusted.returncode == 1 and "trust [signature.p7s]" in untrusted.stdout

    (tmp_path / "not.zip").write_bytes(b"nope")
    assert cli("verify", built.path, tmp_path / "not.zip").returncode == 2
    assert cli("verify", built.path, "--trust", tmp_path / "missing.pem").returncode == 2
    assert cli("verify").returncode == 2
    with zipfile.ZipFile(built.path) as zf:
        assert zf.testzip() is None  # the package itself was never touched


def test_verify_of_something_that_is_no_package_is_bad_input_not_invalid(cli, built, tmp_path):
    """A folder or archive with nothing of a bag in it is exit 2 with one line naming what is missing; a package
    that lost its bagit.txt still is a package that fails (exit 1)."""
    empty = tmp_path / "empty"
    empty.mkdir()
    photos = tmp_path / "photos"
    (photos / "2026").mkdir(parents=True)
    (photos / "2026" / "a.jpg").write_bytes(b"\xff\xd8 not a bag")
    notes = write_zip(tmp_path / "notes.zip", {"ghi-chu.txt": "Thôn Đông".encode()})
    for target in (empty, photos, notes):
        done = cli("verify", target, "--no-trust")
        assert done.returncode == 2, (target, done.stdout, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
        assert str(target) in lines[0] and "is not a report package" in lines[0]
        for name in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt", "signature.p7s"):
            assert name in lines[0]
        assert "INVALID" not in done.stdout

    files = zip_members(built.path)
    del files[next(n for n in files if n.endswith("/bagit.txt"))]
    damaged = cli("verify", write_zip(tmp_path / "no-bagit.zip", files), "--no-trust")
    assert damaged.returncode == 1 and "INVALID" in damaged.stdout

    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(built.path) as zf:
        zf.extractall(unpacked)
    assert cli("verify", unpacked, "--no-trust").returncode == 0
    said = cli("verify", empty, "--no-trust", "--lang", "vi")  # the window's catalogue says it in Vietnamese
    assert said.returncode == 2 and "không phải là gói báo cáo" in said.stderr and "bagit.txt" in said.stderr
    mixed = cli("verify", unpacked, empty, "--no-trust")  # one package valid, one folder no package: exit 2
    assert mixed.returncode == 2 and mixed.stdout.startswith("VALID") and "is not a report package" in mixed.stderr
