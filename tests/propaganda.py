"""Propaganda activities in tests: the generic record stack's repository and listing of the "propaganda" kind."""

from __future__ import annotations

from datetime import date
from typing import Callable

SUMS = ("participants", "materials")


def propaganda_repo(db, actor: str = "t", *, today: Callable[[], date] = date.today, catalogues=None):
    """The RecordRepository of propaganda activities, checking against the shipped catalogues unless given."""
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.repos import KINDS, RecordRepository

    return RecordRepository(db, actor, KINDS["propaganda"], today=today, catalogues=catalogues or default_catalogues())


def propaganda_listing(db):
    """The list of propaganda activities as the screen asks for it: filtered, sorted and paged in SQL."""
    from commune_desk.storage.repos import KINDS
    from commune_desk.storage.repos.listing import RecordListing

    return RecordListing(db, KINDS["propaganda"], sums=SUMS)


def activities(db, flt=None, **kwargs) -> list:
    """Every activity passing `flt` (a ListFilter; all when None), newest first unless `sort` says otherwise."""
    from commune_desk.storage.repos.listing import ListFilter

    return list(propaganda_listing(db).query(flt or ListFilter(), **kwargs).records)


def totals(db, flt=None) -> tuple[int, int, int]:
    """(activities, participants, materials) passing `flt`, counted in SQL."""
    from commune_desk.storage.repos.listing import ListFilter

    count, sums = propaganda_listing(db).totals(flt or ListFilter())
    return count, sums["participants"], sums["materials"]
