"""Detached CMS: our signatures pass `openssl cms -verify`, OpenSSL's pass ours, and every damaged byte fails."""

from __future__ import annotations

import pytest

from commune_desk.services.packages import signing_keys as sk
from commune_desk.services.packages import cms

from .helpers import UNIT_CODE, UNIT_NAME, openssl

CONTENT = b"abc  data/x.txt\nline with CR\r\n"


@pytest.mark.parametrize("key_type", ["ec", "rsa"])
def test_our_signature_verifies_with_openssl_and_ours(key_type, tmp_path):
    ident = sk.create_identity(UNIT_NAME, UNIT_CODE, key_type=key_type)
    sig = cms.sign_detached(CONTENT, ident.key, ident.cert)
    (tmp_path / "sig.p7s").write_bytes(sig)
    (tmp_path / "content.txt").write_bytes(CONTENT)
    sk.export_cert(ident.cert, tmp_path / "signer.pem")
    args = ["cms", "-verify", "-binary", "-inform", "DER", "-in", tmp_path / "sig.p7s", "-content",
            tmp_path / "content.txt", "-CAfile", tmp_path / "signer.pem", "-purpose", "any", "-out", "/dev/null"]
    assert openssl(*args).returncode == 0
    result = cms.verify_detached(sig, CONTENT)
    assert result.cert == ident.cert and result.digest_algorithm == "sha256" and result.signing_time is not None
    (tmp_path / "content.txt").write_bytes(CONTENT.replace(b"abc", b"abd"))
    assert openssl(*args).returncode == 4
    with pytest.raises(cms.SignatureInvalid, match="digest does not match"):
        cms.verify_detached(sig, CONTENT.replace(b"abc", b"abd"))


@pytest.mark.parametrize("extra", [[], ["-noattr"], ["-keyid"]])
@pytest.mark.parametrize("key_alg", ["rsa:2048", "ec"])
def test_openssl_signatures_are_accepted(extra, key_alg, tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    newkey = ["-newkey", "rsa:2048"] if key_alg != "ec" else ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"]
    assert openssl("req", "-x509", *newkey, "-nodes", "-keyout", key, "-out", cert, "-days", "3",
                   "-subj", f"/C=VN/CN=UBND/serialNumber={UNIT_CODE}").returncode == 0
    (tmp_path / "content.txt").write_bytes(CONTENT)
    signed = openssl("cms", "-sign", "-binary", "-outform", "DER", "-md", "sha256", "-signer", cert, "-inkey", key,
                     "-in", tmp_path / "content.txt", "-out", tmp_path / "sig.p7s", *extra)
    assert signed.returncode == 0, signed.stderr
    result = cms.verify_detached((tmp_path / "sig.p7s").read_bytes(), CONTENT)
    assert sk.unit_code_of(result.cert) == UNIT_CODE
    assert (result.signing_time is None) == ("-noattr" in extra)
    with pytest.raises(cms.SignatureInvalid):
        cms.verify_detached((tmp_path / "sig.p7s").read_bytes(), CONTENT + b"\n")


def test_every_single_flipped_byte_of_the_signature_is_detected(identity):
    sig = cms.sign_detached(CONTENT, identity.key, identity.cert)
    undetected = []
    for i in range(len(sig)):
        damaged = bytearray(sig)
        damaged[i] ^= 0xFF
        try:
            cms.verify_detached(bytes(damaged), CONTENT)
        except cms.SignatureInvalid:
            continue
        undetected.append(i)
    assert undetected == []



def test_a_letter_changed_in_case_anywhere_in_the_signature_is_detected(identity):
    """The signer identifier is unsigned; a caseless issuer match would accept 'Mẫu' -> 'MẫU' there and give the
    same signed content a second signature file (found by the office fuzz test with seed 101)."""
    sig = cms.sign_detached(CONTENT, identity.key, identity.cert)
    letters = [i for i, b in enumerate(sig) if chr(b).isalpha() and b < 128]
    assert len(letters) > 20
    undetected = []
    for i in letters:
        damaged = bytearray(sig)
        damaged[i] ^= 0x20
        try:
            cms.verify_detached(bytes(damaged), CONTENT)
        except cms.SignatureInvalid:
            continue
        undetected.append(i)
    assert undetected == []

def test_trust_is_by_exact_certificate(identity, other_identity):
    assert cms.is_trusted(identity.cert, [other_identity.cert, identity.cert])
    assert not cms.is_trusted(identity.cert, [other_identity.cert])


def test_garbage_is_a_signature_error_not_a_crash():
    for junk in (b"", b"\x30\x03\x02\x01\x01", b"not DER at all"):
        with pytest.raises(cms.SignatureInvalid):
            cms.verify_detached(junk, CONTENT)
