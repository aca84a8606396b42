"""ORM tables of the commune's records beyond propaganda: trainings, businesses, hotspots, tip-offs, penalties …"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commune_desk.storage.models import Base


def _unit_fk():
    return mapped_column(ForeignKey("residential_unit.id"), nullable=True, index=True)


def _team_fk():
    """The team or group that carried the record out (community models and teams: models_community.py)."""
    return mapped_column(ForeignKey("team.id"), nullable=True, index=True)


class ResidentialUnitEventRow(Base):
    """History of a residential unit: created, renamed, merged into another, dissolved — each with its date."""

    __tablename__ = "residential_unit_event"
    __table_args__ = (
        Index("ix_residential_unit_event_ordered", "unit_id", "effective_date"),
        Index("ix_residential_unit_event_effective_date", "effective_date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded text fields: search in SQL
    unit_id: Mapped[int] = mapped_column(ForeignKey("residential_unit.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    effective_date: Mapped[date] = mapped_column(Date)
    old_name: Mapped[str] = mapped_column(String(200), default="")
    new_name: Mapped[str] = mapped_column(String(200), default="")
    old_name_key: Mapped[str] = mapped_column(Text, default="")  # sort key of old_name
    new_name_key: Mapped[str] = mapped_column(Text, default="")  # sort key of new_name
    note_key: Mapped[str] = mapped_column(Text, default="")  # sort key of note
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("residential_unit.id"), nullable=True)
    successor_codes: Mapped[str] = mapped_column(String(500), default="")   # a split: ';'-joined unit codes
    note: Mapped[str] = mapped_column(Text, default="")


class TrainingRow(Base):
    __tablename__ = "training"
    __table_args__ = (  # the index: count and totals of a list read it, not the rows (migration 0017)
        Index("ix_training_ordered", "unit_id", "training_date", "participant_total", "persons_total"),
        Index("ix_training_listed", "training_date", "topic_code", "unit_id", "participant_total", "persons_total"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sort_key: Mapped[str] = mapped_column(Text, default="", index=True)  # natural_key(title)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded text fields: search in SQL
    training_date: Mapped[date] = mapped_column(Date, index=True)
    topic_code: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(500))
    organiser: Mapped[str] = mapped_column(String(200), default="")
    organiser_key: Mapped[str] = mapped_column(Text, default="")  # sort key of organiser
    participant_total: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # kept by a trigger
    persons_total: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # kept by a trigger
    days: Mapped[int] = mapped_column(Integer, default=1)
    unit_id: Mapped[int | None] = _unit_fk()
    note: Mapped[str] = mapped_column(Text, default="")
    catalogue_version: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class TrainingParticipantRow(Base):
    """Participants of one role and level: attendances (lượt, `count`) and, of them, persons trained for the first
    time in the year (`persons`; NULL for trainings entered before persons were recorded)."""

    __tablename__ = "training_participant"
    __table_args__ = (UniqueConstraint("training_id", "role_code", "level_code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    training_id: Mapped[int] = mapped_column(ForeignKey("training.id", ondelete="CASCADE"), index=True)
    role_code: Mapped[str] = mapped_column(String(60))
    level_code: Mapped[str] = mapped_column(String(20), default="")
    count: Mapped[int] = mapped_column(Integer, default=0)
    persons: Mapped[int | None] = mapped_column(Integer, nullable=True)


class BusinessRow(Base):
    """A business prone to prostitution (register): owner commitment and worker commitments."""

    __tablename__ = "business"
    __table_args__ = (  # the index: count and totals of a list read it, not the rows (migration 0017)
        Index("ix_business_ordered", "unit_id", "sort_key", "workers", "workers_committed"),
        Index("ix_business_listed", "registered_date", "kind_code", "unit_id", "workers", "workers_committed"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sort_key: Mapped[str] = mapped_column(Text, default="", index=True)  # natural_key(code)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded text fields: search in SQL
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(Text, default="")  # sort key of name
    kind_code: Mapped[str] = mapped_column(String(60))
    address: Mapped[str] = mapped_column(String(500), default="")
    unit_id: Mapped[int | None] = _unit_fk()
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    owner_name_key: Mapped[str] = mapped_column(Text, default="")  # sort key of owner_name
    registered_date: Mapped[date] = mapped_column(Date)
    owner_commitment_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    workers: Mapped[int] = mapped_column(Integer, default=0)
    workers_committed: Mapped[int] = mapped_column(Integer, default=0)
    closed_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    catalogue_version: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class InspectionRow(Base):
    __tablename__ = "inspection"
    __table_args__ = (
        Index("ix_inspection_ordered", "business_id", "inspection_date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded text fields: search in SQL
    business_id: Mapped[int] = mapped_column(ForeignKey("business.id"), index=True)
    inspection_date: Mapped[date] = mapped_column(Date, index=True)
    team: Mapped[str] = mapped_column(String(300), default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    team_key: Mapped[str] = mapped_column(Text, default="")  # sort key of team
    findings_key: Mapped[str] = mapped_column(Text, default="")  # sort key of findings
    outcome_code: Mapped[str] = mapped_column(String(60))
    handling_code: Mapped[str] = mapped_column(String(60))
    note: Mapped[str] = mapped_column(Text, default="")
    catalogue_version: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class HotspotRow(Base):
    __tablename__ = "hotspot"
    __table_args__ = (
        Index("ix_hotspot_ordered", "unit_id", "sort_key"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sort_key: Mapped[str] = mapped_column(Text, default="", index=True)  # natural_key(code)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded text fields: search in SQL
    code: Mapped[str] = mapped_column(String(40), unique=True)
    location: Mapped[str] = mapped_column(String(500))
    location_key: Mapped[str] = mapped_column(Text, default="")  # sort key of location
    description_key: Mapped[str] = mapped_column(Text, default="")  # sort key of description
    unit_id: Mapped[int | None] = _unit_fk()
    description: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class HotspotEventRow(Base):
    __tablename__ = "hotspot_event"
    __table_args__ = (
        Index("ix_hotspot_event_ordered", "hotspot_id", "event_date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded text fields: search in SQL
    hotspot_id: Mapped[int] = mapped_column(ForeignKey("hotspot.id", ondelete="CASCADE"), index=True)
    event_date: Mapped[date] = mapped_column(Date, index=True)
    kind_code: Mapped[str] = mapped_column(String(60))
    note_key: Mapped[str] = mapped_column(Text, default="")  # sort key of note
    note: Mapped[str] = mapped_column(Text, default="")
    catalogue_version: Mapped[str] = mapped_column(String(40), default="")


class TipOffRow(Base):
    __tablename__ = "tipoff"
    __table_args__ = (  # the index: count and totals of a list read it, not the rows (migration 0017)
        Index("ix_tipoff_ordered", "unit_id", "received_date", "handled_date"),
        Index("ix_tipoff_listed", "received_date", "outcome_code", "unit_id", "handled_date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded text fields: search in SQL
    received_date: Mapped[date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(100), default="")
    content: Mapped[str] = mapped_column(Text)
    channel_key: Mapped[str] = mapped_column(Text, default="")  # sort key of channel
    content_key: Mapped[str] = mapped_column(Text, default="")  # sort key of content
    unit_id: Mapped[int | None] = _unit_fk()
    verified_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    handled_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome_code: Mapped[str] = mapped_column(String(60), default="")
    team_id: Mapped[int | None] = _team_fk()
    note: Mapped[str] = mapped_column(Text, default="")
    catalogue_version: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class PenaltyRow(Base):
    """A penalty case (warning, fine, transfer or referral); the legal basis is copied from the act's entry.

    `additional_measures` is the pre-0011 list mixing supplementary penalties and remedial measures; migration
    0011 moved its codes to `supplementary` / `remedial` and kept it untouched, nothing writes it since.
    """

    __tablename__ = "penalty_decision"
    __table_args__ = (  # the index: count and totals of a list read it, not the rows (migration 0017)
        Index("ix_penalty_decision_ordered", "unit_id", "sort_key", "decision_date", "total_fine"),
        UniqueConstraint("year", "number"),
        Index("ix_penalty_decision_listed", "decision_date", "violation_code", "unit_id", "total_fine"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sort_key: Mapped[str] = mapped_column(Text, default="", index=True)  # natural_key(number)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded text fields: search in SQL
    total_fine: Mapped[int] = mapped_column(Integer, default=0)  # every act's fine: sums and sorts in SQL
    year: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[str] = mapped_column(String(60))
    decision_date: Mapped[date] = mapped_column(Date, index=True)
    violation_code: Mapped[str] = mapped_column(String(60))
    decree: Mapped[str] = mapped_column(String(100), default="")
    article: Mapped[str] = mapped_column(String(200), default="")
    article_key: Mapped[str] = mapped_column(Text, default="")  # sort key of article
    fine: Mapped[int] = mapped_column(Integer, default=0)
    additional_measures: Mapped[str] = mapped_column(String(500), default="")  # ';'-joined codes
    sex: Mapped[str] = mapped_column(String(10), default="")
    age_group_code: Mapped[str] = mapped_column(String(60), default="")
    unit_id: Mapped[int | None] = _unit_fk()
    issuer: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    catalogue_version: Mapped[str] = mapped_column(String(40), default="")
    act_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    violator_kind: Mapped[str] = mapped_column(String(20), default="individual")
    outcome: Mapped[str] = mapped_column(String(20), default="fine")
    transfer_to: Mapped[str] = mapped_column(String(300), default="")
    supplementary: Mapped[str] = mapped_column(String(500), default="")   # ';'-joined codes
    remedial: Mapped[str] = mapped_column(String(500), default="")        # ';'-joined codes
    more_acts: Mapped[str] = mapped_column(String(500), default="")       # 'code=fine;…'
    review: Mapped[str] = mapped_column(Text, default="")
    legacy: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class PersonIdentityRow(Base):
    """Identity of a penalised person, kept apart from the decision and never exported without a flag."""

    __tablename__ = "person_identity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    penalty_id: Mapped[int] = mapped_column(ForeignKey("penalty_decision.id", ondelete="CASCADE"), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    id_number: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(500), default="")


class SupportRow(Base):
    __tablename__ = "reintegration_support"
    __table_args__ = (  # the index: count and totals of a list read it, not the rows (migration 0017)
        Index("ix_reintegration_support_ordered", "unit_id", "support_date", "count"),
        Index("ix_reintegration_support_listed", "support_date", "kind_code", "unit_id", "count"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded text fields: search in SQL
    support_date: Mapped[date] = mapped_column(Date, index=True)
    kind_code: Mapped[str] = mapped_column(String(60))
    count: Mapped[int] = mapped_column(Integer, default=0)
    partner: Mapped[str] = mapped_column(String(300), default="")
    partner_key: Mapped[str] = mapped_column(Text, default="")  # sort key of partner
    note_key: Mapped[str] = mapped_column(Text, default="")  # sort key of note
    unit_id: Mapped[int | None] = _unit_fk()
    team_id: Mapped[int | None] = _team_fk()
    note: Mapped[str] = mapped_column(Text, default="")
    catalogue_version: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class AssessmentRow(Base):
    """The yearly healthy-commune assessment (xã lành mạnh) and its recognition decision."""

    __tablename__ = "healthy_commune_assessment"
    __table_args__ = (
        Index("ix_healthy_commune_assessment_assessed_date", "assessed_date"),
        Index("ix_healthy_commune_assessment_year", "year", "assessed_date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded text fields: search in SQL
    year: Mapped[int] = mapped_column(Integer, unique=True)
    assessed_date: Mapped[date] = mapped_column(Date)
    total: Mapped[int] = mapped_column(Integer, default=0)
    result: Mapped[str] = mapped_column(String(40), default="")
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_issuer: Mapped[str] = mapped_column(String(200), default="")
    decision_number_key: Mapped[str] = mapped_column(Text, default="")  # sort key of decision_number
    decision_issuer_key: Mapped[str] = mapped_column(Text, default="")  # sort key of decision_issuer
    note: Mapped[str] = mapped_column(Text, default="")
    catalogue_version: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class AssessmentScoreRow(Base):
    __tablename__ = "healthy_commune_score"
    __table_args__ = (UniqueConstraint("assessment_id", "criterion_code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("healthy_commune_assessment.id", ondelete="CASCADE"), index=True)
    criterion_code: Mapped[str] = mapped_column(String(60))
    score: Mapped[int] = mapped_column(Integer, default=0)
    max_score: Mapped[int] = mapped_column(Integer, default=0)


# Their search indexes (migration 0019), declared once every table of this module exists.
from commune_desk.storage.models_search import declare as _declare_search  # noqa: E402

_declare_search(Base.metadata)
