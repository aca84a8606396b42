"""A new commune (no residential units, no records yet) can sort every list by every column, both ways: sorting
by the unit column once built `CASE unit_id ELSE ? END`, which is not SQL, and the list failed."""

from __future__ import annotations

import pytest

from commune_desk.storage.repos import KINDS
from commune_desk.storage.repos.listing import ListFilter, RecordListing
from commune_desk.ui.views.record_specs import SPECS


@pytest.mark.parametrize("entity", list(SPECS))
def test_every_column_sorts_before_any_unit_exists(db, entity):
    listing = RecordListing(db, KINDS[entity])
    for column in SPECS[entity].columns:
        for descending in (False, True):
            records, _extras = listing.page(ListFilter(), limit=200, sort=column.key, descending=descending)
            assert records == [], (column.key, descending)
            assert listing.query(ListFilter(), sort=column.key, descending=descending).count == 0
