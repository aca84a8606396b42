"""The unit's signing key: create, save and load password-protected PKCS#12 files, show and export the certificate.

Where the unit code lives in a certificate: our self-signed certificates put the unit's official name in the
subject's commonName (CN), the unit code in the subject's **serialNumber** attribute (OID 2.5.4.5) and
``C=VN``. Certificates from a provider are read the same way; when they have no serialNumber, a ``UID``
attribute (OID 0.9.2342.19200300.100.1.1) is used, with a ``PREFIX:`` such as ``MNS:`` removed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError
from commune_desk.domain.text import nfc

MAX_P12_BYTES = 1 << 20
DEFAULT_VALID_DAYS = 5 * 365 + 1
_UNIT_CODE_OID = "2.5.4.5"          # X.520 serialNumber
_UID_OID = "0.9.2342.19200300.100.1.1"


class KeyFileError(ExpectedError):
    """Base of the key-file errors (each message says what to do)."""


class NotPkcs12(KeyFileError):
    """The file is not a PKCS#12 (.p12/.pfx) file."""


class WrongPassword(KeyFileError):
    """The password does not open the PKCS#12 file."""


class CertificateExpired(KeyFileError):
    """The certificate's validity ended."""


class CertificateNotYetValid(KeyFileError):
    """The certificate's validity has not begun."""


class KeyCertificateMismatch(KeyFileError):
    """The private key does not belong to the certificate."""


class NoUnitCode(KeyFileError):
    """The certificate's subject carries no unit code."""


@dataclass
class SigningIdentity:
    """A private key with its certificate (and any provider chain certificates)."""

    key: Any
    cert: Any
    chain: list = field(default_factory=list)
    unit_code: str = ""            # the officer's binding (keys import) when the certificate carries no unit code


@dataclass(frozen=True)
class CertificateInfo:
    """What `keys show` prints; the fingerprint is grouped for reading over the phone."""

    subject: str
    common_name: str
    unit_code: str
    issuer: str
    self_signed: bool
    not_before: dt.datetime
    not_after: dt.datetime
    status: str                    # "valid", "expired", "not yet valid"
    fingerprint: str               # "AB12 CD34 …" (SHA-256, 16 groups of 4)
    key_type: str

    def lines(self) -> list[str]:
        return [
            f"subject:      {self.subject}",
            f"unit name:    {self.common_name}",
            f"unit code:    {self.unit_code or '(none)'}",
            f"issuer:       {'self-signed' if self.self_signed else self.issuer}",
            f"valid from:   {self.not_before:%Y-%m-%d %H:%M} UTC",
            f"valid until:  {self.not_after:%Y-%m-%d %H:%M} UTC",
            f"status:       {self.status}",
            f"key:          {self.key_type}",
            f"SHA-256:      {self.fingerprint}",
        ]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def fingerprint_sha256(cert) -> str:
    """SHA-256 of the certificate's DER, upper-case hex."""
    from cryptography.hazmat.primitives.serialization import Encoding

    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest().upper()


def group_fingerprint(hex_digest: str, size: int = 4) -> str:
    """"AB12CD34…" -> "AB12 CD34 …": short groups are easy to read aloud and compare."""
    return " ".join(hex_digest[i:i + size] for i in range(0, len(hex_digest), size))


def unit_code_of(cert) -> str:
    """The unit code from the certificate subject: serialNumber, else UID without a 'PREFIX:'; '' if none."""
    subject = cert.subject
    by_oid: dict[str, list[str]] = {}
    for attr in subject:
        by_oid.setdefault(attr.oid.dotted_string, []).append(str(attr.value).strip())
    for value in by_oid.get(_UNIT_CODE_OID, []):
        if value:
            return value
    for value in by_oid.get(_UID_OID, []):
        if value:
            return value.split(":", 1)[1].strip() if ":" in value else value
    return ""


def identity_unit_code(identity) -> str:
    """The unit an identity signs for: its certificate's unit code, else the binding recorded at import."""
    return unit_code_of(identity.cert) or getattr(identity, "unit_code", "") or ""


def common_name_of(cert) -> str:
    from cryptography.x509.oid import NameOID

    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""


def validity_status(cert, at: dt.datetime | None = None) -> str:
    at = at or _utcnow()
    if at < cert.not_valid_before_utc:
        return "not yet valid"
    if at > cert.not_valid_after_utc:
        return "expired"
    return "valid"


def check_validity(cert, at: dt.datetime | None = None) -> None:
    """Raise CertificateExpired / CertificateNotYetValid when `at` (default now) is outside the validity."""
    status = validity_status(cert, at)
    if status == "expired":
        raise CertificateExpired.of(QT_TRANSLATE_NOOP(
            "Problems", "the certificate of {name} expired on {day}; create a new key (keys new) or import a renewed "
                        "one, and send its certificate to the receiving office"),
            name=repr(common_name_of(cert)), day=f"{cert.not_valid_after_utc:%Y-%m-%d}")
    if status == "not yet valid":
        raise CertificateNotYetValid.of(QT_TRANSLATE_NOOP(
            "Problems", "the certificate of {name} is valid only from {when} UTC; check the computer's date and time"),
            name=repr(common_name_of(cert)), when=f"{cert.not_valid_before_utc:%Y-%m-%d %H:%M}")


def _public_der(public_key) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return public_key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)


def key_matches(key, cert) -> bool:
    return _public_der(key.public_key()) == _public_der(cert.public_key())


def check_key_matches(key, cert) -> None:
    if not key_matches(key, cert):
        raise KeyCertificateMismatch(
            f"the private key does not belong to the certificate of {common_name_of(cert)!r}; "
            "use the .p12/.pfx file that the provider issued with this certificate")


def key_type_of(key_or_public) -> str:
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    pub = key_or_public.public_key() if hasattr(key_or_public, "public_key") else key_or_public
    if isinstance(pub, ec.EllipticCurvePublicKey):
        return f"EC {pub.curve.name}"
    if isinstance(pub, rsa.RSAPublicKey):
        return f"RSA-{pub.key_size}"
    return type(pub).__name__


def create_identity(official_name: str, unit_code: str, *, key_type: str = "ec",
                    valid_days: int = DEFAULT_VALID_DAYS, now: dt.datetime | None = None) -> SigningIdentity:
    """A new key pair (EC P-256 or RSA-2048) and a self-signed certificate for the unit."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    official_name, unit_code = nfc(official_name.strip()), unit_code.strip()
    if not official_name:
        raise ExpectedError("the unit's official name is required")
    if not unit_code or not unit_code.isascii() or not unit_code.replace("-", "").replace(".", "").replace(
            "_", "").isalnum() or len(unit_code) > 20:
        raise ExpectedError(f"unit code {unit_code!r}: 1–20 letters or digits")
    if key_type == "ec":
        key = ec.generate_private_key(ec.SECP256R1())
    elif key_type == "rsa":
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    else:
        raise ExpectedError(f"key type {key_type!r}: choose ec or rsa")
    now = now or _utcnow()
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        x509.NameAttribute(NameOID.COMMON_NAME, official_name[:64]),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, unit_code),
    ])
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(ski, critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False)
        .sign(key, hashes.SHA256())
    )
    return SigningIdentity(key=key, cert=cert)


def p12_bytes(identity: SigningIdentity, password: str, friendly: str | None = None) -> bytes:
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    if not password:
        raise ExpectedError("a password is required to protect the key file")
    friendly = (friendly or f"{unit_code_of(identity.cert)} signing key").encode("utf-8")
    return pkcs12.serialize_key_and_certificates(
        friendly, identity.key, identity.cert, identity.chain or None,
        BestAvailableEncryption(password.encode("utf-8")))


def save_p12(path: Path | str, identity: SigningIdentity, password: str, *, overwrite: bool = False,
             friendly: str | None = None) -> Path:
    """Write the key and certificate to a password-protected PKCS#12 file, atomically."""
    from commune_desk.storage.files import write_bytes_atomic

    path = Path(path)
    if path.exists() and not overwrite:
        raise ExpectedError(f"{path} already exists; choose another file name (a key is never overwritten)")
    return write_bytes_atomic(path, p12_bytes(identity, password, friendly))


def _looks_like_pkcs12(data: bytes) -> bool:
    from asn1crypto import pkcs12 as apkcs12

    try:
        pfx = apkcs12.Pfx.load(data, strict=True)
        return pfx["version"].native in (3, "v3") and pfx["auth_safe"]["content_type"].native in ("data", "signed_data")
    except Exception:  # noqa: BLE001 - any parse failure means "not a PKCS#12 file"
        return False


def read_p12(data: bytes, password: str, *, source: str = "key file", at: dt.datetime | None = None,
             require_valid: bool = True) -> SigningIdentity:
    """Open PKCS#12 bytes: typed errors for not-a-PKCS#12, wrong password, mismatch, validity."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    if not _looks_like_pkcs12(data):
        raise NotPkcs12.of(QT_TRANSLATE_NOOP("Problems", "{source} is not a PKCS#12 key file (.p12/.pfx)"),
                           source=source)
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError as exc:
        raise WrongPassword.of(QT_TRANSLATE_NOOP("Problems", "{source}: wrong password (or a damaged file)"),
                               source=source) from exc
    if key is None:
        raise KeyCertificateMismatch.of(QT_TRANSLATE_NOOP("Problems", "{source} holds no private key, only "
                                                                      "certificates"), source=source)
    extra = list(extra or [])
    if cert is None:  # some providers' files carry the certificate without linking it to the key
        matching = [c for c in extra if key_matches(key, c)]
        if not matching:
            if not extra:
                raise KeyCertificateMismatch.of(QT_TRANSLATE_NOOP(
                    "Problems", "{source} holds a private key but no certificate"), source=source)
            check_key_matches(key, extra[0])
        cert = matching[0]
        extra = [c for c in extra if c is not cert]
    check_key_matches(key, cert)
    if require_valid:
        check_validity(cert, at)
    return SigningIdentity(key=key, cert=cert, chain=extra, unit_code=_binding(data, password, cert))


def _binding(data: bytes, password: str, cert) -> str:
    """The unit code bound at `keys import` (friendlyName), only for a certificate that carries none itself."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    from commune_desk.services.packages.key_import import binding_of

    if unit_code_of(cert):
        return ""
    try:
        loaded = pkcs12.load_pkcs12(data, password.encode("utf-8"))
    except ValueError:
        return ""
    return binding_of(loaded.cert.friendly_name) if loaded.cert is not None else ""


def _read_file(path: Path | str, what: str = "key file") -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_P12_BYTES:
            raise NotPkcs12(f"{path} is too large for a {what} ({size} bytes)")
        return path.read_bytes()
    except OSError as exc:
        raise ExpectedError(f"cannot read {path}: {exc.strerror or exc}") from exc


def load_p12(path: Path | str, password: str, *, at: dt.datetime | None = None,
             require_valid: bool = True) -> SigningIdentity:
    return read_p12(_read_file(path), password, source=str(path), at=at, require_valid=require_valid)


def import_p12(source: Path | str, password: str, dest: Path | str, *, overwrite: bool = False,
               unit_code: str | None = None) -> SigningIdentity:
    """Check a provider's .p12/.pfx and write the app's key file (services/packages/key_import.py does the work)."""
    from commune_desk.services.packages.key_import import import_provider_key

    return import_provider_key(source, password, dest, unit_code=unit_code, overwrite=overwrite).identity


def describe(cert, at: dt.datetime | None = None) -> CertificateInfo:
    return CertificateInfo(
        subject=cert.subject.rfc4514_string(),
        common_name=common_name_of(cert),
        unit_code=unit_code_of(cert),
        issuer=cert.issuer.rfc4514_string(),
        self_signed=cert.issuer == cert.subject,
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        status=validity_status(cert, at),
        fingerprint=group_fingerprint(fingerprint_sha256(cert)),
        key_type=key_type_of(cert.public_key()),
    )


# Certificate files (export, parse, trust lists) live in cert_files.py; imported here for existing callers.
from commune_desk.services.packages.cert_files import (  # noqa: E402, F401
    cert_bytes, export_cert, format_for, load_trust, parse_certificates,
)
