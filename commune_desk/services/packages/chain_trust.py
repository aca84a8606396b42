"""Trust through a certificate authority: path validation of a package signer up to a trusted CA, offline.

The path is built and validated by pyhanko-certvalidator (RFC 5280: signatures along the chain, validity of
every certificate at the claimed signing time, basic constraints and path length, the CA key usages), with no
network fetching. Then two rules of our own:

- **Revocation** comes only from CRL files the office imported. A certificate listed as revoked in a CRL whose
  signature verifies with the issuer in the path is refused *whatever the revocation date*: offline there is no
  timestamp authority, so a signing time before the revocation is only the signer's claim (the same rule as
  `office trust revoke`).
- **Units**: a CA is trusted for the unit codes it was registered with (or all); the package's `Unit-Code` must
  be the certificate's unit code (or the office's binding of that certificate) and one of those units.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, fill

ALL_UNITS = "*"

# Reasons: English templates, translated in the window's "Problems" context.
R = {
    "ok": QT_TRANSLATE_NOOP("Problems", "chains to the trusted certificate authority {ca} (valid at the signing time {when} UTC)"),
    "no_path": QT_TRANSLATE_NOOP("Problems", "the signer's certificate does not chain to a trusted certificate authority ({detail})"),
    "expired": QT_TRANSLATE_NOOP("Problems", "a certificate in the chain had expired at the signing time ({detail})"),
    "not_yet": QT_TRANSLATE_NOOP("Problems", "a certificate in the chain was not yet valid at the signing time ({detail})"),
    "invalid_path": QT_TRANSLATE_NOOP("Problems", "the certificate chain is not valid ({detail})"),
    "usage": QT_TRANSLATE_NOOP("Problems", "the signer's certificate is not for signatures (key usage)"),
    "revoked": QT_TRANSLATE_NOOP("Problems", "the certificate of {subject} (serial {serial}) was revoked on {day} according to the imported CRL of {issuer}"),
    "unit_not_allowed": QT_TRANSLATE_NOOP("Problems", "the certificate authority {ca} is trusted for units {units}, not for unit {code}"),
    "no_unit": QT_TRANSLATE_NOOP("Problems", "the signer's certificate carries no unit code and the office has not bound it to a unit"),
    "unit_mismatch": QT_TRANSLATE_NOOP("Problems", "the certificate is for unit {cert_code}, but the package says {code}"),
}


@dataclass(frozen=True)
class Authority:
    """A CA certificate the office trusts, with the unit codes it may vouch for (None: every unit)."""

    cert: object                               # cryptography x509.Certificate
    units: frozenset[str] | None = None
    name: str = ""

    def allows(self, code: str) -> bool:
        return self.units is None or code in self.units


@dataclass(frozen=True)
class ChainVerdict:
    """`ok` with the sentence to show; `ca` names the authority that vouched (empty when none did)."""

    ok: bool
    reason: str
    template: str = ""
    args: dict = field(default_factory=dict, compare=False)
    ca: str = ""


def _verdict(ok: bool, key: str, **args) -> ChainVerdict:
    return ChainVerdict(ok, fill(R[key], args), R[key], args, str(args.get("ca", "")) if ok else "")


def is_ca(cert) -> bool:
    """True when the certificate says it is a CA (basic constraints cA = TRUE)."""
    from cryptography import x509

    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _der(cert) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding

    return cert.public_bytes(Encoding.DER)


def _name(cert) -> str:
    from commune_desk.services.packages.signing_keys import common_name_of

    return common_name_of(cert) or cert.subject.rfc4514_string()


@dataclass
class ChainTrust:
    """The office's (or `--trust`'s) CAs and imported CRLs; `bindings` maps a certificate fingerprint to a unit."""

    authorities: list[Authority] = field(default_factory=list)
    crls: list = field(default_factory=list)          # cryptography x509.CertificateRevocationList
    bindings: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.authorities)

    def verdict(self, signer, others: Iterable, unit_code: str, signed_at: dt.datetime | None) -> ChainVerdict:
        """Whether `signer` (with the certificates the signature carried) may sign for `unit_code` at `signed_at`."""
        from commune_desk.services.packages.signing_keys import fingerprint_sha256, unit_code_of

        if not self.authorities:
            return _verdict(False, "no_path", detail="no certificate authority is trusted")
        when = signed_at or dt.datetime.now(dt.timezone.utc)
        when = when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)
        try:
            path = _validate_path(signer, list(others), [a.cert for a in self.authorities], when)
        except _PathProblem as exc:
            return _verdict(False, exc.key, detail=exc.detail)
        usage = _usage_problem(signer)
        if usage:
            return _verdict(False, "usage")
        revoked = self._revoked(path)
        if revoked is not None:
            return revoked
        cert_code = unit_code_of(signer) or self.bindings.get(fingerprint_sha256(signer), "")
        if not cert_code:
            return _verdict(False, "no_unit")
        if cert_code != unit_code:
            return _verdict(False, "unit_mismatch", cert_code=cert_code, code=unit_code or "(none)")
        in_path = {fingerprint_sha256(c) for c in path}
        vouching = [a for a in self.authorities if fingerprint_sha256(a.cert) in in_path]
        allowed = [a for a in vouching if a.allows(unit_code)]
        if not allowed:
            first = vouching[0] if vouching else self.authorities[0]
            return _verdict(False, "unit_not_allowed", ca=_name(first.cert),
                            units=", ".join(sorted(first.units or ())) or "(none)", code=unit_code)
        return _verdict(True, "ok", ca=_name(allowed[0].cert), when=f"{when:%Y-%m-%d %H:%M}")

    def _revoked(self, path: list) -> ChainVerdict | None:
        """The first certificate of the path (below its anchor) that an imported, authentic CRL revokes."""
        for child, issuer in zip(path[1:], path[:-1]):
            for crl in self.crls:
                if crl.issuer != issuer.subject:
                    continue
                try:
                    if not crl.is_signature_valid(issuer.public_key()):
                        continue
                except (TypeError, ValueError):
                    continue
                entry = crl.get_revoked_certificate_by_serial_number(child.serial_number)
                if entry is not None:
                    return _verdict(False, "revoked", subject=_name(child), serial=f"{child.serial_number:X}",
                                    day=f"{entry.revocation_date_utc:%Y-%m-%d}", issuer=_name(issuer))
        return None


class _PathProblem(Exception):
    def __init__(self, key: str, detail: str) -> None:
        super().__init__(detail)
        self.key, self.detail = key, detail


def _validate_path(signer, others: list, anchors: list, when: dt.datetime) -> list:
    """The validated path, anchor first, as cryptography certificates; raises _PathProblem."""
    import asyncio

    from asn1crypto import x509 as ax509
    from cryptography import x509
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator import errors as pv_errors

    def a(cert):
        return ax509.Certificate.load(_der(cert))

    context = ValidationContext(trust_roots=[a(c) for c in anchors], other_certs=[a(c) for c in others],
                                moment=when, allow_fetching=False, revocation_mode="soft-fail")
    validator = CertificateValidator(a(signer), validation_context=context)
    try:
        path = asyncio.run(validator.async_validate_path())
    except pv_errors.ExpiredError as exc:
        raise _PathProblem("expired", _clean(exc)) from exc
    except pv_errors.NotYetValidError as exc:
        raise _PathProblem("not_yet", _clean(exc)) from exc
    except pv_errors.PathBuildingError as exc:
        raise _PathProblem("no_path", _clean(exc)) from exc
    except (pv_errors.PathValidationError, pv_errors.ValidationError) as exc:
        raise _PathProblem("invalid_path", _clean(exc)) from exc
    except ValueError as exc:     # malformed certificates inside the package
        raise _PathProblem("invalid_path", str(exc)) from exc
    return [x509.load_der_x509_certificate(c.dump()) for c in path.iter_certs(include_root=True)]


def _clean(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text[:300]


def _usage_problem(cert) -> bool:
    from cryptography import x509

    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return False
    return not (usage.digital_signature or usage.content_commitment)


def split_trust(certs: Iterable) -> tuple[list, list[Authority]]:
    """Certificates of a `--trust` file or folder: unit certificates (by fingerprint) and CAs (every unit)."""
    leaves, authorities = [], []
    for cert in certs:
        if is_ca(cert):
            authorities.append(Authority(cert, None, _name(cert)))
        else:
            leaves.append(cert)
    return leaves, authorities


def load_crl(data: bytes, source: str = "CRL"):
    """A CRL from PEM or DER bytes (cryptography object); ExpectedError naming the file otherwise."""
    from cryptography import x509

    from commune_desk.domain.errors import ExpectedError

    try:
        if b"-----BEGIN X509 CRL-----" in data:
            return x509.load_pem_x509_crl(data)
        return x509.load_der_x509_crl(data)
    except ValueError as exc:
        raise ExpectedError.of(QT_TRANSLATE_NOOP("Problems", "{source} is not a certificate revocation list (CRL, .crl or .pem)"),
                               source=source) from exc
