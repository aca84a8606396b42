"""A real test PKI made with cryptography: root CA -> intermediate CA -> unit certificates, CRLs, PKCS#12 files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
DAY = dt.timedelta(days=1)


@dataclass
class Issued:
    """A key and its certificate (and the chain above it, nearest first, without the root)."""

    key: object
    cert: x509.Certificate
    chain: list = field(default_factory=list)

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


def _name(cn: str, unit_code: str = "", uid: str = "") -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"), x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if unit_code:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, unit_code))
    if uid:
        attrs.append(x509.NameAttribute(NameOID.USER_ID, uid))
    return x509.Name(attrs)


def _usage(**on) -> x509.KeyUsage:
    names = ("digital_signature", "content_commitment", "key_encipherment", "data_encipherment", "key_agreement",
             "key_cert_sign", "crl_sign", "encipher_only", "decipher_only")
    return x509.KeyUsage(**{n: bool(on.get(n)) for n in names})


def make_ca(cn: str = "Test Root CA", issuer: Issued | None = None, *, path_length: int | None = None,
            not_before: dt.datetime | None = None, not_after: dt.datetime | None = None) -> Issued:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(cn)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    signer_key = issuer.key if issuer else key
    issuer_name = issuer.cert.subject if issuer else subject
    aki = (x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()) if issuer
           else x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski))
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before or NOW - 3650 * DAY).not_valid_after(not_after or NOW + 3650 * DAY)
            .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
            .add_extension(_usage(key_cert_sign=True, crl_sign=True), critical=True)
            .add_extension(ski, critical=False).add_extension(aki, critical=False)
            .sign(signer_key, hashes.SHA256()))
    chain = ([issuer.cert] + issuer.chain) if issuer and issuer.cert.issuer != issuer.cert.subject else []
    return Issued(key, cert, chain)


def make_unit(ca: Issued, cn: str = "Ủy ban nhân dân xã Hòa Mỹ", unit_code: str = "79999", *, uid: str = "",
              not_before: dt.datetime | None = None, not_after: dt.datetime | None = None, usage=None,
              key=None, rsa_key: bool = False, public_key=None) -> Issued:
    """An end-entity certificate issued by `ca` (EC P-256 unless `rsa_key`; `public_key` for a token's key)."""
    if public_key is None:
        key = key or (rsa.generate_private_key(public_exponent=65537, key_size=2048) if rsa_key
                      else ec.generate_private_key(ec.SECP256R1()))
        public_key = key.public_key()
    usage = usage or _usage(digital_signature=True, content_commitment=True)
    cert = (x509.CertificateBuilder().subject_name(_name(cn, unit_code, uid)).issuer_name(ca.cert.subject)
            .public_key(public_key).serial_number(x509.random_serial_number())
            .not_valid_before(not_before or NOW - 30 * DAY).not_valid_after(not_after or NOW + 365 * DAY)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(usage, critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION,
                                                  ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), critical=False)
            .sign(ca.key, hashes.SHA256()))
    chain = [ca.cert] + ca.chain if ca.cert.issuer != ca.cert.subject else []
    return Issued(key, cert, chain)


def make_crl(ca: Issued, revoked=(), *, when: dt.datetime | None = None, signer_key=None) -> x509.CertificateRevocationList:
    when = when or NOW - dt.timedelta(hours=1)
    builder = (x509.CertificateRevocationListBuilder().issuer_name(ca.cert.subject)
               .last_update(when).next_update(when + 30 * DAY)
               .add_extension(x509.CRLNumber(1), critical=False))
    for cert in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(cert.serial_number).revocation_date(when).build())
    return builder.sign(signer_key or ca.key, hashes.SHA256())


def crl_pem(crl) -> bytes:
    return crl.public_bytes(serialization.Encoding.PEM)


def p12(issued: Issued, password: str, *, with_chain: bool = True, name: bytes | None = b"provider key") -> bytes:
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    return pkcs12.serialize_key_and_certificates(name, issued.key, issued.cert,
                                                 issued.chain if with_chain else None,
                                                 BestAvailableEncryption(password.encode()))


def usage(**on) -> x509.KeyUsage:
    return _usage(**on)
