"""ORM tables of reports: the officer's narrative per period and section, report settings, used numbers."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commune_desk.storage.models import Base


class ReportNarrativeRow(Base):
    """One narrative section (assessment, difficulties, next_tasks, proposals) of one period's report."""

    __tablename__ = "report_narrative"
    __table_args__ = (UniqueConstraint("period", "section"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period: Mapped[str] = mapped_column(String(20), index=True)
    section: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ReportSettingsRow(Base):
    """The officer's settings of one period's report: number, date, recipients, "Kính gửi" on or off."""

    __tablename__ = "report_settings"
    period: Mapped[str] = mapped_column(String(20), primary_key=True)
    number: Mapped[str] = mapped_column(String(20), default="")
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    recipients: Mapped[str] = mapped_column(Text, default="")      # one recipient per line
    addressed: Mapped[bool] = mapped_column(Boolean, default=True)
    receiving_office: Mapped[str] = mapped_column(String(300), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ReportNumberRow(Base):
    """The highest report number used in a year: numbering restarts at 01 every 1 January."""

    __tablename__ = "report_number"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class IssuedNumberRow(Base):
    """The register of numbers the app gave to documents: one number per issuing body and year, one row per
    document (a period's report keeps its row, and so its number, when it is written again)."""

    __tablename__ = "issued_number"
    __table_args__ = (UniqueConstraint("issuing_body", "year", "number"),
                      UniqueConstraint("issuing_body", "kind", "period"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    issuing_body: Mapped[str] = mapped_column(String(300))
    year: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10), default="BC")        # NĐ 30 type abbreviation
    period: Mapped[str] = mapped_column(String(20), default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    issued_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
