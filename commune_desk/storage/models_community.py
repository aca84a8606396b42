"""ORM tables of models (mô hình), their status changes and quarterly figures, and of teams and groups."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commune_desk.storage.models import Base


class CommunityModelRow(Base):
    """A model run in the commune; `unit_codes` holds the residential units covered, ';'-joined codes."""

    __tablename__ = "community_model"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sort_key: Mapped[str] = mapped_column(Text, default="", index=True)  # natural_key(code)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded text fields: search in SQL
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(Text, default="")  # sort key of name
    partner_key: Mapped[str] = mapped_column(Text, default="")  # sort key of partner
    kind_code: Mapped[str] = mapped_column(String(60))
    set_up_date: Mapped[date] = mapped_column(Date)
    partner: Mapped[str] = mapped_column(String(300), default="")
    unit_codes: Mapped[str] = mapped_column(String(2000), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    catalogue_version: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class CommunityModelUnitRow(Base):
    """One residential unit a model covers: the parts of its `unit_codes`, written only by the triggers of migration
    0020 (never by Python), so every writer keeps it true; the unit filter of the models' list reads it."""

    __tablename__ = "community_model_unit"
    __table_args__ = (Index("ix_community_model_unit_code", "unit_code", "model_id"),)
    model_id: Mapped[int] = mapped_column(ForeignKey("community_model.id", ondelete="CASCADE"), primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40), primary_key=True)


class ModelStatusRow(Base):
    """From `status_date` on the model is operating, paused or closed; on one date the highest id wins."""

    __tablename__ = "community_model_status"
    __table_args__ = (
        Index("ix_community_model_status_ordered", "model_id", "status_date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded text fields: search in SQL
    model_id: Mapped[int] = mapped_column(ForeignKey("community_model.id"), index=True)
    status_date: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20))
    note_key: Mapped[str] = mapped_column(Text, default="")  # sort key of note
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ModelFiguresRow(Base):
    """A model's figures of one quarter; `anchor_date` (15th of its middle month) orders the lists, `counted_to`
    (the day the figures are counted to; NULL: the whole quarter) keeps them out of reports cut before it."""

    __tablename__ = "community_model_figures"
    __table_args__ = (  # the index: count and totals of a list read it, not the rows (migration 0017)
        Index(
            "ix_community_model_figures_ordered", "model_id", "anchor_date", "persons_total", "sessions", "referrals"
        ),
        UniqueConstraint("model_id", "quarter"),
        Index("ix_community_model_figures_listed", "anchor_date", "model_id", "persons_total", "sessions", "referrals"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded text fields: search in SQL
    model_id: Mapped[int] = mapped_column(ForeignKey("community_model.id"), index=True)
    quarter: Mapped[str] = mapped_column(String(10))
    anchor_date: Mapped[date] = mapped_column(Date, index=True)
    sessions: Mapped[int] = mapped_column(Integer, default=0)
    referrals: Mapped[int] = mapped_column(Integer, default=0)
    note_key: Mapped[str] = mapped_column(Text, default="")  # sort key of note
    persons_total: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # kept by a trigger
    women_total: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # kept by a trigger
    men_total: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # kept by a trigger
    note: Mapped[str] = mapped_column(Text, default="")
    counted_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ModelServedRow(Base):
    """Persons a model served for the first time in the year, in one quarter, of one sex and age group."""

    __tablename__ = "community_model_served"
    __table_args__ = (UniqueConstraint("figures_id", "sex", "age_group_code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    figures_id: Mapped[int] = mapped_column(ForeignKey("community_model_figures.id", ondelete="CASCADE"),
                                            index=True)
    sex: Mapped[str] = mapped_column(String(10))
    age_group_code: Mapped[str] = mapped_column(String(60))
    persons: Mapped[int] = mapped_column(Integer, default=0)


class TeamRow(Base):
    """The volunteer social-work team, a peer group or another group of the commune."""

    __tablename__ = "team"
    __table_args__ = (  # the index: count and totals of a list read it, not the rows (migration 0017)
        Index("ix_team_ordered", "unit_id", "sort_key", "member_total"),
        Index("ix_team_listed", "kind_code", "unit_id", "member_total"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sort_key: Mapped[str] = mapped_column(Text, default="", index=True)  # natural_key(code)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded text fields: search in SQL
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(Text, default="")  # sort key of name
    member_total: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # kept by a trigger
    activity_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # kept by a trigger
    kind_code: Mapped[str] = mapped_column(String(60))
    formed_date: Mapped[date] = mapped_column(Date)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("residential_unit.id"), nullable=True, index=True)
    dissolved_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    catalogue_version: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class TeamMemberRow(Base):
    __tablename__ = "team_member"
    __table_args__ = (UniqueConstraint("team_id", "role_code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    role_code: Mapped[str] = mapped_column(String(60))
    count: Mapped[int] = mapped_column(Integer, default=0)



# Their search indexes (migration 0019), declared once every table of this module exists.
from commune_desk.storage.models_search import declare as _declare_search  # noqa: E402

_declare_search(Base.metadata)
