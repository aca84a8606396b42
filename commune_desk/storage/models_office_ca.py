"""ORM tables of the office's trust in certificate authorities: trusted CA certificates and imported CRLs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commune_desk.storage.models import Base


class OfficeTrustCaRow(Base):
    """A CA certificate (root or intermediate) trusted for some unit codes ("*" = every unit)."""

    __tablename__ = "office_trust_ca"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)     # SHA-256 of the DER, upper-case hex
    cert_pem: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(String(300))
    subject: Mapped[str] = mapped_column(String(500), default="")
    units: Mapped[str] = mapped_column(Text)                              # "*" or "79999,79998,…"
    not_after: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)   # active | removed
    reason: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class OfficeCrlRow(Base):
    """An imported certificate revocation list (kept as DER); checked offline at every intake."""

    __tablename__ = "office_crl"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    issuer: Mapped[str] = mapped_column(String(500), index=True)
    crl_der_b64: Mapped[str] = mapped_column(Text)
    this_update: Mapped[datetime] = mapped_column(DateTime)
    next_update: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    revoked_count: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
