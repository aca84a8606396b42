"""Signed plans: the office signs a plan workbook (detached CMS `<plan>.xlsx.p7s`), the commune verifies it on import.

Choice (docs/loop.md): a detached DER CMS signature beside the workbook, not a bag. The workbook stays an
ordinary .xlsx that opens in Excel and in `plan validate`; the signature is checked with the same CMS code
as report packages and, by hand, with `openssl cms -verify -binary -inform DER -content plan.xlsx …`.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from commune_desk.domain.errors import ExpectedError, ValidationFailed
from commune_desk.domain.loop import (
    PLAN_OTHER, PLAN_REGISTERED, PLAN_TAMPERED, PLAN_UNSIGNED, PLAN_VERDICT_TEXT, PlanSignatureRecord,
)
from commune_desk.services.safe_input.text import file_label

SIGNATURE_SUFFIX = ".p7s"
MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
MAX_SIGNATURE_BYTES = 1024 * 1024


class PlanTampered(ExpectedError):
    """The plan's signature does not match the workbook: refused."""


class PlanSwapRefused(ExpectedError):
    """An unsigned or foreign-signed plan would replace a plan signed by the registered office: refused unless
    the officer confirms (window) or says --accept-unsigned (CLI)."""


class NoOfficeRegistered(ExpectedError):
    """The commune has not registered its superior office's certificate."""


@dataclass(frozen=True)
class PlanSignatureCheck:
    """The verdict on one workbook: status code (domain.loop PLAN_*), signer and why."""

    status: str
    fingerprint: str = ""
    signer: str = ""
    reason: str = ""
    signature_file: str = ""

    @property
    def text(self) -> str:
        return PLAN_VERDICT_TEXT[self.status]

    def line(self) -> str:
        """What `plan import` prints."""
        if self.status == PLAN_REGISTERED:
            return f"signature: {self.text} ({self.signer}; SHA-256 {self.fingerprint[:16]}…)"
        if self.status == PLAN_UNSIGNED:
            return f"signature: {self.text}: {self.reason}"
        if self.status == PLAN_OTHER:
            return f"signature: {self.text}: {self.signer} (SHA-256 {self.fingerprint[:16]}…) — {self.reason}"
        return f"signature: {self.text}: {self.reason}"


def signature_path(workbook: Path | str) -> Path:
    """plan.xlsx -> plan.xlsx.p7s (beside it)."""
    workbook = Path(workbook)
    return workbook.with_name(workbook.name + SIGNATURE_SUFFIX)


def sign_plan(workbook: Path | str, identity, *, overwrite: bool = True) -> Path:
    """Validate the workbook (as `plan validate`), then write its detached signature beside it, atomically."""
    from commune_desk.services.packages.cms import sign_detached
    from commune_desk.services.plans.plan_import import check_file
    from commune_desk.services.safe_input import read_bytes_capped
    from commune_desk.services.packages.signing_keys import check_key_matches, check_validity
    from commune_desk.storage.files import atomic_path

    workbook = Path(workbook)
    plan, problems = check_file(workbook)
    if problems:
        raise ValidationFailed(problems)
    check_validity(identity.cert)
    check_key_matches(identity.key, identity.cert)
    data = read_bytes_capped(workbook, max_bytes=MAX_WORKBOOK_BYTES)
    signature = sign_detached(data, identity.key, identity.cert, identity.chain)
    dest = signature_path(workbook)
    if dest.exists() and not overwrite:
        raise ExpectedError(f"{dest} exists already")
    with atomic_path(dest) as tmp:
        tmp.write_bytes(signature)
    return dest


def registered_certificates(db) -> list:
    """The active registered office certificates (cryptography objects)."""
    from commune_desk.services.packages.signing_keys import parse_certificates
    from commune_desk.storage.loop_repo import OfficeCertRepository

    certs = []
    for fp, pem in OfficeCertRepository(db, "check").active_pems().items():
        certs.extend(parse_certificates(pem.encode("ascii"), f"registered office certificate {fp[:16]}"))
    return certs


def check_bytes(data: bytes, signature: bytes | None, registered: list, *, signature_file: str = "") \
        -> PlanSignatureCheck:
    """The verdict for workbook bytes and their signature (None: no .p7s)."""
    from commune_desk.services.packages.cms import SignatureInvalid, verify_detached
    from commune_desk.services.packages.signing_keys import common_name_of, fingerprint_sha256

    if signature is None:
        return PlanSignatureCheck(PLAN_UNSIGNED, reason="no .p7s signature file beside the workbook")
    try:
        signer = verify_detached(signature, data)
    except SignatureInvalid as exc:
        return PlanSignatureCheck(PLAN_TAMPERED, reason=f"{exc}; the plan is refused",
                                  signature_file=signature_file)
    fp = fingerprint_sha256(signer.cert)
    name = common_name_of(signer.cert) or signer.cert.subject.rfc4514_string()
    known = {fingerprint_sha256(c) for c in registered}
    if fp in known:
        return PlanSignatureCheck(PLAN_REGISTERED, fp, name, signature_file=signature_file)
    reason = ("no office certificate is registered on this desk (plan trust-office CERT)" if not known
              else "the signer is not the registered superior office")
    return PlanSignatureCheck(PLAN_OTHER, fp, name, reason, signature_file)


def check_plan_signature(db, workbook: Path | str) -> tuple[PlanSignatureCheck, bytes]:
    """Read the workbook (capped) and any `.p7s` beside it; return the verdict and the bytes it is about."""
    from commune_desk.services.safe_input import read_bytes_capped

    workbook = Path(workbook)
    data = read_bytes_capped(workbook, max_bytes=MAX_WORKBOOK_BYTES)
    sig_path = signature_path(workbook)
    signature = read_bytes_capped(sig_path, max_bytes=MAX_SIGNATURE_BYTES) if sig_path.is_file() else None
    return check_bytes(data, signature, registered_certificates(db), signature_file=sig_path.name), data


def signature_of(db, plan) -> PlanSignatureRecord | None:
    """The signature verdict recorded when this plan version was imported (None: imported before the loop)."""
    from commune_desk.storage.loop_repo import PlanSignatureRepository

    return None if plan is None else PlanSignatureRepository(db, "plan").get(plan.plan_id, plan.version)


def signed_plan_lost(db, plan, check: PlanSignatureCheck) -> str:
    """What importing `plan` (with verdict `check`) would lose: '' unless an office certificate is registered, the
    plan is not signed by it, and the plan it replaces was signed by it. The text names that plan and the changes.
    """
    from commune_desk.domain.plans import diff_plans
    from commune_desk.services.plans.plan_import import current_for

    if check.status == PLAN_REGISTERED or not registered_certificates(db):
        return ""
    current = current_for(db, plan)
    if current is None or (current.plan_id, current.version) == (plan.plan_id, plan.version):
        return ""
    record = signature_of(db, current)
    if record is None or record.status != PLAN_REGISTERED:
        return ""
    changes = [line for line in diff_plans(current, plan) if not line.startswith("~ settings.version")]
    shown = "; ".join(changes[:8]) + (f"; … {len(changes) - 8} more" if len(changes) > 8 else "")
    return (f"plan {current.plan_id} version {current.version}, signed by the registered office "
            f"({record.signer or record.fingerprint[:16]}), would be replaced by plan {plan.plan_id} version "
            f"{plan.version}, which is {check.text}" + (f" ({check.signer})" if check.signer else "")
            + (f"; what changes: {shown}" if shown else ""))


def import_signed_plan(db, workbook: Path | str, actor: str, *, accept_unsigned: bool = False,
                       replace: bool = False, accept_mismatch: bool = False, today=None):
    """Verify, then import exactly the bytes verified; records the verdict. Returns (StoreResult, check).

    A tampered plan raises PlanTampered (nothing stored); unsigned and other-signer plans are imported and
    marked as such, so the officer decides with the verdict in front of them — except that, once an office
    certificate is registered, such a plan never replaces a plan signed by that office unless
    `accept_unsigned` (the officer's explicit confirmation naming what is lost); otherwise PlanSwapRefused.
    A plan replacing another plan in force needs `replace`, one of another year, province or issuer
    `accept_mismatch` (services.plans.plan_in_force; the window's tick box gives both).
    """
    from commune_desk.services.plans.plan_in_force import refuse_unconfirmed
    from commune_desk.services.plans.plan_workbook import read_plan
    from commune_desk.storage.loop_repo import PlanSignatureRepository
    from commune_desk.storage.plan_repo import PlanRepository

    workbook = Path(workbook)
    check, data = check_plan_signature(db, workbook)
    if check.status == PLAN_TAMPERED:
        raise PlanTampered(f"{workbook.name}: {check.text}: {check.reason}")
    with tempfile.TemporaryDirectory(prefix="plan-import-") as tmp:
        # The copy bears the user's file name: every message names the file they chose, not a temporary one.
        copy = Path(tmp) / workbook.name
        copy.write_bytes(data)              # the verified bytes, not whatever the stick holds a moment later
        plan = read_plan(copy)
    lost = signed_plan_lost(db, plan, check)
    refuse_unconfirmed(db, plan, workbook.name, replace=replace, accept_mismatch=accept_mismatch, today=today)
    if lost and not accept_unsigned:
        raise PlanSwapRefused(f"{workbook.name}: refused: {lost}. Ask the superior office for the signed plan; "
                              "to import this one anyway, confirm in the window or use --accept-unsigned")
    stored = PlanRepository(db, actor).store(plan, source_name=file_label(workbook))
    reason = check.reason or f"workbook SHA-256 {hashlib.sha256(data).hexdigest()}"
    if lost:  # kept with the verdict (and audited by the repository): who replaced a signed plan, knowing it
        reason = f"{reason}; accepted by {actor} although it replaces a signed plan: {lost}"
    PlanSignatureRepository(db, actor).record(PlanSignatureRecord(
        stored.info.plan_id, stored.info.version, check.status, check.fingerprint, check.signer, reason))
    return stored, check


def trust_office(db, cert_path: Path | str, actor: str):
    """Register the superior office's certificate (.pem/.cer) on this commune desk; returns the stored entry."""
    from commune_desk.services.office.office_intake import cert_facts, load_cert_file
    from commune_desk.storage.loop_repo import OfficeCertRepository

    facts = cert_facts(load_cert_file(cert_path))
    return OfficeCertRepository(db, actor).register(
        fingerprint=facts.fingerprint, pem=facts.pem, common_name=facts.common_name, unit_code=facts.unit_code,
        subject=facts.subject)
