"""Signing keys: PKCS#12 round trip, typed errors, provider import, certificate export and display."""

from __future__ import annotations

import datetime as dt

import pytest

from commune_desk.services.packages import signing_keys as sk

from .helpers import UNIT_CODE, UNIT_NAME, openssl

NOW = dt.datetime.now(dt.timezone.utc)


def test_new_key_round_trips_through_a_password_protected_p12(identity, tmp_path):
    path = sk.save_p12(tmp_path / "k.p12", identity, "mật khẩu")
    loaded = sk.load_p12(path, "mật khẩu")
    assert sk.fingerprint_sha256(loaded.cert) == sk.fingerprint_sha256(identity.cert)
    assert sk.key_matches(loaded.key, loaded.cert)
    info = sk.describe(loaded.cert)
    assert info.unit_code == UNIT_CODE and info.common_name == UNIT_NAME and info.self_signed
    assert info.status == "valid" and info.key_type == "EC secp256r1"
    groups = info.fingerprint.split(" ")
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    assert not list(tmp_path.glob(".*tmp"))  # atomic write left no temporary file


def test_certificate_has_the_documented_profile(identity):
    from cryptography import x509
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    cert = identity.cert
    assert cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == UNIT_CODE
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.EMAIL_PROTECTION]


def test_rsa_keys_work_too():
    rsa = sk.create_identity(UNIT_NAME, UNIT_CODE, key_type="rsa")
    assert sk.describe(rsa.cert).key_type == "RSA-2048"


def test_wrong_password_is_a_clear_error(identity, tmp_path):
    path = sk.save_p12(tmp_path / "k.p12", identity, "right")
    with pytest.raises(sk.WrongPassword, match="wrong password"):
        sk.load_p12(path, "wrong")


def test_a_file_that_is_not_pkcs12_is_named_so(tmp_path):
    (tmp_path / "k.p12").write_bytes(b"-----BEGIN CERTIFICATE-----\nnot really\n")
    with pytest.raises(sk.NotPkcs12, match="not a PKCS#12"):
        sk.load_p12(tmp_path / "k.p12", "x")


def test_expired_and_not_yet_valid_certificates_are_refused(tmp_path):
    old = sk.create_identity(UNIT_NAME, UNIT_CODE, now=NOW - dt.timedelta(days=400), valid_days=30)
    sk.save_p12(tmp_path / "old.p12", old, "pw")
    with pytest.raises(sk.CertificateExpired, match="expired on"):
        sk.load_p12(tmp_path / "old.p12", "pw")
    # Showing an expired key still works (the officer must be able to read what it is).
    assert sk.describe(sk.load_p12(tmp_path / "old.p12", "pw", require_valid=False).cert).status == "expired"
    future = sk.create_identity(UNIT_NAME, UNIT_CODE, now=NOW + dt.timedelta(days=10))
    with pytest.raises(sk.CertificateNotYetValid, match="valid only from"):
        sk.check_validity(future.cert)


def test_key_not_matching_the_certificate_is_refused(identity, other_identity, tmp_path):
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    with pytest.raises(sk.KeyCertificateMismatch, match="does not belong"):
        sk.check_key_matches(other_identity.key, identity.cert)
    # A .p12 whose key sits beside a certificate that is not its own (as some exports do).
    data = pkcs12.serialize_key_and_certificates(b"x", other_identity.key, None, [identity.cert],
                                                 BestAvailableEncryption(b"pw"))
    (tmp_path / "mixed.p12").write_bytes(data)
    with pytest.raises(sk.KeyCertificateMismatch, match="does not belong"):
        sk.load_p12(tmp_path / "mixed.p12", "pw")


def test_a_providers_pfx_made_by_openssl_is_imported(tmp_path):
    key, cert, pfx = tmp_path / "key.pem", tmp_path / "cert.pem", tmp_path / "provider.pfx"
    made = openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "30",
                   "-subj", "/C=VN/CN=UBND xa Thu/UID=MNS:79998", "-addext", "keyUsage=digitalSignature")
    assert made.returncode == 0, made.stderr
    exported = openssl("pkcs12", "-export", "-inkey", key, "-in", cert, "-out", pfx, "-passout", "pass:p@ss")
    assert exported.returncode == 0, exported.stderr
    imported = sk.import_p12(pfx, "p@ss", tmp_path / "ours.p12")
    assert sk.unit_code_of(imported.cert) == "79998"  # from UID, prefix removed
    assert sk.load_p12(tmp_path / "ours.p12", "p@ss").cert == imported.cert
    with pytest.raises(sk.WrongPassword):
        sk.import_p12(pfx, "nope", tmp_path / "again.p12")
    assert not (tmp_path / "again.p12").exists()


def test_export_cert_as_pem_and_der_is_readable_by_openssl(identity, tmp_path):
    for name, form in (("c.pem", "PEM"), ("c.cer", "DER")):
        sk.export_cert(identity.cert, tmp_path / name)
        out = openssl("x509", "-inform", form, "-in", tmp_path / name, "-noout", "-fingerprint", "-sha256")
        assert out.returncode == 0, out.stderr
        assert out.stdout.split("=", 1)[1].strip().replace(":", "") == sk.fingerprint_sha256(identity.cert)
    assert sk.load_trust(tmp_path) == [identity.cert, identity.cert]
    with pytest.raises(sk.ExpectedError, match=".pem or .cer"):
        sk.export_cert(identity.cert, tmp_path / "c.txt")


def test_save_refuses_to_overwrite_a_key(identity, tmp_path):
    sk.save_p12(tmp_path / "k.p12", identity, "pw")
    with pytest.raises(sk.ExpectedError, match="already exists"):
        sk.save_p12(tmp_path / "k.p12", identity, "pw")
