"""keys import: a provider's .p12/.pfx checked (validity, key usage, chain in the file), bound to the unit, re-wrapped."""

from __future__ import annotations

import pytest

from commune_desk.domain.errors import ExpectedError
from commune_desk.services.packages.key_import import import_provider_key
from commune_desk.services.packages.signing_keys import load_p12

from . import pki

PW = "mật khẩu nhà cung cấp"


def _file(tmp_path, issued, name="provider.p12", **kw):
    path = tmp_path / name
    path.write_bytes(pki.p12(issued, PW, **kw))
    return path


def test_import_with_chain_keeps_the_certificate_as_issued(ca, tmp_path):
    unit = pki.make_unit(ca["inter"])
    unit.chain = [ca["inter"].cert, ca["root"].cert]
    report = import_provider_key(_file(tmp_path, unit), PW, tmp_path / "k.p12")
    assert report.unit_code == "79999" and report.code_source == "certificate"
    assert report.chain_note == "Test Root CA → Test Intermediate CA → Ủy ban nhân dân xã Hòa Mỹ"
    back = load_p12(tmp_path / "k.p12", PW)
    assert back.cert == unit.cert and back.unit_code == ""          # the same certificate, byte for byte
    assert {c.subject for c in back.chain} == {ca["inter"].cert.subject, ca["root"].cert.subject}


def test_certificate_without_unit_code_needs_the_officer_and_records_the_binding(ca, tmp_path):
    from commune_desk.services.packages.package import build_package
    from commune_desk.services.packages.package_verify import verify_package
    from commune_desk.services.packages.signing_keys import fingerprint_sha256
    from tests.packages.helpers import make_content

    nameless = pki.make_unit(ca["inter"], unit_code="")
    source = _file(tmp_path, nameless)
    with pytest.raises(ExpectedError, match="--unit-code"):
        import_provider_key(source, PW, tmp_path / "k.p12")
    assert not (tmp_path / "k.p12").exists()
    report = import_provider_key(source, PW, tmp_path / "k.p12", unit_code="79999")
    assert report.code_source == "confirmed by the officer"
    identity = load_p12(tmp_path / "k.p12", PW)
    assert identity.unit_code == "79999"
    built = build_package(make_content(), identity, tmp_path / "usb")
    assert built.result.valid
    # Without the office's binding the unit code cannot be checked; with it the package verifies.
    assert not verify_package(built.path, trust=[identity.cert]).valid
    assert verify_package(built.path, trust=[identity.cert],
                          bindings={fingerprint_sha256(identity.cert): "79999"}).valid


def test_refusals(ca, tmp_path):
    expired = pki.make_unit(ca["inter"], not_before=pki.NOW - 400 * pki.DAY, not_after=pki.NOW - pki.DAY)
    with pytest.raises(ExpectedError, match="expired"):
        import_provider_key(_file(tmp_path, expired, "old.p12"), PW, tmp_path / "k.p12")
    enc = pki.make_unit(ca["inter"], usage=pki.usage(key_encipherment=True))
    with pytest.raises(ExpectedError, match="not for signatures"):
        import_provider_key(_file(tmp_path, enc, "enc.p12"), PW, tmp_path / "k.p12")
    good = _file(tmp_path, pki.make_unit(ca["inter"]), "good.p12")
    with pytest.raises(ExpectedError, match="not 70000"):
        import_provider_key(good, PW, tmp_path / "k.p12", unit_code="70000")
    with pytest.raises(ExpectedError, match="wrong password"):
        import_provider_key(good, "sai", tmp_path / "k.p12")
    broken = pki.make_unit(ca["inter"])
    broken.chain = [pki.make_ca("Not The Issuer").cert]
    with pytest.raises(ExpectedError, match="chain in the file is not valid"):
        import_provider_key(_file(tmp_path, broken, "broken.p12"), PW, tmp_path / "k.p12")
    assert not (tmp_path / "k.p12").exists()


def test_keys_import_cli(cli, ca, tmp_path):
    pw = tmp_path / "pw.txt"
    pw.write_text(PW + "\n", encoding="utf-8")
    source = _file(tmp_path, pki.make_unit(ca["inter"], unit_code="", uid="MST:0101234567"), "provider.pfx")
    r = cli("keys", "import", source, "--password-file", pw, "--out", tmp_path / "k.p12")
    assert r.returncode == 0 and "unit code 0101234567: certificate" in r.stdout, r.stdout + r.stderr
    assert "chain:        Test Intermediate CA → Ủy ban nhân dân xã Hòa Mỹ" in r.stdout
    nameless = _file(tmp_path, pki.make_unit(ca["inter"], unit_code=""), "nameless.p12")
    r = cli("keys", "import", nameless, "--password-file", pw, "--out", tmp_path / "k2.p12")
    assert r.returncode == 2 and "--unit-code" in r.stderr and not (tmp_path / "k2.p12").exists()
    r = cli("keys", "import", nameless, "--password-file", pw, "--unit-code", "79999", "--out", tmp_path / "k2.p12")
    assert r.returncode == 0 and "confirmed by the officer" in r.stdout
    shown = cli("keys", "show", tmp_path / "k2.p12", "--password-file", pw)
    assert "79999 (bound at import" in shown.stdout


def test_keys_wizard_imports_and_binds_after_confirmation(qtbot, ca, tmp_path):
    from commune_desk.domain.profile import Profile
    from commune_desk.ui.dialogs.keys_wizard import KeysWizard

    from .test_token_cli import PROFILE

    nameless = pki.make_unit(ca["inter"], unit_code="")
    source = _file(tmp_path, nameless)
    wizard = KeysWizard(tmp_path / "keys" / "unit.p12", Profile.from_json(PROFILE))
    qtbot.addWidget(wizard)
    wizard.source.setText(str(source))
    wizard.import_password.setText(PW)
    assert not wizard.import_key(confirm_unit=False)
    assert "not confirmed" in wizard.message.text() and not (tmp_path / "keys" / "unit.p12").exists()
    assert wizard.import_key(confirm_unit=True), wizard.message.text()
    text = wizard.message.text()
    assert "Bound to unit 79999" in text and "Test Intermediate CA → Ủy ban nhân dân xã Hòa Mỹ" in text
    assert "unit code 79999" in wizard.subject.text()
    assert load_p12(tmp_path / "keys" / "unit.p12", PW).unit_code == "79999"
    wizard.grab().save(str(tmp_path / "wizard.png"))
