"""Audited storage of the loop: registered office certificates, receipts with comments, plan signature status."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commune_desk.domain.errors import ExpectedError
from commune_desk.domain.loop import (
    RECEIVED, PlanSignatureRecord, Receipt, ReceiptComment, RegisteredOffice,
)
from commune_desk.storage import audit_log
from commune_desk.storage.models_loop import (
    LoopOfficeCertRow, LoopPlanSignatureRow, LoopReceiptCommentRow, LoopReceiptRow,
)

if TYPE_CHECKING:
    from commune_desk.storage.database import Database

ACTIVE, REPLACED = "active", "replaced"


class AlreadyRegistered(ExpectedError):
    """This office certificate is registered already."""


def _office(row: LoopOfficeCertRow) -> RegisteredOffice:
    return RegisteredOffice(row.fingerprint, row.common_name, row.unit_code, row.subject, row.status,
                            row.added_at, row.id)


class OfficeCertRepository:
    """The superior office certificate(s) this commune trusts for plans and receipts."""

    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def register(self, *, fingerprint: str, pem: str, common_name: str, unit_code: str, subject: str,
                 replace: bool = True) -> RegisteredOffice:
        """Register a certificate; by default earlier ones become "replaced" (one office, one key in use)."""
        with self._db.write() as s:
            existing = s.scalar(select(LoopOfficeCertRow).where(LoopOfficeCertRow.fingerprint == fingerprint))
            if existing is not None and existing.status == ACTIVE:
                raise AlreadyRegistered(f"this office certificate ({fingerprint[:16]}…) is registered already")
            if replace:
                for old in s.scalars(select(LoopOfficeCertRow).where(LoopOfficeCertRow.status == ACTIVE)):
                    old.status = REPLACED
                    audit_log.append(s, self._actor, "update", "office_cert", old.id, {"status": ACTIVE},
                                     {"status": REPLACED})
            if existing is not None:
                existing.status = ACTIVE
                audit_log.append(s, self._actor, "update", "office_cert", existing.id, {"status": REPLACED},
                                 {"status": ACTIVE})
                return _office(existing)
            row = LoopOfficeCertRow(fingerprint=fingerprint, cert_pem=pem, common_name=common_name[:300],
                                    unit_code=unit_code[:40], subject=subject[:500], status=ACTIVE,
                                    added_at=datetime.now())
            s.add(row)
            s.flush()
            audit_log.append(s, self._actor, "create", "office_cert", row.id, None,
                             {"fingerprint": fingerprint, "common_name": common_name, "unit_code": unit_code,
                              "subject": subject}, full=True)
            return _office(row)

    def all(self) -> list[RegisteredOffice]:
        with self._db.read() as s:
            return [_office(r) for r in s.scalars(select(LoopOfficeCertRow).order_by(LoopOfficeCertRow.id))]

    def active_pems(self) -> dict[str, str]:
        """Fingerprint -> PEM of every active registered office certificate."""
        with self._db.read() as s:
            q = select(LoopOfficeCertRow.fingerprint, LoopOfficeCertRow.cert_pem).where(
                LoopOfficeCertRow.status == ACTIVE)
            return {fp: pem for fp, pem in s.execute(q)}


def _comments(s: Session, row: LoopReceiptRow) -> tuple[ReceiptComment, ...]:
    q = select(LoopReceiptCommentRow).where(LoopReceiptCommentRow.receipt_id == row.id).order_by(
        LoopReceiptCommentRow.id)
    return tuple(ReceiptComment(c.period, c.indicator, c.text, row.status, row.id) for c in s.scalars(q))


def _receipt(s: Session, row: LoopReceiptRow) -> Receipt:
    return Receipt(row.direction, row.package_sha256, row.unit_code, row.period, row.revision, row.status,
                   row.office_name, row.office_fingerprint, row.issued_at, _comments(s, row), row.receipt_sha256,
                   row.file_name, row.imported_at, row.id)


class ReceiptRepository:
    """Receipts written by the office ("sent") or imported by the commune ("received"), with their comments."""

    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def add(self, receipt: Receipt, receipt_json: str) -> tuple[Receipt, bool]:
        """Store a receipt and its comments (audited); (stored, False) when the same receipt is there already."""
        with self._db.write() as s:
            same = s.scalar(select(LoopReceiptRow).where(LoopReceiptRow.direction == receipt.direction,
                                                         LoopReceiptRow.receipt_sha256 == receipt.receipt_sha256))
            if same is not None:
                return _receipt(s, same), False
            row = LoopReceiptRow(
                direction=receipt.direction, receipt_sha256=receipt.receipt_sha256,
                package_sha256=receipt.package_sha256, unit_code=receipt.unit_code, period=receipt.period,
                revision=receipt.revision, status=receipt.status, office_name=receipt.office_name[:300],
                office_fingerprint=receipt.office_fingerprint, issued_at=receipt.issued_at[:40],
                file_name=receipt.file_name[:300], receipt_json=receipt_json, imported_at=datetime.now())
            s.add(row)
            s.flush()
            for c in receipt.comments:
                s.add(LoopReceiptCommentRow(receipt_id=row.id, period=receipt.period, indicator=c.indicator,
                                            text=c.text))
            s.flush()
            audit_log.append(s, self._actor, "create", f"receipt_{receipt.direction}", row.id, None, {
                "package_sha256": receipt.package_sha256, "unit_code": receipt.unit_code,
                "period": receipt.period, "revision": receipt.revision, "status": receipt.status,
                "office_fingerprint": receipt.office_fingerprint, "receipt_sha256": receipt.receipt_sha256,
                "comments": {c.indicator: c.text for c in receipt.comments}}, full=True)
            return _receipt(s, row), True

    def all(self, direction: str | None = None) -> list[Receipt]:
        with self._db.read() as s:
            q = select(LoopReceiptRow).order_by(LoopReceiptRow.id)
            if direction is not None:
                q = q.where(LoopReceiptRow.direction == direction)
            return [_receipt(s, r) for r in s.scalars(q)]

    def acknowledgement(self, period: str) -> Receipt | None:
        """The newest receipt the commune imported for `period` (None: not acknowledged yet)."""
        with self._db.read() as s:
            row = s.scalars(select(LoopReceiptRow).where(LoopReceiptRow.direction == RECEIVED,
                                                         LoopReceiptRow.period == period)
                            .order_by(LoopReceiptRow.revision.desc(), LoopReceiptRow.id.desc()).limit(1)).first()
            return None if row is None else _receipt(s, row)

    def comments_for(self, period: str) -> dict[str, list[ReceiptComment]]:
        """Indicator code -> the office's remarks on it in the newest receipt of `period` (for the screens)."""
        ack = self.acknowledgement(period)
        out: dict[str, list[ReceiptComment]] = {}
        for c in ack.comments if ack else ():
            out.setdefault(c.indicator, []).append(c)
        return out

    def raw_json(self, receipt_id: int) -> dict[str, Any]:
        with self._db.read() as s:
            row = s.get(LoopReceiptRow, receipt_id)
            data: dict[str, Any] = json.loads(row.receipt_json) if row is not None else {}
            return data


def _signature(row: LoopPlanSignatureRow) -> PlanSignatureRecord:
    return PlanSignatureRecord(row.plan_id, row.version, row.status, row.fingerprint, row.signer, row.reason,
                               row.checked_at)


class PlanSignatureRepository:
    """The signature verdict of each imported plan version (the newest check wins, audited)."""

    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def record(self, rec: PlanSignatureRecord) -> PlanSignatureRecord:
        with self._db.write() as s:
            row = s.scalar(select(LoopPlanSignatureRow).where(LoopPlanSignatureRow.plan_id == rec.plan_id,
                                                              LoopPlanSignatureRow.version == rec.version))
            before = None if row is None else {"status": row.status, "fingerprint": row.fingerprint}
            if row is None:
                row = LoopPlanSignatureRow(plan_id=rec.plan_id, version=rec.version)
                s.add(row)
            row.status, row.fingerprint = rec.status, rec.fingerprint
            row.signer, row.reason = rec.signer[:500], rec.reason
            row.checked_at = datetime.now()
            s.flush()
            audit_log.append(s, self._actor, "update" if before else "create", "plan_signature",
                             f"{rec.plan_id}@{rec.version}", before,
                             {"status": rec.status, "fingerprint": rec.fingerprint, "signer": rec.signer})
            return _signature(row)

    def get(self, plan_id: str, version: int) -> PlanSignatureRecord | None:
        with self._db.read() as s:
            row = s.scalar(select(LoopPlanSignatureRow).where(LoopPlanSignatureRow.plan_id == plan_id,
                                                              LoopPlanSignatureRow.version == version))
            return None if row is None else _signature(row)
