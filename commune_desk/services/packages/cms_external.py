"""Detached CMS (RFC 5652) assembled with asn1crypto around a signature made elsewhere (a PKCS#11 token).

cryptography's PKCS7SignatureBuilder needs the private key in memory; a token never gives it out. So the
signed attributes (contentType, signingTime, messageDigest) are built here, their DER as a SET is handed to
`sign_attrs` (which hashes with SHA-256 and signs on the token), and the SignedData is put together with the
signer's certificate and chain: the same shape `sign_detached` makes, verified by `cms.verify_detached` and
by `openssl cms -verify`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Callable, Iterable


def _a(cert):
    from asn1crypto import x509 as ax509
    from cryptography.hazmat.primitives.serialization import Encoding

    return ax509.Certificate.load(cert.public_bytes(Encoding.DER))


def key_kind(cert) -> str:
    """"ec" or "rsa": which signature algorithm the certificate's public key calls for."""
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    key = cert.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        return "ec"
    if isinstance(key, rsa.RSAPublicKey):
        return "rsa"
    raise ValueError(f"unsupported key type {type(key).__name__}")


def sign_detached_external(data: bytes, cert, chain: Iterable, sign_attrs: Callable[[bytes], bytes], *,
                           signing_time: dt.datetime | None = None) -> bytes:
    """DER detached CMS over `data` (SHA-256); `sign_attrs(tbs)` returns the DER ECDSA or PKCS#1 v1.5 signature."""
    from asn1crypto import algos, cms, core

    signing_time = (signing_time or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    signing_time = signing_time.replace(microsecond=0)
    attrs = cms.CMSAttributes([
        cms.CMSAttribute({"type": "content_type", "values": ["data"]}),
        cms.CMSAttribute({"type": "signing_time", "values": [cms.Time({"utc_time": core.UTCTime(signing_time)})]}),
        cms.CMSAttribute({"type": "message_digest", "values": [hashlib.sha256(data).digest()]}),
    ])
    signature = sign_attrs(attrs.dump())            # DER of a SET OF Attribute, as RFC 5652 §5.4 signs it
    signer_cert = _a(cert)
    algorithm = "sha256_ecdsa" if key_kind(cert) == "ec" else "sha256_rsa"
    signer_info = cms.SignerInfo({
        "version": "v1",
        "sid": cms.SignerIdentifier({"issuer_and_serial_number": cms.IssuerAndSerialNumber({
            "issuer": signer_cert.issuer, "serial_number": signer_cert.serial_number})}),
        "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
        "signed_attrs": attrs,
        "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": algorithm}),
        "signature": signature,
    })
    certificates = [signer_cert] + [_a(c) for c in chain]
    signed_data = cms.SignedData({
        "version": "v1",
        "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
        "encap_content_info": {"content_type": "data"},
        "certificates": certificates,
        "signer_infos": [signer_info],
    })
    return cms.ContentInfo({"content_type": "signed_data", "content": signed_data}).dump()


def digest_info_sha256(tbs: bytes) -> bytes:
    """DER DigestInfo(SHA-256, H(tbs)): what CKM_RSA_PKCS signs to give a PKCS#1 v1.5 signature."""
    from asn1crypto import algos

    return algos.DigestInfo({"digest_algorithm": {"algorithm": "sha256"},
                             "digest": hashlib.sha256(tbs).digest()}).dump()


def ecdsa_der(raw: bytes) -> bytes:
    """A token's raw ECDSA signature r || s as the DER SEQUENCE CMS carries."""
    from asn1crypto import algos

    half = len(raw) // 2
    return algos.DSASignature({"r": int.from_bytes(raw[:half], "big"), "s": int.from_bytes(raw[half:], "big")}).dump()
