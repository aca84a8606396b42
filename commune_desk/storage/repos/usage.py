"""Which records still name a team or a model: they block its deletion (the foreign keys would refuse it too)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, InUse
from commune_desk.storage import models_community as mc
from commune_desk.storage import models_records as m
from commune_desk.storage.models import PropagandaRow

# entity -> (table, column) pairs of the records that refer to it
REFERRERS = {
    "team": ((PropagandaRow, "team_id"), (m.SupportRow, "team_id"), (m.TipOffRow, "team_id")),
    "community_model": ((mc.ModelStatusRow, "model_id"), (mc.ModelFiguresRow, "model_id")),
}


def usage_count(s: Session, entity: str, record_id: int) -> int:
    """How many records name the team or model `record_id` (0 for other kinds)."""
    return sum(s.scalar(select(func.count()).select_from(row).where(getattr(row, column) == record_id)) or 0
               for row, column in REFERRERS.get(entity, ()))


def in_use(s: Session, entity: str, record_id: int) -> None:
    """Raise InUse when records still name the team or model `record_id`."""
    n = usage_count(s, entity, record_id)
    if n:
        raise InUse.of(QT_TRANSLATE_NOOP("Problems", "{count} records still name it; change or delete them first"),
                       count=n)
