"""Builds the record screens (propaganda, trainings … residential units) for one open database; used by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from commune_desk.ui.views.detail_tabs import DetailTabs
from commune_desk.ui.views.master_detail_view import MasterDetailView
from commune_desk.ui.views.record_view import RecordView
from commune_desk.ui.views.units_view import UnitsView

# navigation key -> record entity shown there alone
SINGLE_AREAS = {"propaganda": "propaganda", "training": "training", "tips": "tipoff", "penalties": "penalty_decision",
                "reintegration": "reintegration_support", "healthy_commune": "healthy_commune_assessment",
                "teams": "team"}


@dataclass
class RecordAreas:
    """The repositories and views of the record areas; each view is built the first time it is needed."""

    repos: dict = field(default_factory=dict)
    views: dict = field(default_factory=dict)          # navigation key -> widget, only those built so far
    makers: dict = field(default_factory=dict)         # navigation key -> builds that view
    refs: object = None                                # where the forms find parents as typed (businesses … teams)

    def build(self, key: str):
        """The view of `key`, built now if it was not yet."""
        if key not in self.views:
            self.views[key] = self.makers[key]()
        return self.views[key]

    def set_units(self, units) -> None:
        for view in self.views.values():
            if hasattr(view, "set_units"):
                view.set_units(units)

    def reload(self) -> None:
        for view in self.views.values():
            view.reload()


RECORD_KEYS = (*SINGLE_AREAS, "businesses", "hotspots", "units", "models")


def build_record_areas(stores, *, today: Callable[[], date] = date.today) -> RecordAreas:
    """Every record screen over `stores` (app_wiring.Stores: the open database's repositories, catalogues in force),
    built on first use, each with its repository, listing, history and locks."""
    out = RecordAreas()
    audit, periods, profiles, catalogues = stores.audit, stores.periods, stores.profiles, stores.catalogues

    def repo(entity):
        if entity not in out.repos:
            out.repos[entity] = stores.record(entity)
        return out.repos[entity]

    refs = stores.parent_refs     # a form reads its record's parent and the matches of what is typed, not all

    def view(entity, **kwargs):
        # The units as they are when the view is built; later changes arrive through set_units.
        units = profiles.get().residential_units
        return RecordView(entity, repo(entity), stores.listing(entity), audit, periods,
                          catalogues=catalogues, units=units, refs=refs, today=today, records=stores.services.records,
                          **kwargs)

    out.refs = refs
    for key, entity in SINGLE_AREAS.items():
        out.makers[key] = lambda entity=entity: view(entity)
    out.makers["businesses"] = lambda: MasterDetailView(
        view("business"), view("inspection", parent_field="business_code", compact=True),
        label=lambda b: f"{b.code} · {b.name}")
    out.makers["hotspots"] = lambda: MasterDetailView(
        view("hotspot"), view("hotspot_event", parent_field="hotspot_code", compact=True),
        label=lambda h: f"{h.code} · {h.location}")
    out.makers["models"] = lambda: MasterDetailView(
        view("community_model"),
        DetailTabs([view("model_status", parent_field="model_code", compact=True),
                    view("model_figures", parent_field="model_code", compact=True)]),
        label=lambda m: f"{m.code} · {m.name}")
    out.makers["units"] = lambda: UnitsView(
        profiles, view("residential_unit_event", parent_field="unit_code", compact=True))
    return out
