"""ORM tables of the office–commune loop: registered office certificates, receipts, comments, plan signatures."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commune_desk.storage.models import Base


class LoopOfficeCertRow(Base):
    """A superior office certificate registered by the commune; rows are never deleted, only marked replaced."""

    __tablename__ = "loop_office_cert"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)     # SHA-256 of the DER, upper-case hex
    cert_pem: Mapped[str] = mapped_column(Text)
    common_name: Mapped[str] = mapped_column(String(300), default="")
    unit_code: Mapped[str] = mapped_column(String(40), default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    added_at: Mapped[datetime] = mapped_column(DateTime)


class LoopReceiptRow(Base):
    """A receipt written (direction "sent", office side) or imported (direction "received", commune side)."""

    __tablename__ = "loop_receipt"
    __table_args__ = (UniqueConstraint("direction", "receipt_sha256"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    direction: Mapped[str] = mapped_column(String(10))
    receipt_sha256: Mapped[str] = mapped_column(String(64))                # of receipt.json
    package_sha256: Mapped[str] = mapped_column(String(64), index=True)
    unit_code: Mapped[str] = mapped_column(String(40), default="")
    period: Mapped[str] = mapped_column(String(20), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20))
    office_name: Mapped[str] = mapped_column(String(300), default="")
    office_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    issued_at: Mapped[str] = mapped_column(String(40), default="")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    receipt_json: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class LoopReceiptCommentRow(Base):
    """The office's remark on one indicator of the period a receipt acknowledges."""

    __tablename__ = "loop_receipt_comment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("loop_receipt.id"), index=True)
    period: Mapped[str] = mapped_column(String(20), index=True)
    indicator: Mapped[str] = mapped_column(String(40), index=True)
    text: Mapped[str] = mapped_column(Text)


class LoopPlanSignatureRow(Base):
    """How an imported plan version was signed (registered office, unsigned, someone else)."""

    __tablename__ = "loop_plan_signature"
    __table_args__ = (UniqueConstraint("plan_id", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[str] = mapped_column(String(60), index=True)
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    signer: Mapped[str] = mapped_column(String(500), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    checked_at: Mapped[datetime] = mapped_column(DateTime)
