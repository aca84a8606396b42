"""Participant counts of one residential unit's records in one calendar year (for the plausibility warning)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from commune_desk.storage import models_records as m
from commune_desk.storage.models import PropagandaRow, ResidentialUnitRow

ENTITIES = ("propaganda", "training")


def participant_counts(db, entity: str, unit_code: str, year: int) -> list[int]:
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
        if entity == "propaganda":
            row, day, value = PropagandaRow, PropagandaRow.activity_date, PropagandaRow.participants
            query = select(value)
        else:
            row, day = m.TrainingRow, m.TrainingRow.training_date
            total = (select(func.coalesce(func.sum(m.TrainingParticipantRow.count), 0))
                     .where(m.TrainingParticipantRow.training_id == m.TrainingRow.id).scalar_subquery())
            query = select(total)
        unit = row.unit_id.is_(None) if unit_id is None else row.unit_id == unit_id
        return [int(v or 0) for v in s.scalars(query.where(day >= first, day <= last, unit))]
