"""Import a provider's .p12/.pfx: check the certificate (validity, key usage, the chain carried in the file), bind
it to the unit, and re-wrap key, certificate (as issued) and chain into the app's own key file.

The unit code comes from the certificate's subject (serialNumber, else UID without its prefix). A provider
certificate without one is bound to the unit code the officer confirms; the binding is recorded in the key file
(the PKCS#12 friendlyName "CommuneDesk unit-code=CODE") and shown by `keys show`. The receiving office does not
take the commune's word for it: it registers that certificate for the unit (docs/office.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError

BINDING_PREFIX = "CommuneDesk unit-code="


class ImportRefused(ExpectedError):
    """The provider's file cannot become the unit's signing key (the message says why and what to do)."""


class UnitCodeNeeded(ImportRefused):
    """The certificate carries no unit code: the officer must confirm the unit (the window asks)."""


@dataclass
class ImportReport:
    """What `keys import` found: the identity, where the unit code came from, and the chain check."""

    identity: object
    unit_code: str
    code_source: str                       # "certificate" | "confirmed by the officer"
    chain_note: str
    notes: list[str] = field(default_factory=list)


def _usage_ok(cert) -> bool:
    from commune_desk.services.packages.chain_trust import _usage_problem

    return not _usage_problem(cert)


def check_chain(cert, chain: list, at: dt.datetime) -> str:
    """Validate the chain the file carries (up to its topmost certificate); '' when the file carries none."""
    from commune_desk.services.packages.chain_trust import _PathProblem, _validate_path

    if not chain:
        return ""
    top = next((c for c in chain if c.issuer == c.subject), None) or chain[-1]
    others = [c for c in chain if c is not top]
    try:
        path = _validate_path(cert, others, [top], at)
    except _PathProblem as exc:
        raise ImportRefused.of(QT_TRANSLATE_NOOP("Problems", "the certificate chain in the file is not valid: {detail}"),
                               detail=exc.detail) from exc
    from commune_desk.services.packages.signing_keys import common_name_of

    return " → ".join(common_name_of(c) or c.subject.rfc4514_string() for c in path)


def import_provider_key(source: Path | str, password: str, dest: Path | str, *, unit_code: str | None = None,
                        new_password: str | None = None, overwrite: bool = False,
                        now: dt.datetime | None = None) -> ImportReport:
    """Check the provider's file and write the app's key file `dest` (atomically); nothing is written on refusal."""
    from commune_desk.services.packages.signing_keys import (
        SigningIdentity, _read_file, check_validity, read_p12, save_p12, unit_code_of,
    )

    now = now or dt.datetime.now(dt.timezone.utc)
    dest = Path(dest)
    if dest.exists() and not overwrite:
        raise ExpectedError(f"{dest} already exists; choose another file name (a key is never overwritten)")
    identity = read_p12(_read_file(source), password, source=str(source), at=now, require_valid=False)
    cert = identity.cert
    check_validity(cert, now)
    if not _usage_ok(cert):
        raise ImportRefused.of(QT_TRANSLATE_NOOP("Problems", "{source}: the certificate is not for signatures (its key usage has neither digitalSignature nor nonRepudiation); ask the provider for a signing certificate"),
                               source=str(source))
    chain_note = check_chain(cert, identity.chain, now)
    in_cert = unit_code_of(cert)
    wanted = (unit_code or "").strip()
    if wanted and not (wanted.isascii() and wanted.replace("-", "").replace(".", "").replace("_", "").isalnum()
                       and len(wanted) <= 20):
        raise ImportRefused.of(QT_TRANSLATE_NOOP("Problems", "unit code {code!r}: 1–20 letters or digits"), code=wanted)
    if in_cert and wanted and wanted != in_cert:
        raise ImportRefused.of(QT_TRANSLATE_NOOP("Problems", "the certificate is for unit code {cert_code}, not {code}; use this unit's certificate"),
                               cert_code=in_cert, code=wanted)
    if not in_cert and not wanted:
        raise UnitCodeNeeded.of(QT_TRANSLATE_NOOP("Problems", "{source}: the certificate carries no unit code; confirm the unit it belongs to (--unit-code CODE)"),
                               source=str(source))
    code = in_cert or wanted
    bound = SigningIdentity(key=identity.key, cert=cert, chain=identity.chain, unit_code="" if in_cert else code)
    save_p12(dest, bound, new_password or password, overwrite=overwrite,
             friendly=None if in_cert else f"{BINDING_PREFIX}{code}")
    notes = [] if identity.chain else ["the file carries no CA chain: the office checks the certificate against "
                                       "the authority it trusts"]
    return ImportReport(bound, code, "certificate" if in_cert else "confirmed by the officer", chain_note, notes)


def binding_of(friendly_name: bytes | None) -> str:
    """The unit code recorded at import in a key file's friendlyName, or ''."""
    text = (friendly_name or b"").decode("utf-8", "replace")
    return text[len(BINDING_PREFIX):].strip() if text.startswith(BINDING_PREFIX) else ""
