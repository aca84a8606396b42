"""The catalogues in force for a year: those of the plan active that year, or the shipped defaults."""

from __future__ import annotations

from datetime import date

from commune_desk.domain.catalogues import CatalogueSet
from commune_desk.services.plans.catalogues import default_catalogues


def catalogue_set(plan) -> CatalogueSet:
    """Defaults with the plan's catalogues replacing those of the same name; version names the plan version."""
    if plan is None or not plan.catalogues:
        return default_catalogues()
    base = default_catalogues()
    data = {"version": f"{plan.plan_id}@{plan.version}",
            "catalogues": {name: [{"code": e.code, "label": e.label, **e.extra, "active": e.active}
                                  for e in cat.entries] for name, cat in base.catalogues.items()}}
    data["catalogues"].update({name: list(entries) for name, entries in plan.catalogues.items()})
    return CatalogueSet.from_json(data)


def catalogues_for(db, year: int, *, on: date | None = None) -> CatalogueSet:
    """The CatalogueSet of the plan in force on `on` (default: the end of `year`), else default_catalogues()."""
    from commune_desk.storage.plan_repo import PlanRepository

    plan = PlanRepository(db, "read").active_for(on or date(year, 12, 31))
    return catalogue_set(plan)
