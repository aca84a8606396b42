"""Loads the catalogues in force: the shipped defaults in resources/, until a plan replaces them."""

from __future__ import annotations

import json
from functools import lru_cache

from commune_desk.domain.catalogues import CatalogueSet
from commune_desk.paths import resources_dir


@lru_cache(maxsize=1)
def default_catalogues() -> CatalogueSet:
    path = resources_dir() / "catalogues" / "default.json"
    return CatalogueSet.from_json(json.loads(path.read_text(encoding="utf-8")))
