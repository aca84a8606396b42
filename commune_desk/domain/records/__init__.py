"""Records the commune keeps beyond propaganda: frozen dataclasses, validation rules, workbook field specs."""

from commune_desk.domain.records.types import (  # noqa: F401
    Assessment, Business, Hotspot, HotspotEvent, Inspection, Penalty, PersonIdentity, Support, TipOff, Training,
    TrainingLine, UnitEvent,
)
