"""Certificate files: export a unit certificate (.pem / .cer), read one or more from bytes, load a trust list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from commune_desk.domain.errors import ExpectedError

if TYPE_CHECKING:
    from cryptography import x509


def cert_bytes(cert: x509.Certificate, fmt: str) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding

    if fmt == "pem":
        return cert.public_bytes(Encoding.PEM)
    if fmt == "der":
        return cert.public_bytes(Encoding.DER)
    raise ExpectedError(f"certificate format {fmt!r}: choose pem or der")


def format_for(path: Path | str) -> str:
    """.pem -> PEM; .cer, .der, .crt -> DER (what Windows' certificate viewer opens)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pem":
        return "pem"
    if suffix in (".cer", ".der", ".crt"):
        return "der"
    raise ExpectedError(f"{path}: name the certificate file .pem or .cer")


def export_cert(cert: x509.Certificate, path: Path | str, fmt: str | None = None) -> Path:
    from commune_desk.storage.files import write_bytes_atomic

    return write_bytes_atomic(path, cert_bytes(cert, fmt or format_for(path)))


def parse_certificates(data: bytes, source: str = "certificate") -> list[x509.Certificate]:
    """Every certificate in PEM (one or more) or DER bytes."""
    from cryptography import x509 as x509_runtime

    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return list(x509_runtime.load_pem_x509_certificates(data))
        return [x509_runtime.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise ExpectedError(f"{source} is not a certificate (.pem or .cer)") from exc


def load_trust(path: Path | str) -> list[x509.Certificate]:
    """Trusted certificates from a file or from every .pem/.cer/.crt/.der file of a folder."""
    path = Path(path)
    files: list[Path]
    if path.is_dir():
        files = sorted(
            p for p in path.iterdir() if p.is_file() and p.suffix.lower() in (".pem", ".cer", ".crt", ".der")
        )
        if not files:
            raise ExpectedError(f"trust folder {path} holds no .pem or .cer certificate")
    elif path.is_file():
        files = [path]
    else:
        raise ExpectedError(f"trust list {path} does not exist")
    from commune_desk.services.packages.signing_keys import _read_file

    certs: list[x509.Certificate] = []
    for file in files:
        certs.extend(parse_certificates(_read_file(file, "certificate"), str(file)))
    return certs
