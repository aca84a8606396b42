"""The office trusts a CA for some units: intake accepts what chains to it, CRLs revoke, openssl agrees."""

from __future__ import annotations

from commune_desk.storage.database import open_database

from commune_desk.storage.office_ca_repo import CaTrustRepository

from . import pki
from .helpers import build_signed, openssl_verify_ca


def _pem(path, issued_or_cert):
    from cryptography.hazmat.primitives.serialization import Encoding

    cert = getattr(issued_or_cert, "cert", issued_or_cert)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(cert.public_bytes(Encoding.PEM))
    return path


def _intake(db, folder):
    from commune_desk.services.office.office_intake import intake_folder

    return intake_folder(db, folder, actor="test")


def test_intake_accepts_a_package_chaining_to_a_trusted_ca(db, ca, tmp_path):
    from commune_desk.services.office.office_ca import add_ca

    add_ca(db, "test", _pem(tmp_path / "root.pem", ca["root"]), "79999,79998")
    build_signed(ca["unit"], tmp_path / "in")
    summary = _intake(db, tmp_path / "in")
    assert summary.counts["accepted"] == 1, summary.rejected


def test_unit_outside_the_ca_scope_and_untrusted_root_are_untrusted(db, ca, tmp_path):
    from commune_desk.services.office.office_ca import add_ca

    add_ca(db, "test", _pem(tmp_path / "root.pem", ca["root"]), "79998")
    build_signed(ca["unit"], tmp_path / "in")
    stranger = pki.make_unit(pki.make_ca("Unknown Root"), unit_code="79998")
    build_signed(stranger, tmp_path / "in", unit_code="79998", name="stranger")
    summary = _intake(db, tmp_path / "in")
    assert summary.counts["untrusted"] == 2 and summary.counts["accepted"] == 0
    reasons = " | ".join(r for _, _, r in summary.rejected)
    assert "not for unit 79999" in reasons and "does not chain" in reasons


def test_crl_import_makes_later_packages_untrusted(db, ca, tmp_path):
    from commune_desk.services.office.office_ca import add_ca, import_crl

    add_ca(db, "test", _pem(tmp_path / "root.pem", ca["root"]), "*")
    add_ca(db, "test", _pem(tmp_path / "inter.pem", ca["inter"]), "*")
    unit = pki.make_unit(ca["inter"])
    build_signed(unit, tmp_path / "in1")
    assert _intake(db, tmp_path / "in1").counts["accepted"] == 1
    crl_path = tmp_path / "inter.crl"
    crl_path.write_bytes(pki.crl_pem(pki.make_crl(ca["inter"], [unit.cert])))
    stored, new, checked_by = import_crl(db, "test", crl_path)
    assert new and stored.revoked_count == 1 and checked_by == "Test Intermediate CA"
    assert import_crl(db, "test", crl_path)[1] is False          # the same file twice changes nothing
    build_signed(unit, tmp_path / "in2", revision=2)
    summary = _intake(db, tmp_path / "in2")
    assert summary.counts["untrusted"] == 1, summary.counts
    assert "revoked" in summary.rejected[0][2]


def test_forged_crl_is_refused(db, ca, tmp_path):
    import pytest

    from commune_desk.domain.errors import ExpectedError
    from commune_desk.services.office.office_ca import add_ca, import_crl

    add_ca(db, "test", _pem(tmp_path / "inter.pem", ca["inter"]), "*")
    forged = tmp_path / "forged.crl"
    forged.write_bytes(pki.crl_pem(pki.make_crl(ca["inter"], [ca["unit"].cert], signer_key=pki.make_ca().key)))
    with pytest.raises(ExpectedError, match="does not verify"):
        import_crl(db, "test", forged)
    assert CaTrustRepository(db, "t").crls() == []
    junk = tmp_path / "junk.crl"
    junk.write_bytes(b"not a crl")
    with pytest.raises(ExpectedError, match="not a certificate revocation list"):
        import_crl(db, "test", junk)


def test_add_ca_refuses_unit_certificates_expired_cas_and_bad_units(db, ca, tmp_path):
    import pytest

    from commune_desk.domain.errors import ExpectedError
    from commune_desk.services.office.office_ca import add_ca

    with pytest.raises(ExpectedError, match="not a certificate authority"):
        add_ca(db, "test", _pem(tmp_path / "unit.pem", ca["unit"]), "*")
    old = pki.make_ca("Old CA", not_before=pki.NOW - 900 * pki.DAY, not_after=pki.NOW - pki.DAY)
    with pytest.raises(ExpectedError, match="expired"):
        add_ca(db, "test", _pem(tmp_path / "old.pem", old), "*")
    with pytest.raises(ExpectedError, match="unit codes"):
        add_ca(db, "test", _pem(tmp_path / "root.pem", ca["root"]), "79999,bad code!")
    assert CaTrustRepository(db, "t").all() == []
    add_ca(db, "test", tmp_path / "root.pem", "79999")
    with pytest.raises(ExpectedError, match="already trusted"):
        add_ca(db, "test", tmp_path / "root.pem", "*")


def test_removed_ca_no_longer_vouches(db, ca, tmp_path):
    from commune_desk.services.office.office_ca import add_ca
    from commune_desk.services.packages.signing_keys import fingerprint_sha256

    add_ca(db, "test", _pem(tmp_path / "root.pem", ca["root"]), "*")
    CaTrustRepository(db, "t").remove(fingerprint_sha256(ca["root"].cert)[:12], "the province changed provider")
    build_signed(ca["unit"], tmp_path / "in")
    assert _intake(db, tmp_path / "in").counts["untrusted"] == 1


def test_cli_verify_add_ca_crl_and_openssl(cli, ca, tmp_path):
    root_pem = _pem(tmp_path / "trust" / "root.pem", ca["root"])
    unit = pki.make_unit(ca["inter"])
    package = build_signed(unit, tmp_path / "usb")
    assert openssl_verify_ca(package, root_pem, tmp_path / "o1").returncode == 0
    other = _pem(tmp_path / "other.pem", pki.make_ca("Other Root"))
    assert openssl_verify_ca(package, other, tmp_path / "o2").returncode != 0
    r = cli("verify", package, "--trust", tmp_path / "trust")
    assert r.returncode == 0 and "through the CA Test Root CA" in r.stdout, r.stdout + r.stderr
    r = cli("verify", package, "--trust", other)
    assert r.returncode == 1 and "does not chain" in r.stdout
    db = tmp_path / "office.db"
    open_database(db).dispose()   # the desk is set up on purpose (no database by accident)
    r = cli("office", "trust", "add-ca", root_pem, "--units", "79999", "--db", db)
    assert r.returncode == 0 and "for units 79999" in r.stdout, r.stderr
    assert cli("office", "trust", "add-ca", root_pem, "--db", db).returncode == 2          # neither --units nor --all
    r = cli("office", "intake", tmp_path / "usb", "--db", db)
    assert r.returncode == 0 and "accepted 1" in r.stdout, r.stdout + r.stderr
    crl = tmp_path / "inter.crl"
    crl.write_bytes(pki.crl_pem(pki.make_crl(ca["inter"], [unit.cert])))
    r = cli("office", "trust", "crl", crl, "--db", db)
    assert r.returncode == 0 and "1 revoked" in r.stdout, r.stderr
    r = cli("office", "trust", "ca-list", "--db", db)
    assert "Test Root CA" in r.stdout and "CRL" in r.stdout
    build_signed(unit, tmp_path / "usb2", revision=2)
    r = cli("office", "intake", tmp_path / "usb2", "--db", db)
    assert r.returncode == 1 and "UNTRUSTED" in r.stdout and "revoked" in r.stdout, r.stdout


def test_office_binding_of_a_certificate_without_unit_code(db, ca, tmp_path):
    """The officer registers the provider certificate for the unit (the binding); intake then accepts it."""
    from commune_desk.services.office.office_intake import cert_facts
    from commune_desk.storage.office_repo import TrustRepository

    nameless = pki.make_unit(ca["inter"], unit_code="")
    build_signed(nameless, tmp_path / "in1")
    summary = _intake(db, tmp_path / "in1")
    assert summary.counts["accepted"] == 0 and summary.rejected        # nobody vouches for its unit
    TrustRepository(db, "t").add(cert_facts(nameless.cert), "79999", "Ủy ban nhân dân xã Hòa Mỹ")
    build_signed(nameless, tmp_path / "in2", revision=2)
    summary = _intake(db, tmp_path / "in2")
    assert summary.counts["accepted"] == 1, summary.rejected


def test_units_named_by_a_ca_are_expected_to_report(db, ca, tmp_path):
    from commune_desk.services.office.office_aggregate import period_completeness
    from commune_desk.services.office.office_ca import add_ca

    add_ca(db, "test", _pem(tmp_path / "root.pem", ca["root"]), "79999,79998")
    build_signed(ca["unit"], tmp_path / "in")
    assert _intake(db, tmp_path / "in").counts["accepted"] == 1
    comp = period_completeness(db, "2026-Q3")
    assert comp.expected == 2 and comp.submitted == ["79999"] and comp.missing == ["79998"]
    assert comp.reporting_rate == 50.0
    names = {r.unit_code: r.unit_name for r in comp.rows}
    assert names["79999"] == "Ủy ban nhân dân xã Hòa Mỹ"          # the name the package gave


def test_out_of_date_crl_is_used_and_flagged(cli, ca, tmp_path):
    """A CRL past its next update still revokes (revocations are permanent) and the officer is told it is old."""
    unit = pki.make_unit(ca["inter"])
    old = tmp_path / "old.crl"
    old.write_bytes(pki.crl_pem(pki.make_crl(ca["inter"], [unit.cert], when=pki.NOW - 60 * pki.DAY)))
    db = tmp_path / "office.db"
    open_database(db).dispose()   # the desk is set up on purpose (no database by accident)
    assert cli("office", "trust", "add-ca", _pem(tmp_path / "root.pem", ca["root"]), "--all", "--db", db).returncode == 0
    r = cli("office", "trust", "crl", old, "--db", db)
    assert r.returncode == 0 and "out of date" in r.stdout, r.stdout + r.stderr
    assert "OUT OF DATE" in cli("office", "trust", "ca-list", "--db", db).stdout
    assert "1 trusted certificate authorities" in cli("office", "trust", "list", "--db", db).stdout
    build_signed(unit, tmp_path / "usb")
    r = cli("office", "intake", tmp_path / "usb", "--db", db)
    assert r.returncode == 1 and "revoked" in r.stdout
