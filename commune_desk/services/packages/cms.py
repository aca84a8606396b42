"""Detached CMS (PKCS#7) signatures: sign with cryptography, verify with asn1crypto and cryptography primitives.

cryptography has no public verify API, so verification is done by hand (RFC 5652 §5.4, §5.6): parse the
SignedData, check the messageDigest signed attribute against the content's digest, verify the signature over
the DER of the signed attributes re-tagged as a SET with the signer certificate's public key (EC or RSA
PKCS#1 v1.5 / PSS), and find that certificate by issuer and serial number or by subject key identifier.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from commune_desk.domain.errors import ExpectedError

_HASHES = {"sha256": "SHA256", "sha384": "SHA384", "sha512": "SHA512"}
_SIG_ALGOS_RSA = {"rsassa_pkcs1v15", "sha256_rsa", "sha384_rsa", "sha512_rsa"}
_SIG_ALGOS_EC = {"ecdsa", "sha256_ecdsa", "sha384_ecdsa", "sha512_ecdsa"}


class SignatureInvalid(ExpectedError):
    """The CMS signature is malformed or does not match the content."""


@dataclass(frozen=True)
class SignerResult:
    """A verified signature: the signer's certificate (cryptography object) and the claimed signing time."""

    cert: Any
    signing_time: dt.datetime | None
    digest_algorithm: str


def sign_detached(data: bytes, key, cert, chain=()) -> bytes:
    """DER detached CMS over `data` (SHA-256, binary mode so LF stays LF), with the signer certificate."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(cert, key, hashes.SHA256())
    for extra in chain:
        builder = builder.add_certificate(extra)
    return builder.sign(Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])


def _hash_cls(name: str):
    from cryptography.hazmat.primitives import hashes

    if name not in _HASHES:
        raise SignatureInvalid(f"digest algorithm {name!r} is not accepted (SHA-256, SHA-384 or SHA-512 only)")
    return getattr(hashes, _HASHES[name])()


def _find_signer_cert(signed_data, sid):
    from cryptography import x509

    certs = []
    for choice in signed_data["certificates"] or []:
        if choice.name == "certificate":
            certs.append(choice.chosen)
    for cert in certs:
        if sid.name == "issuer_and_serial_number":
            ias = sid.chosen
            # Byte-exact, not RFC 5280's caseless match: the identifier is outside what was signed, so a lenient
            # match would let "Mẫu" -> "MẫU" there yield a second, different-looking signature file for the same
            # signed content (the office counts a package's identity over the signature's bytes).
            if cert.issuer.dump() == ias["issuer"].dump() and cert.serial_number == ias["serial_number"].native:
                return x509.load_der_x509_certificate(cert.dump())
        elif sid.name == "subject_key_identifier":
            if cert.key_identifier is not None and cert.key_identifier == sid.chosen.native:
                return x509.load_der_x509_certificate(cert.dump())
    raise SignatureInvalid("the signer's certificate is not included in the signature")


def _attr(signed_attrs, name: str):
    values = [a["values"] for a in signed_attrs if a["type"].native == name]
    if len(values) > 1 or (values and len(values[0]) != 1):
        raise SignatureInvalid(f"the signed attribute {name} occurs more than once")
    return values[0][0] if values else None


def _verify_raw(public_key, signature: bytes, data: bytes, sig_algo, hash_name: str) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    algo = sig_algo["algorithm"].native
    try:
        if isinstance(public_key, ec.EllipticCurvePublicKey):
            if algo not in _SIG_ALGOS_EC:
                raise SignatureInvalid(f"signature algorithm {algo} does not fit an EC key")
            public_key.verify(signature, data, ec.ECDSA(_hash_cls(hash_name)))
        elif isinstance(public_key, rsa.RSAPublicKey):
            if algo == "rsassa_pss":
                params = sig_algo["parameters"]
                pss_hash = params["hash_algorithm"]["algorithm"].native
                if pss_hash != hash_name:
                    raise SignatureInvalid("the PSS hash differs from the digest algorithm")
                mgf_hash = params["mask_gen_algorithm"]["parameters"]["algorithm"].native
                pad = padding.PSS(mgf=padding.MGF1(_hash_cls(mgf_hash)), salt_length=params["salt_length"].native)
            elif algo in _SIG_ALGOS_RSA:
                pad = padding.PKCS1v15()
            else:
                raise SignatureInvalid(f"signature algorithm {algo} does not fit an RSA key")
            public_key.verify(signature, data, pad, _hash_cls(hash_name))
        else:
            raise SignatureInvalid("the signer's key type is not supported (EC or RSA only)")
    except InvalidSignature as exc:
        raise SignatureInvalid("the signature does not match (the signed file or the signature was changed)") \
            from exc


def _parse(signature: bytes):
    from asn1crypto import cms

    try:
        info = cms.ContentInfo.load(signature, strict=True)
        if info["content_type"].native != "signed_data":
            raise SignatureInvalid("the signature file is not a CMS SignedData")
        signed_data = info["content"]
        signed_data.native  # noqa: B018 - parse everything now, so damage shows here and not halfway through
        return signed_data
    except SignatureInvalid:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser error means a damaged signature file
        raise SignatureInvalid(f"the signature file is damaged or not DER CMS ({exc.__class__.__name__})") from exc


def verify_detached(signature: bytes, content: bytes) -> SignerResult:
    """Verify a detached DER CMS signature over `content`; raises SignatureInvalid naming the reason."""
    signed_data = _parse(signature)
    try:
        return _verify(signed_data, content)
    except SignatureInvalid:
        raise
    except Exception as exc:  # noqa: BLE001 - a well-formed DER with odd contents
        raise SignatureInvalid(f"the signature file is damaged ({exc.__class__.__name__}: {exc})") from exc


def _verify(signed_data, content: bytes) -> SignerResult:
    from cryptography import x509

    if signed_data["version"].native not in ("v1", "v3"):
        raise SignatureInvalid(f"unexpected SignedData version {signed_data['version'].native}")
    encap = signed_data["encap_content_info"]
    if encap["content_type"].native != "data":
        raise SignatureInvalid("the signed content type is not 'data'")
    if encap["content"].native is not None:
        raise SignatureInvalid("the signature carries content; a detached signature was expected")
    signer_infos = list(signed_data["signer_infos"])
    if len(signer_infos) != 1:
        raise SignatureInvalid(f"expected one signer, found {len(signer_infos)}")
    si = signer_infos[0]
    expected_version = "v1" if si["sid"].name == "issuer_and_serial_number" else "v3"
    if si["version"].native != expected_version:
        raise SignatureInvalid(f"unexpected SignerInfo version {si['version'].native}")
    digest_name = si["digest_algorithm"]["algorithm"].native
    _hash_cls(digest_name)
    if digest_name not in {d["algorithm"].native for d in signed_data["digest_algorithms"]}:
        raise SignatureInvalid("the signer's digest algorithm is not declared in the SignedData")
    for algo_id in [si["digest_algorithm"], *signed_data["digest_algorithms"]]:
        if algo_id["parameters"].native is not None:
            raise SignatureInvalid("unexpected digest algorithm parameters")
    sig_algo = si["signature_algorithm"]
    combined = sig_algo["algorithm"].native
    if combined.endswith(("_rsa", "_ecdsa")) and combined.split("_")[0] != digest_name:
        raise SignatureInvalid("the signature algorithm's hash differs from the digest algorithm")
    cert = _find_signer_cert(signed_data, si["sid"])
    digest = hashlib.new(digest_name, content).digest()
    signed_attrs = si["signed_attrs"]
    signing_time = None
    if signed_attrs.native is None or len(signed_attrs) == 0:
        # No signed attributes (openssl -noattr): the signature is over the content itself.
        _verify_raw(cert.public_key(), si["signature"].native, content, sig_algo, digest_name)
    else:
        content_type = _attr(signed_attrs, "content_type")
        if content_type is None or content_type.native != encap["content_type"].native:
            raise SignatureInvalid("the signed contentType attribute is missing or differs")
        message_digest = _attr(signed_attrs, "message_digest")
        if message_digest is None:
            raise SignatureInvalid("the signed messageDigest attribute is missing")
        if message_digest.native != digest:
            raise SignatureInvalid("the signed file's digest does not match the signature (the file was changed)")
        attrs_der = bytearray(signed_attrs.dump())
        attrs_der[0] = 0x31  # [0] IMPLICIT -> SET OF, as RFC 5652 §5.4 requires for the signed bytes
        _verify_raw(cert.public_key(), si["signature"].native, bytes(attrs_der), sig_algo, digest_name)
        time_value = _attr(signed_attrs, "signing_time")
        if time_value is not None:
            signing_time = time_value.native
            if signing_time.tzinfo is None:
                signing_time = signing_time.replace(tzinfo=dt.timezone.utc)
    _check_certificate_integrity(cert, signed_data, x509)
    _check_key_usage(cert, x509)
    return SignerResult(cert=cert, signing_time=signing_time, digest_algorithm=digest_name)


def _self_issued(cert, x509) -> bool:
    if cert.issuer == cert.subject:
        return True
    try:
        ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
        aki = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value.key_identifier
    except x509.ExtensionNotFound:
        return False
    return aki is not None and aki == ski


def _check_certificate_integrity(cert, signed_data, x509) -> None:
    """A self-signed certificate (or one whose issuer is included) must carry a valid issuer signature.

    Without this, an altered subject in an unsigned part of the file would go unnoticed.
    """
    issuers = [cert] if _self_issued(cert, x509) else []
    for choice in signed_data["certificates"] or []:
        if choice.name == "certificate" and choice.chosen.subject == choice.chosen.issuer:
            other = x509.load_der_x509_certificate(choice.chosen.dump())
            if other.subject == cert.issuer and other != cert:
                issuers.append(other)
    for issuer in issuers:
        try:
            cert.verify_directly_issued_by(issuer)
        except Exception as exc:  # noqa: BLE001 - InvalidSignature, ValueError, TypeError alike
            raise SignatureInvalid("the signer's certificate is damaged or altered (its issuer's signature "
                                   "does not match)") from exc


def _check_key_usage(cert, x509) -> None:
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise SignatureInvalid("the signer's certificate is not for signatures (key usage)")


def is_trusted(cert, trusted) -> bool:
    """True when the certificate is one of `trusted` (same SHA-256 fingerprint of the DER)."""
    from cryptography.hazmat.primitives.serialization import Encoding

    der = cert.public_bytes(Encoding.DER)
    return any(t.public_bytes(Encoding.DER) == der for t in trusted)


def carried_certificates(signature: bytes) -> list:
    """Every certificate the CMS carries (signer and any chain), as cryptography objects; [] when unreadable."""
    from cryptography import x509

    try:
        signed_data = _parse(signature)
        return [x509.load_der_x509_certificate(c.chosen.dump()) for c in signed_data["certificates"] or []
                if c.name == "certificate"]
    except (SignatureInvalid, ValueError):
        return []
