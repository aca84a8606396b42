"""Participant counts of one residential unit's records in one calendar year (for the plausibility warning)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Select, func, select

from commune_desk.storage import models_records as m
from commune_desk.storage.models import PropagandaRow, ResidentialUnitRow

if TYPE_CHECKING:
    from commune_desk.storage.database import Database

ENTITIES = ("propaganda", "training")


def participant_counts(db: Database, entity: str, unit_code: str, year: int) -> list[int]:
    """Participants per record of `entity` dated in `year` for `unit_code` ("" = the whole commune)."""
    if entity not in ENTITIES:
        raise ValueError(f"no participant counts for {entity!r}")
    first, last = date(year, 1, 1), date(year, 12, 31)
    with db.read() as s:
        unit_id = None
        if unit_code:
            unit_id = s.scalar(select(ResidentialUnitRow.id).where(ResidentialUnitRow.code == unit_code))
            if unit_id is None:
                return []
        query: Select[int]
        if entity == "propaganda":
            day, unit_col = PropagandaRow.activity_date, PropagandaRow.unit_id
            query = select(PropagandaRow.participants)
        else:
            day, unit_col = m.TrainingRow.training_date, m.TrainingRow.unit_id
            total = (select(func.coalesce(func.sum(m.TrainingParticipantRow.count), 0))
                     .where(m.TrainingParticipantRow.training_id == m.TrainingRow.id).scalar_subquery())
            query = select(total)
        unit = unit_col.is_(None) if unit_id is None else unit_col == unit_id
        return [int(v or 0) for v in s.scalars(query.where(day >= first, day <= last, unit))]
