"""Fixtures for the loop tests: keys made once per session, an office and a commune database per test."""

from __future__ import annotations

import pytest

from .helpers import make_keys


@pytest.fixture(scope="session")
def keys():
    return make_keys()


@pytest.fixture
def office_db(tmp_path):
    from commune_desk.storage.database import open_database

    db = open_database(tmp_path / "office" / "office.db")
    yield db
    db.dispose()


@pytest.fixture
def commune_db(tmp_path):
    from commune_desk.storage.database import open_database

    db = open_database(tmp_path / "commune" / "commune.db")
    yield db
    db.dispose()
