"""Named repositories per record type (TrainingRepository …), thin wrappers over the generic RecordRepository."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from commune_desk.storage.repos import KINDS, RecordRepository

if TYPE_CHECKING:
    from commune_desk.storage.database import Database


def _named(entity: str, doc: str) -> Callable[..., RecordRepository]:
    def __init__(self: RecordRepository, db: Database, actor: str, **kwargs: Any) -> None:  # noqa: N807
        RecordRepository.__init__(self, db, actor, KINDS[entity], **kwargs)

    return type(f"{entity.title().replace('_', '')}Repository", (RecordRepository,),
                {"__init__": __init__, "__doc__": doc})


UnitEventRepository = _named("residential_unit_event", "Renames and mergers of residential units.")
TrainingRepository = _named("training", "Trainings with participants by role.")
BusinessRepository = _named("business", "The register of prone businesses.")
InspectionRepository = _named("inspection", "Inspections of businesses (their history).")
HotspotRepository = _named("hotspot", "Hotspots.")
HotspotEventRepository = _named("hotspot_event", "Hotspot history: identified, eradicated, re-emerged.")
TipOffRepository = _named("tipoff", "Tip-offs and complaints.")
PenaltyRepository = _named("penalty_decision", "Administrative penalty decisions (identities kept apart).")
SupportRepository = _named("reintegration_support", "Reintegration support.")
AssessmentRepository = _named("healthy_commune_assessment", "Yearly healthy-commune assessments.")
TeamRepository = _named("team", "The volunteer social-work team, peer groups and other groups (members by role).")
ModelRepository = _named("community_model", "Models (mô hình) run in the commune.")
ModelStatusRepository = _named("model_status", "Status changes of models: operating, paused, closed.")
ModelFiguresRepository = _named("model_figures", "Quarterly figures of models: persons served, sessions, referrals.")
