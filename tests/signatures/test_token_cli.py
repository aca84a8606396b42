"""The CLI session of issue 21: a SoftHSM2 token → package --token → openssl with the CA → office intake trusting
only the CA → accepted; a CRL revoking the certificate → untrusted. Plus the token's refusals (exit 2)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from commune_desk.storage.database import open_database

from tests.conftest import ROOT

from .helpers import openssl_verify_ca
from .softhsm import PIN, available

PROFILE = {"role": "commune", "kind": "xã", "name": "Hòa Mỹ", "unit_code": "79999", "province": "Thanh Hóa",
           "place_name": "Xã Hòa Mỹ", "receiving_office": "Sở Y tế tỉnh Thanh Hóa",
           "signer": {"name": "Nguyễn Văn An", "title": "PHÓ CHỦ TỊCH", "authority": "TM. ỦY BAN NHÂN DÂN"},
           "residential_units": [{"code": "T01", "name": "Thôn Đông", "kind": "thôn"}]}


@pytest.fixture
def commune(cli, tmp_path):
    db = tmp_path / "xa.db"
    (tmp_path / "profile.json").write_text(json.dumps(PROFILE, ensure_ascii=False), encoding="utf-8")
    assert cli("--db", db, "profile", "set", "--file", tmp_path / "profile.json").returncode == 0
    return db


def test_token_package_openssl_office_accepts_then_crl_makes_it_untrusted(cli, commune, tmp_path):
    if not available():
        pytest.skip("SoftHSM2 is not installed (bash scripts/install.sh installs it)")
    hsm = tmp_path / "hsm"
    setup = subprocess.run([sys.executable, "-m", "tests.signatures.softhsm", hsm], capture_output=True, text=True,
                           cwd=ROOT, timeout=120)
    assert setup.returncode == 0, setup.stderr
    module = setup.stdout.split("module: ")[1].split()[0]
    env = {"SOFTHSM2_CONF": str(hsm / "softhsm2.conf")}

    def run(*args):
        return cli(*args, env=env)

    wrong = run("--db", commune, "package", "2026-Q3", "--out", tmp_path / "usb", "--token", "--token-lib", module,
                "--pin-file", hsm / "wrong-pin.txt")
    assert wrong.returncode == 2 and "wrong PIN for the token CommuneDesk Demo" in wrong.stderr
    assert not (tmp_path / "usb").exists() or not list((tmp_path / "usb").iterdir())
    made = run("--db", commune, "package", "2026-Q3", "--out", tmp_path / "usb", "--token", "--token-lib", module,
               "--pin-file", hsm / "pin.txt")
    assert made.returncode == 0, made.stderr
    assert "key 'Hoa My signing key'" in made.stdout and "may be removed" in made.stdout
    (package,) = (tmp_path / "usb").glob("*.zip")
    assert PIN not in package.read_bytes().decode("latin-1")
    assert openssl_verify_ca(package, hsm / "root.pem", tmp_path / "o1").returncode == 0
    assert openssl_verify_ca(package, hsm / "unit.pem", tmp_path / "o2").returncode != 0   # not a CA: no chain

    office = tmp_path / "office.db"
    open_database(office).dispose()   # the desk is set up on purpose (no database by accident)
    assert run("--db", office, "office", "trust", "add-ca", hsm / "root.pem", "--units", "79999").returncode == 0
    accepted = run("--db", office, "office", "intake", tmp_path / "usb")
    assert accepted.returncode == 0 and "accepted 1" in accepted.stdout, accepted.stdout + accepted.stderr

    crl = run("--db", office, "office", "trust", "crl", hsm / "revoked.crl")
    assert crl.returncode == 0 and "1 revoked" in crl.stdout, crl.stderr
    again = tmp_path / "usb-again"
    again.mkdir()
    (again / "copy.zip").write_bytes(package.read_bytes())
    open_database(tmp_path / "office2.db").dispose()
    fresh = run("--db", tmp_path / "office2.db", "office", "trust", "add-ca", hsm / "root.pem", "--all")
    assert fresh.returncode == 0
    assert run("--db", tmp_path / "office2.db", "office", "trust", "crl", hsm / "revoked.crl").returncode == 0
    untrusted = run("--db", tmp_path / "office2.db", "office", "intake", again)
    assert untrusted.returncode == 1 and "UNTRUSTED" in untrusted.stdout and "revoked" in untrusted.stdout


def test_token_refusals_through_the_cli(cli, commune, hsm, tmp_path):
    pin = tmp_path / "pin.txt"
    pin.write_text(PIN + "\n")
    env = hsm.env

    def package(*extra):
        return cli("--db", commune, "package", "2026-Q3", "--out", tmp_path / "usb", "--token", "--pin-file", pin,
                   *extra, env=env)

    several = package()
    assert several.returncode == 2 and "several tokens" in several.stderr
    absent = package("--token-label", "Not Plugged")
    assert absent.returncode == 2 and "no USB token labelled Not Plugged" in absent.stderr
    other_unit = package("--token-label", "Multi Token", "--token-key", "key B")
    assert other_unit.returncode == 2 and "79998" in other_unit.stderr
    missing = package("--token-lib", tmp_path / "vendor.dll")
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    mixed = cli("--db", commune, "package", "2026-Q3", "--out", tmp_path / "usb", "--token", "--key", "k.p12",
                "--pin-file", pin, env=env)
    assert mixed.returncode == 2 and "leave out --key" in mixed.stderr
    assert not (tmp_path / "usb").exists() or not list((tmp_path / "usb").iterdir())
    ok = package("--token-label", "Multi Token")                 # the key of this unit (79999) is chosen
    assert ok.returncode == 0 and "key 'key A'" in ok.stdout, ok.stderr
