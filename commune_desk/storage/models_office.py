"""ORM tables of the receiving office: the trust list of unit certificates and the intake ledger of packages."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commune_desk.storage.models import Base


class OfficeTrustRow(Base):
    """One registered certificate of a unit; `status` is active, replaced or revoked (rows are never deleted)."""

    __tablename__ = "office_trust"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(20), index=True)
    unit_name: Mapped[str] = mapped_column(String(300))
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)     # SHA-256 of the DER, upper-case hex
    cert_pem: Mapped[str] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(String(500), default="")
    not_after: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class OfficeIntakeRow(Base):
    """One received package file: its digest, what it claims, the verdict and where it was filed."""

    __tablename__ = "office_intake"
    __table_args__ = (UniqueConstraint("sha256", "source"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    # SHA-256 over the digests of tagmanifest-sha256.txt and signature.p7s: the signed content, whatever the zip
    content_sha256: Mapped[str] = mapped_column(String(64), default="", server_default="", index=True)
    source: Mapped[str] = mapped_column(String(1000))                  # the path it was read from
    unit_code: Mapped[str] = mapped_column(String(20), default="", index=True)
    unit_name: Mapped[str] = mapped_column(String(300), default="")
    period: Mapped[str] = mapped_column(String(20), default="", index=True)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    supersedes: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[str] = mapped_column(String(20), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    filed_path: Mapped[str] = mapped_column(String(1000), default="")    # relative to the office store folder
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    signed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)   # the signer's claim, UTC
    received_at: Mapped[datetime] = mapped_column(DateTime)
    indicators_json: Mapped[str] = mapped_column(Text, default="")       # report-data.json's indicators
