"""Signing on a real PKCS#11 module (SoftHSM2): PIN, token choice, several keys, removal, CMS checked by openssl."""

from __future__ import annotations

import subprocess

import pytest

from commune_desk.services.packages import pkcs11_token as tok
from commune_desk.services.packages.cms import verify_detached

from .softhsm import PIN


def _pem(path, cert):
    from cryptography.hazmat.primitives.serialization import Encoding

    path.write_bytes(cert.public_bytes(Encoding.PEM))
    return path


def _openssl_verify(tmp_path, signature: bytes, content: bytes, ca_pem) -> subprocess.CompletedProcess:
    (tmp_path / "s.p7s").write_bytes(signature)
    (tmp_path / "c.txt").write_bytes(content)
    return subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", tmp_path / "s.p7s",
                           "-content", tmp_path / "c.txt", "-CAfile", ca_pem, "-purpose", "any", "-out", "/dev/null"],
                          capture_output=True, text=True, timeout=60)


def test_signs_on_the_token_and_openssl_verifies_with_the_root(hsm, ca, tmp_path):
    content = b"abc  bagit.txt\nLF stays LF\n"
    with tok.open_token(PIN, lib_path=hsm.module, token_label="Unit Token") as identity:
        assert identity.cert == hsm.keys["unit"].cert and identity.key is None
        assert identity.chain == [ca["inter"].cert]          # the intermediate was read from the token
        signature = identity.sign_cms(content)
    signer = verify_detached(signature, content)
    assert signer.cert == hsm.keys["unit"].cert and signer.signing_time is not None
    root = _pem(tmp_path / "root.pem", ca["root"].cert)
    assert _openssl_verify(tmp_path, signature, content, root).returncode == 0
    other = _pem(tmp_path / "other.pem", ca["unit"].cert)
    assert _openssl_verify(tmp_path, signature, content, other).returncode != 0
    assert _openssl_verify(tmp_path, signature, content + b"x", root).returncode != 0


def test_wrong_pin_is_refused_and_says_so(hsm):
    with pytest.raises(tok.WrongPin, match="wrong PIN for the token Unit Token"):
        tok.open_token("999999", lib_path=hsm.module, token_label="Unit Token")
    with pytest.raises(tok.WrongPin, match="PIN is required"):
        tok.open_token("", lib_path=hsm.module, token_label="Unit Token")


def test_no_such_token_and_several_tokens(hsm):
    with pytest.raises(tok.NoToken, match="no USB token labelled Absent"):
        tok.open_token(PIN, lib_path=hsm.module, token_label="Absent")
    with pytest.raises(tok.NoToken, match="several tokens") as info:
        tok.open_token(PIN, lib_path=hsm.module)
    assert "Unit Token" in str(info.value) and "Multi Token" in str(info.value)


def test_module_missing_or_not_a_module(tmp_path, monkeypatch):
    monkeypatch.delenv(tok.ENV_LIB, raising=False)
    with pytest.raises(tok.TokenLibraryMissing, match="does not exist"):
        tok.find_library(tmp_path / "vendor.dll")
    junk = tmp_path / "junk.so"
    junk.write_bytes(b"not a library")
    with pytest.raises(tok.TokenLibraryMissing, match="cannot be loaded"):
        tok.open_token(PIN, lib_path=str(junk))
    monkeypatch.setenv(tok.ENV_LIB, str(junk))
    assert tok.find_library() == str(junk)


def test_token_with_several_keys(hsm):
    with pytest.raises(tok.SeveralKeys) as info:
        tok.open_token(PIN, lib_path=hsm.module, token_label="Multi Token")
    text = str(info.value)
    assert "'key A'" in text and "'key B'" in text and "--token-key" in text
    # The unit being packaged picks its own key; a label picks any usable key.
    with tok.open_token(PIN, lib_path=hsm.module, token_label="Multi Token", unit_code="79999") as identity:
        assert identity.label == "key A" and identity.cert == hsm.keys["a"].cert
    with tok.open_token(PIN, lib_path=hsm.module, token_label="Multi Token", key_label="key B") as identity:
        content = b"rsa on the token\n"
        signer = verify_detached(identity.sign_cms(content), content)     # CKM_RSA_PKCS over a DigestInfo
        assert signer.cert == hsm.keys["b"].cert
    with pytest.raises(tok.NoSigningKey, match="expired"):
        tok.open_token(PIN, lib_path=hsm.module, token_label="Multi Token", key_label="old key")


def test_removed_token_between_unlock_and_signing(hsm, tmp_path):
    """In its own process (a vanished SoftHSM2 token upsets every later slot listing of that process)."""
    import sys

    from tests.conftest import ROOT

    r = subprocess.run([sys.executable, "-m", "tests.signatures.softhsm", "--removal", tmp_path / "gone"],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 2, r.stdout
    assert lines[0].startswith("TokenRemoved: the USB token was removed"), lines[0]
    assert lines[1].startswith(("NoToken: no USB token labelled Gone Token", "TokenRemoved:")), lines[1]


def test_package_signed_on_the_token_verifies_at_the_office(hsm, ca, db, tmp_path):
    from commune_desk.services.office.office_ca import add_ca
    from commune_desk.services.office.office_intake import intake_folder
    from commune_desk.services.packages.package import build_package
    from commune_desk.services.packages.package_verify import verify_package
    from tests.packages.helpers import make_content

    with tok.open_token(PIN, lib_path=hsm.module, token_label="Unit Token") as identity:
        built = build_package(make_content(), identity, tmp_path / "usb")
    assert built.result.valid
    from commune_desk.services.packages.chain_trust import Authority, ChainTrust

    assert verify_package(built.path, trust=[], authorities=ChainTrust([Authority(ca["root"].cert)])).valid
    add_ca(db, "test", _pem(tmp_path / "root.pem", ca["root"].cert), "79999")
    summary = intake_folder(db, tmp_path / "usb", actor="test")
    assert summary.counts["accepted"] == 1, summary.rejected
