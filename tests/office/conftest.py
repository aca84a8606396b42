"""Fixtures for the office tests: five demo-like units with their own keys (made once per session)."""

from __future__ import annotations

import pytest

from .helpers import make_units


@pytest.fixture(scope="session")
def units():
    return make_units(5)


@pytest.fixture
def office(db, units):
    """The office database with units 1–4 registered (unit 5 is not in the trust list)."""
    from commune_desk.services.office.office_intake import cert_facts
    from commune_desk.storage.office_repo import TrustRepository

    TrustRepository(db, "test").add_many([(cert_facts(u.identity.cert), u.code, u.name) for u in units[:4]])
    return db
