"""Searching the models' list for a residential unit's name finds the models covering that unit (the names the
"Units covered" column shows), through community_model_unit (migration 0020), and no other model."""

from __future__ import annotations

from datetime import date

from commune_desk.domain.records.community import CommunityModel
from commune_desk.services.plans.catalogues import default_catalogues
from commune_desk.storage import records_repos as rr
from commune_desk.storage.repos import KINDS
from commune_desk.storage.repos.listing import ListFilter, RecordListing


def test_a_unit_s_name_finds_the_models_covering_it(commune):
    repo = rr.ModelRepository(commune, "t", today=lambda: date(2026, 11, 20), catalogues=default_catalogues())
    covers = {"MH1": ("T01", "T03"), "MH2": ("T02",), "MH3": ("T03",), "MH4": ()}
    for code, units in covers.items():
        repo.add(CommunityModel(code, f"Mô hình {code}", "ho_tro_nguoi_ban_dam", date(2025, 5, 1), unit_codes=units))
    models = RecordListing(commune, KINDS["community_model"])
    for words, expected in (
        ("bắc", {"MH1", "MH3"}),
        ("Thôn Tây", {"MH2"}),
        ("thon", {"MH1", "MH2", "MH3"}),
        ("tây mh2", {"MH2"}),
        ("tây mh3", set()),
    ):
        for limit in (200, None):
            page, _extras = models.page(ListFilter(text=words), limit=limit, sort="code")
            assert {m.code for m in page} == expected, (words, limit)
        assert models.totals(ListFilter(text=words))[0] == len(expected), words
