"""SQLAlchemy ORM tables (the `…Row` classes); never handed to the UI, repositories map them to domain objects."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, configure_mappers, mapped_column


class Base(DeclarativeBase):
    pass


# Columns kept by SQLite triggers (migration 0017), never written by Python: sums over child rows.
MAINTAINED = {"participant_total", "persons_total", "women_total", "men_total", "member_total", "activity_count"}


class SettingRow(Base):
    """Key/value settings of this database (profile JSON, demo flag, creating app version …)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ResidentialUnitRow(Base):
    __tablename__ = "residential_unit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), default="thôn")
    active: Mapped[bool] = mapped_column(default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class AuditRow(Base):
    """Append-only, hash-chained change log; `seq` is gap-free so a deleted entry breaks the chain visibly."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(60), index=True)
    entity_id: Mapped[str] = mapped_column(String(60), index=True)
    before_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    after_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class PeriodStateRow(Base):
    __tablename__ = "period_state"
    period: Mapped[str] = mapped_column(String(20), primary_key=True)
    state: Mapped[str] = mapped_column(String(20), default="draft")
    revision: Mapped[int] = mapped_column(Integer, default=0)
    digest: Mapped[str] = mapped_column(String(128), default="")
    window_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    window_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class PropagandaRow(Base):
    __tablename__ = "propaganda_activity"
    __table_args__ = (  # the index: count and totals of a list read it, not the rows (migration 0017)
        Index("ix_propaganda_activity_ordered", "unit_id", "activity_date", "participants", "materials"),
        Index("ix_propaganda_activity_listed", "activity_date", "form_code", "unit_id", "participants", "materials"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sort_key: Mapped[str] = mapped_column(Text, default="", index=True)  # natural_key(title)
    activity_date: Mapped[date] = mapped_column(Date, index=True)
    form_code: Mapped[str] = mapped_column(String(60), index=True)
    title: Mapped[str] = mapped_column(String(500))
    participants: Mapped[int] = mapped_column(Integer, default=0)
    materials: Mapped[int] = mapped_column(Integer, default=0)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("residential_unit.id"), nullable=True, index=True)
    target_groups: Mapped[str] = mapped_column(String(500), default="")  # ';'-joined catalogue codes
    organiser: Mapped[str] = mapped_column(String(200), default="")
    organiser_key: Mapped[str] = mapped_column(Text, default="")  # sort key of organiser
    note: Mapped[str] = mapped_column(Text, default="")
    catalogue_version: Mapped[str] = mapped_column(String(40), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded (no diacritics) for fast search
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), nullable=True, index=True)  # carried out by
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


# Record tables live in their own module; importing it here puts them on Base.metadata.
from commune_desk.storage import models_records as _models_records  # noqa: E402,F401
from commune_desk.storage import models_plans as _models_plans  # noqa: E402,F401
from commune_desk.storage import models_reports as _models_reports  # noqa: E402,F401
from commune_desk.storage import models_office as _models_office  # noqa: E402,F401
from commune_desk.storage import models_lifecycle as _models_lifecycle  # noqa: E402,F401
from commune_desk.storage import models_loop as _models_loop  # noqa: E402,F401
from commune_desk.storage import models_office_ca as _models_office_ca  # noqa: E402,F401
from commune_desk.storage import models_figures as _models_figures  # noqa: E402,F401
from commune_desk.storage import models_community as _models_community  # noqa: E402,F401
from commune_desk.storage import import_log as _import_log  # noqa: E402,F401
from commune_desk.storage import models_search as _models_search  # noqa: E402

_models_search.declare(Base.metadata)


def configure() -> None:
    """Resolve every ORM mapping now, so the first query does not pay for it (start-up runs this on a worker
    thread while the quick home is on screen; the window's modules never import SQLAlchemy themselves)."""
    configure_mappers()
