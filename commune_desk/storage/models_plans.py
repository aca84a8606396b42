"""ORM tables of imported plans (immutable versions with their targets) and manually entered indicator values."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commune_desk.storage.models import Base


class PlanVersionRow(Base):
    """One imported version of a plan; `content_json` is the whole plan, `digest` its SHA-256 (never edited)."""

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[str] = mapped_column(String(60), index=True)
    version: Mapped[int] = mapped_column(Integer)
    year: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String(500))
    issuing_office: Mapped[str] = mapped_column(String(300))
    receiving_office: Mapped[str] = mapped_column(String(300))
    valid_from: Mapped[date] = mapped_column(Date)
    digest: Mapped[str] = mapped_column(String(64))
    content_json: Mapped[str] = mapped_column(Text)
    source_name: Mapped[str] = mapped_column(String(300), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class PlanTargetRow(Base):
    """A target of a plan version, kept as rows so that reports and queries need not parse the JSON."""

    __tablename__ = "plan_target"
    __table_args__ = (UniqueConstraint("plan_version_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str] = mapped_column(String(60), index=True)
    comparison: Mapped[str] = mapped_column(String(4))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(10))
    period_scope: Mapped[str] = mapped_column(String(20))


class ManualValueRow(Base):
    """A figure the officer enters where no record computes it, in its indicator's shape (domain.hand_values)."""

    __tablename__ = "manual_indicator_value"
    __table_args__ = (UniqueConstraint("indicator", "period"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    indicator: Mapped[str] = mapped_column(String(60), index=True)
    period: Mapped[str] = mapped_column(String(20))
    numerator: Mapped[float | None] = mapped_column(Float, nullable=True)
    denominator: Mapped[float | None] = mapped_column(Float, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(String(300), default="")     # "Kế hoạch số 12/KH-UBND ngày …"
    entered_by: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)
