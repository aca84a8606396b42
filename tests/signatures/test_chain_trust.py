"""Path validation up to a trusted CA (pyhanko-certvalidator) with our unit and CRL rules: chains that pass and fail."""

from __future__ import annotations

import datetime as dt


from commune_desk.services.packages.chain_trust import ALL_UNITS, Authority, ChainTrust, is_ca, split_trust

from . import pki

NOW = pki.NOW


def _trust(*authorities, crls=(), bindings=None):
    return ChainTrust(list(authorities), list(crls), dict(bindings or {}))


def test_unit_certificate_chains_to_trusted_root(ca):
    trust = _trust(Authority(ca["root"].cert, None, "root"))
    v = trust.verdict(ca["unit"].cert, ca["unit"].chain, "79999", NOW)
    assert v.ok, v.reason
    assert v.ca == "Test Root CA" and "Test Root CA" in v.reason


def test_trusted_intermediate_is_enough_without_the_root(ca):
    trust = _trust(Authority(ca["inter"].cert, frozenset({"79999"})))
    assert trust.verdict(ca["unit"].cert, [], "79999", NOW).ok


def test_missing_intermediate_means_no_path(ca):
    v = _trust(Authority(ca["root"].cert)).verdict(ca["unit"].cert, [], "79999", NOW)
    assert not v.ok and "does not chain" in v.reason


def test_untrusted_root(ca):
    other = pki.make_ca("Other Root CA")
    v = _trust(Authority(other.cert)).verdict(ca["unit"].cert, ca["unit"].chain, "79999", NOW)
    assert not v.ok and "does not chain" in v.reason


def test_expired_at_signing_time(ca):
    old = pki.make_unit(ca["inter"], not_before=NOW - 400 * pki.DAY, not_after=NOW - 10 * pki.DAY)
    trust = _trust(Authority(ca["root"].cert))
    v = trust.verdict(old.cert, old.chain, "79999", NOW)
    assert not v.ok and "expired" in v.reason
    # Signed while it was valid: the chain holds at that (claimed) time.
    assert trust.verdict(old.cert, old.chain, "79999", NOW - 100 * pki.DAY).ok


def test_not_yet_valid_at_signing_time(ca):
    early = pki.make_unit(ca["inter"], not_before=NOW + 10 * pki.DAY, not_after=NOW + 400 * pki.DAY)
    v = _trust(Authority(ca["root"].cert)).verdict(early.cert, early.chain, "79999", NOW)
    assert not v.ok and "not yet valid" in v.reason


def test_intermediate_expired_at_signing_time(ca):
    inter = pki.make_ca("Old Intermediate", ca["root"], not_before=NOW - 900 * pki.DAY,
                        not_after=NOW - 5 * pki.DAY)
    unit = pki.make_unit(inter, not_before=NOW - 800 * pki.DAY, not_after=NOW + 100 * pki.DAY)
    v = _trust(Authority(ca["root"].cert)).verdict(unit.cert, unit.chain, "79999", NOW)
    assert not v.ok and "expired" in v.reason


def test_wrong_key_usage(ca):
    enc = pki.make_unit(ca["inter"], usage=pki.usage(key_encipherment=True))
    v = _trust(Authority(ca["root"].cert)).verdict(enc.cert, enc.chain, "79999", NOW)
    assert not v.ok and "key usage" in v.reason


def test_end_entity_cannot_act_as_ca(ca):
    """basicConstraints: a unit certificate (cA = FALSE) that 'issues' another certificate breaks the chain."""
    fake = pki.make_unit(ca["unit"], cn="Fake", unit_code="70000")
    v = _trust(Authority(ca["root"].cert)).verdict(fake.cert, fake.chain, "70000", NOW)
    assert not v.ok


def test_path_length_of_intermediate_is_enforced(ca):
    """The intermediate has pathLen 0: a sub-CA below it is not a valid chain."""
    sub = pki.make_ca("Sub CA", ca["inter"])
    unit = pki.make_unit(sub)
    v = _trust(Authority(ca["root"].cert)).verdict(unit.cert, unit.chain, "79999", NOW)
    assert not v.ok


def test_revoked_by_crl_whatever_the_date(ca):
    unit = pki.make_unit(ca["inter"])
    crl = pki.make_crl(ca["inter"], [unit.cert], when=NOW + pki.DAY)
    v = _trust(Authority(ca["root"].cert), crls=[crl]).verdict(unit.cert, unit.chain, "79999", NOW)
    assert not v.ok and "revoked" in v.reason and f"{unit.cert.serial_number:X}" in v.reason
    # A CRL that does not list it, or that its issuer did not sign, changes nothing.
    clean = pki.make_crl(ca["inter"], [])
    forged = pki.make_crl(ca["inter"], [unit.cert], signer_key=pki.make_ca("Forger").key)
    assert _trust(Authority(ca["root"].cert), crls=[clean, forged]).verdict(unit.cert, unit.chain, "79999", NOW).ok


def test_revoked_intermediate_by_root_crl(ca):
    inter = pki.make_ca("Compromised Intermediate", ca["root"], path_length=0)
    unit = pki.make_unit(inter)
    crl = pki.make_crl(ca["root"], [inter.cert])
    v = _trust(Authority(ca["root"].cert), crls=[crl]).verdict(unit.cert, unit.chain, "79999", NOW)
    assert not v.ok and "Compromised Intermediate" in v.reason


def test_unit_code_mismatch_and_unit_scope(ca):
    trust = _trust(Authority(ca["root"].cert, frozenset({"79999", "79998"})))
    v = trust.verdict(ca["unit"].cert, ca["unit"].chain, "79998", NOW)
    assert not v.ok and "79998" in v.reason and "79999" in v.reason
    other = pki.make_unit(ca["inter"], cn="Xã Khác", unit_code="80001")
    v = trust.verdict(other.cert, other.chain, "80001", NOW)
    assert not v.ok and "not for unit 80001" in v.reason


def test_certificate_without_unit_code_needs_a_binding(ca):
    from commune_desk.services.packages.signing_keys import fingerprint_sha256

    nameless = pki.make_unit(ca["inter"], unit_code="")
    trust = _trust(Authority(ca["root"].cert))
    assert "no unit code" in trust.verdict(nameless.cert, nameless.chain, "79999", NOW).reason
    bound = _trust(Authority(ca["root"].cert), bindings={fingerprint_sha256(nameless.cert): "79999"})
    assert bound.verdict(nameless.cert, nameless.chain, "79999", NOW).ok


def test_uid_with_prefix_is_the_unit_code(ca):
    provider = pki.make_unit(ca["inter"], unit_code="", uid="MNS:79997")
    assert _trust(Authority(ca["root"].cert)).verdict(provider.cert, provider.chain, "79997", NOW).ok


def test_split_trust(ca):
    leaves, cas = split_trust([ca["root"].cert, ca["inter"].cert, ca["unit"].cert])
    assert leaves == [ca["unit"].cert] and [a.cert for a in cas] == [ca["root"].cert, ca["inter"].cert]
    assert all(a.units is None for a in cas)
    assert is_ca(ca["root"].cert) and not is_ca(ca["unit"].cert)
    assert ALL_UNITS == "*"


def test_no_authority_is_never_trust():
    root = pki.make_ca()
    unit = pki.make_unit(root)
    assert not ChainTrust().verdict(unit.cert, [], "79999", dt.datetime.now(dt.timezone.utc)).ok
