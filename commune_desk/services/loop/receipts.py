"""Signed receipts: the office acknowledges a package it took in; the commune imports and checks the receipt.

A receipt is one ASCII-named .zip holding `receipt.json` (schema commune-desk/receipt, version 1, docs/loop.md)
and `receipt.p7s`, a detached DER CMS signature over the exact bytes of receipt.json made with the office key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path

from commune_desk import __version__
from commune_desk.domain.errors import QT_TRANSLATE_NOOP, ExpectedError
from commune_desk.domain.loop import (
    ACCEPTED, ISSUES, RECEIPT_SCHEMA, RECEIPT_SCHEMA_VERSION, RECEIPT_STATUSES, RECEIVED, SENT, OwnPackage, Receipt,
    ReceiptComment, receipt_problems,
)
from commune_desk.services.safe_input.text import file_label

log = logging.getLogger(__name__)
RECEIPT_JSON, RECEIPT_SIG = "receipt.json", "receipt.p7s"
MAX_RECEIPT_ZIP = 2 * 1024 * 1024
MAX_ENTRY = 1024 * 1024


class ReceiptRefused(ExpectedError):
    """The receipt cannot be written or imported; the message gives the reason."""


@dataclass(frozen=True)
class WrittenReceipt:
    path: Path
    receipt: Receipt


def receipt_file_name(unit_code: str, period: str, revision: int) -> str:
    """ASCII, FAT32-safe: Bien-nhan_79001_2026-Q3_r1.zip."""
    from commune_desk.services.packages.package import safe_file_name

    return f"Bien-nhan_{safe_file_name(unit_code)}_{safe_file_name(period)}_r{int(revision)}.zip"


def _taken_in(office_db, sha256: str, period: str):
    """The office ledger's entry for this package digest, or None."""
    from commune_desk.storage.office_repo import IntakeLedger

    matches = [e for e in IntakeLedger(office_db, "receipt").entries(period=period) if e.sha256 == sha256]
    return matches[0] if matches else None


def _same_content(office_db, entry) -> list:
    """The ledger entries of every file carrying the same signed content as `entry` (itself included)."""
    from commune_desk.storage.office_repo import IntakeLedger

    if not entry.content_sha256:
        return [entry]
    return IntakeLedger(office_db, "receipt").with_content(entry.content_sha256)


def receipt_data(package_sha256: str, unit_code: str, unit_name: str, period: str, revision: int, status: str,
                 comments: list[tuple[str, str]], cert, now: dt.datetime) -> dict:
    """receipt.json, schema version 1."""
    from commune_desk.services.packages.signing_keys import common_name_of, fingerprint_sha256, unit_code_of

    return {
        "schema": RECEIPT_SCHEMA,
        "schema_version": RECEIPT_SCHEMA_VERSION,
        "package": {"sha256": package_sha256, "unit_code": unit_code, "unit_name": unit_name, "period": period,
                    "revision": int(revision)},
        "status": status,
        "comments": [{"indicator": code, "text": text} for code, text in comments],
        "office": {"name": common_name_of(cert), "unit_code": unit_code_of(cert),
                   "fingerprint": fingerprint_sha256(cert)},
        "issued": now.isoformat(timespec="seconds"),
        "software": {"name": "CommuneDesk", "version": __version__},
    }


def write_receipt(office_db, package: Path | str, identity, out_dir: Path | str, *, status: str = ACCEPTED,
                  comments: list[tuple[str, str]] = (), actor: str = "office",
                  now: dt.datetime | None = None) -> WrittenReceipt:
    """Sign a receipt for a package the office took in (its digest must be in the intake ledger)."""
    from commune_desk.domain.office import FILED
    from commune_desk.services.packages.cms import sign_detached
    from commune_desk.services.packages.package_verify import MAX_PACKAGE_BYTES, verify_data
    from commune_desk.services.safe_input import UnsafeInput, read_bytes_capped
    from commune_desk.services.packages.signing_keys import check_key_matches, check_validity
    from commune_desk.storage.files import atomic_path
    from commune_desk.storage.loop_repo import ReceiptRepository

    package = Path(package)
    if status not in RECEIPT_STATUSES:
        raise ReceiptRefused.of(QT_TRANSLATE_NOOP("Problems", "status {status}: expected {values}"),
                                status=repr(status), values=" or ".join(RECEIPT_STATUSES))
    if not package.is_file():
        raise ReceiptRefused.of(QT_TRANSLATE_NOOP("Problems", "package {package} does not exist"), package=str(package))
    now = now or dt.datetime.now(dt.timezone.utc)
    check_validity(identity.cert, now)
    check_key_matches(identity.key, identity.cert)
    try:
        raw = read_bytes_capped(package, max_bytes=MAX_PACKAGE_BYTES)   # read once: verified = digested
    except UnsafeInput as exc:
        raise ReceiptRefused(str(exc)) from exc
    result = verify_data(raw, package.name)
    info = result.info
    if not result.readable or not info.get("unit_code") or not info.get("period"):
        raise ReceiptRefused.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: not a readable report package; no receipt written"), name=package.name)
    sha = hashlib.sha256(raw).hexdigest()
    del raw
    entry = _taken_in(office_db, sha, info["period"])
    if entry is None:
        raise ReceiptRefused.of(QT_TRANSLATE_NOOP(
            "Problems", "{name} (SHA-256 {sha}…) was not taken in on this desk; run 'office intake' on it first"),
            name=package.name, sha=sha[:16])
    copies = _same_content(office_db, entry)
    if status == ACCEPTED and entry.state not in FILED and not any(e.state in FILED for e in copies):
        raise ReceiptRefused.of(QT_TRANSLATE_NOOP(
            "Problems", "{name} was kept aside at intake ({state}: {reason}); a receipt for it can only say --status issues"),
            name=package.name, state=entry.state, reason=entry.reason)
    data = receipt_data(sha, entry.unit_code, entry.unit_name, entry.period, entry.revision, status,
                        list(comments), identity.cert, now)
    if info.get("report_data_sha256"):
        data["package"]["report_data_sha256"] = info["report_data_sha256"]
    if entry.content_sha256:
        # The signed content and every zip of it the office received: the commune recognises its package
        # even when another copy of the same signed bag (re-zipped on the way) reached the office first.
        data["package"]["content_sha256"] = entry.content_sha256
        data["package"]["copies_sha256"] = sorted({e.sha256 for e in copies} - {sha})
    body = (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    signature = sign_detached(body, identity.key, identity.cert, identity.chain)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in ((RECEIPT_JSON, body), (RECEIPT_SIG, signature)):
            zi = zipfile.ZipInfo(name, date_time=now.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o100644 << 16
            zf.writestr(zi, blob)
    dest = Path(out_dir) / receipt_file_name(entry.unit_code, entry.period, entry.revision)
    with atomic_path(dest, suffix=".zip") as tmp:
        tmp.write_bytes(buffer.getvalue())
    receipt = _receipt(SENT, data, body, dest.name)
    stored, _ = ReceiptRepository(office_db, actor).add(receipt, body.decode("utf-8"))
    return WrittenReceipt(dest, stored)


def _receipt(direction: str, data: dict, body: bytes, file_name: str) -> Receipt:
    pkg = data["package"]
    comments = tuple(ReceiptComment(pkg["period"], c["indicator"], c["text"].strip(), data["status"])
                     for c in data["comments"])
    return Receipt(direction, pkg["sha256"], pkg["unit_code"], pkg["period"], pkg["revision"], data["status"],
                   str(data["office"].get("name", "")), str(data["office"].get("fingerprint", "")),
                   data["issued"], comments, hashlib.sha256(body).hexdigest(), file_name)


def read_receipt_zip(path: Path | str) -> tuple[bytes, bytes]:
    """receipt.json and receipt.p7s bytes, through the shared zip guard; nothing else may be in the zip."""
    from commune_desk.services.safe_input import RECEIPT, read_bytes_capped, read_zip_members, shown

    path = Path(path)
    raw = read_bytes_capped(path, max_bytes=RECEIPT.max_file_bytes)   # read once: what is checked is what is used
    blobs = read_zip_members(raw, RECEIPT.zip, max_bytes=RECEIPT.max_file_bytes, name=path.name)
    names = sorted(blobs)
    if names != sorted((RECEIPT_JSON, RECEIPT_SIG)):
        raise ReceiptRefused(f"{path.name}: a receipt holds exactly receipt.json and receipt.p7s, "
                             f"not {', '.join(shown(n) for n in names) or 'nothing'}")
    return blobs[RECEIPT_JSON], blobs[RECEIPT_SIG]


def own_packages(db) -> list[OwnPackage]:
    """The packages this commune made: the lifecycle ledger (file and table), else the period states."""
    from commune_desk.storage.ledger import Ledger

    found: dict[str, OwnPackage] = {}
    ledger = Ledger(db, "receipt")
    entries = ledger.rows() + ledger.entries()
    newest: dict[str, int] = {}
    for e in entries:
        if e.sha256 and e.event == "signed":
            newest[e.period] = max(newest.get(e.period, 0), e.revision)
    for e in entries:
        if e.sha256 and e.event == "signed":
            found[e.sha256] = OwnPackage(e.sha256, e.period, e.revision, e.revision == newest[e.period])
    from commune_desk.storage.period_repo import PeriodStateRepository

    for st in PeriodStateRepository(db, "receipt").all():
        if st.digest and st.digest not in found:
            found[st.digest] = OwnPackage(st.digest, st.period, st.revision)
    return list(found.values())


def check_receipt(db, path: Path | str) -> tuple[dict, bytes, object]:
    """Every check of a receipt file; returns (data, receipt.json bytes, OwnPackage) or raises ReceiptRefused.

    Never anything else: a damaged file (a flipped bit in a deflate stream, absurd JSON) is refused, not a crash.
    """
    path = Path(path)
    try:
        return _check_receipt(db, path)
    except ExpectedError:
        raise
    except Exception as exc:  # noqa: BLE001 - untrusted input boundary: whatever trips on this file refuses it
        log.warning("receipt %s refused: %s", path.name, exc.__class__.__name__, exc_info=True)
        raise ReceiptRefused.of(QT_TRANSLATE_NOOP("Problems", "{name}: the receipt cannot be read ({detail}); it is refused"),
                                name=path.name, detail=exc.__class__.__name__) from exc


def _check_receipt(db, path: Path) -> tuple[dict, bytes, object]:
    from commune_desk.services.packages.cms import SignatureInvalid, verify_detached
    from commune_desk.services.plans.plan_signing import registered_certificates
    from commune_desk.services.packages.signing_keys import common_name_of, fingerprint_sha256

    body, signature = read_receipt_zip(path)
    try:
        signer = verify_detached(signature, body)
    except SignatureInvalid as exc:
        raise ReceiptRefused.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: the signature does not check out ({detail}); the receipt was altered or forged and is refused"),
            name=path.name, detail=str(exc)) from exc
    registered = {fingerprint_sha256(c) for c in registered_certificates(db)}
    fp = fingerprint_sha256(signer.cert)
    if fp not in registered:
        raise ReceiptRefused(
            f"{path.name}: signed by {common_name_of(signer.cert) or 'an unknown signer'} (SHA-256 {fp[:16]}…), "
            + ("which is not the registered superior office" if registered
               else "but no office certificate is registered on this desk (plan trust-office CERT)")
            + "; the receipt is refused")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ReceiptRefused.of(QT_TRANSLATE_NOOP("Problems", "{name}: receipt.json is not UTF-8 JSON"),
                                name=path.name) from exc
    problems = receipt_problems(data)
    if problems:
        raise ReceiptRefused(f"{path.name}: " + "; ".join(str(p) for p in problems))
    pkg = data["package"]
    mine = {p.sha256: p for p in own_packages(db)}
    own = mine.get(pkg["sha256"])
    copies = pkg.get("copies_sha256") if isinstance(pkg.get("copies_sha256"), list) else []
    for other in copies[:100]:            # another zip of our signed content reached the office first
        if own is None and isinstance(other, str):
            own = mine.get(other)
    if own is None:
        own = _by_report_data(db, mine.values(), pkg)
    if own is None:
        raise ReceiptRefused.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: the receipt is for a package this commune did not make (SHA-256 {sha}…, {unit} {period} revision {revision}); the receipt is refused"),
            name=path.name, sha=pkg["sha256"][:16], unit=pkg["unit_code"], period=pkg["period"],
            revision=pkg["revision"])
    if own.period != pkg["period"] or own.revision != pkg["revision"]:
        raise ReceiptRefused.of(QT_TRANSLATE_NOOP(
            "Problems", "{name}: the receipt says {period} revision {revision}, but that package is {own_period} revision {own_revision} here; the receipt is refused"),
            name=path.name, period=pkg["period"], revision=pkg["revision"], own_period=own.period,
            own_revision=own.revision)
    return data, body, own


def _by_report_data(db, own_packages, pkg: dict):
    """Our package of that period and revision whose signed report-data.json has the digest the receipt names.

    A copy of our signed bag in another zip (re-compressed on the way) has other zip bytes but the very same
    report-data.json; its digest, kept from the day we signed, recognises the package without its zip.
    """
    digest = pkg.get("report_data_sha256")
    if not isinstance(digest, str) or len(digest) != 64:
        return None
    try:
        from commune_desk.storage.ledger import Ledger
    except ImportError:                     # pragma: no cover - before the lifecycle issue landed
        return None
    ledger = Ledger(db, "receipt")
    for own in own_packages:
        if own.period == pkg.get("period") and own.revision == pkg.get("revision") \
                and ledger.snapshot_digest(own.period, own.revision) == digest:
            return own
    return None


def import_receipt(db, path: Path | str, actor: str) -> tuple[Receipt, bool, object]:
    """Check and store a receipt: the period is acknowledged and the comments are kept per indicator.

    Returns (stored receipt, newly stored?, OwnPackage) — `OwnPackage.current` False when a later revision of
    the period has been made since (the receipt acknowledges an older one).
    """
    from commune_desk.storage.loop_repo import ReceiptRepository

    path = Path(path)
    data, body, own = check_receipt(db, path)
    stored, new = ReceiptRepository(db, actor).add(_receipt(RECEIVED, data, body, file_label(path)), body.decode("utf-8"))
    return stored, new, own


STATUS_TEXT = {ACCEPTED: "accepted", ISSUES: "has issues"}
