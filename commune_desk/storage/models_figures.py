"""ORM table of the populations the commune enters per year (denominators of shares of people), with history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commune_desk.storage.models import Base


class PopulationRow(Base):
    """One population figure; never edited or deleted: a correction marks it replaced and adds a new row."""

    __tablename__ = "population"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    role_code: Mapped[str] = mapped_column(String(60), default="")
    level_code: Mapped[str] = mapped_column(String(20), default="")
    value: Mapped[int] = mapped_column(Integer)
    as_of: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(300))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    replaced_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
