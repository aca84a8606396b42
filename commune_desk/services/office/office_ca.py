"""The office trusts certificate authorities: register a CA for some units, import CRLs, build the chain trust."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError

MAX_CRL_BYTES = 20 * 1024 * 1024


def check_ca_certificate(cert, now: dt.datetime | None = None) -> None:
    """A CA certificate the office may trust: cA = TRUE, may sign certificates, not expired."""
    from cryptography import x509

    from commune_desk.services.packages.chain_trust import is_ca
    from commune_desk.services.packages.signing_keys import common_name_of

    name = common_name_of(cert) or cert.subject.rfc4514_string()
    if not is_ca(cert):
        raise ExpectedError.of(QT_TRANSLATE_NOOP("Problems", "{name} is not a certificate authority (basic constraints cA is not TRUE); register a unit's own certificate with 'office trust add'"), name=name)
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not usage.key_cert_sign:
            raise ExpectedError.of(QT_TRANSLATE_NOOP("Problems", "{name} may not sign certificates (key usage lacks keyCertSign)"), name=name)
    except x509.ExtensionNotFound:
        pass
    now = now or dt.datetime.now(dt.timezone.utc)
    if cert.not_valid_after_utc < now:
        raise ExpectedError.of(QT_TRANSLATE_NOOP("Problems", "the certificate authority {name} expired on {day}; ask for its renewed certificate"),
                               name=name, day=f"{cert.not_valid_after_utc:%Y-%m-%d}")


def add_ca(db, actor: str, path: Path | str, units: str):
    """Trust the CA certificate in `path` for `units` ("*" or "CODE,CODE"); returns (TrustedCa, certificate)."""
    from commune_desk.services.office.office_intake import load_cert_file
    from commune_desk.services.packages.signing_keys import cert_bytes, common_name_of, fingerprint_sha256
    from commune_desk.storage.office_ca_repo import CaTrustRepository, TrustedCa, parse_units

    wanted = parse_units(units)
    cert = load_cert_file(path)
    check_ca_certificate(cert)
    ca = TrustedCa(fingerprint_sha256(cert), common_name_of(cert) or cert.subject.rfc4514_string(),
                   cert.subject.rfc4514_string(), cert_bytes(cert, "pem").decode("ascii"), wanted,
                   not_after=cert.not_valid_after_utc)
    return CaTrustRepository(db, actor).add(ca), cert


def import_crl(db, actor: str, path: Path | str):
    """Import a CRL file; its signature must verify with a trusted CA of the same name when there is one.

    Returns (StoredCrl, new?, checked_by) where checked_by names the CA whose key verified it ('' when its
    issuer is not itself trusted: it is then checked against the issuer met in each package's chain).
    """
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    from commune_desk.services.packages.chain_trust import load_crl
    from commune_desk.services.safe_input import read_bytes_capped
    from commune_desk.storage.office_ca_repo import CaTrustRepository, StoredCrl

    path = Path(path)
    if not path.is_file():
        raise ExpectedError.of(QT_TRANSLATE_NOOP("Problems", "CRL file {path} does not exist"), path=str(path))
    data = read_bytes_capped(path, max_bytes=MAX_CRL_BYTES)
    crl = load_crl(data, str(path))
    repo = CaTrustRepository(db, actor)
    checked_by = ""
    for ca in repo.active():
        cert = x509.load_pem_x509_certificate(ca.pem.encode("ascii"))
        if cert.subject != crl.issuer:
            continue
        if not crl.is_signature_valid(cert.public_key()):
            raise ExpectedError.of(QT_TRANSLATE_NOOP("Problems", "{path}: the CRL's signature does not verify with the trusted authority {name}; the file is damaged or forged"),
                                   path=str(path), name=ca.name)
        checked_by = ca.name
    der = crl.public_bytes(Encoding.DER)
    stored = StoredCrl(hashlib.sha256(der).hexdigest(), crl.issuer.rfc4514_string(), der, crl.last_update_utc,
                       crl.next_update_utc, len(list(crl)))
    stored, new = repo.add_crl(stored)
    return stored, new, checked_by


def chain_trust_from_db(db):
    """The office's ChainTrust: active CAs with their units, every imported CRL, and the bindings of certificates
    registered one by one (their unit code when the subject carries none)."""
    from cryptography import x509

    from commune_desk.services.packages.chain_trust import Authority, ChainTrust
    from commune_desk.storage.office_ca_repo import CaTrustRepository

    repo = CaTrustRepository(db, "office")
    authorities = [Authority(x509.load_pem_x509_certificate(c.pem.encode("ascii")), c.units, c.name)
                   for c in repo.active()]
    crls = [x509.load_der_x509_crl(c.der) for c in repo.crls()]
    return ChainTrust(authorities, crls)


def ca_units(db) -> set[str]:
    """The unit codes named by the active CAs (a CA for every unit names none: it expects nobody in particular)."""
    from commune_desk.storage.office_ca_repo import CaTrustRepository

    return {code for ca in CaTrustRepository(db, "office").active() if ca.units for code in ca.units}
