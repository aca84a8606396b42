"""Fixtures shared by the records tests: the demo's records exported to a workbook, an empty database to import
them into, a commune of three hamlets."""

from pathlib import Path

import pytest


@pytest.fixture
def exported(demo_db, tmp_path) -> Path:
    from commune_desk.services.records.records_workbook import export_records

    path = tmp_path / "so-lieu.xlsx"
    export_records(demo_db, path)
    return path


@pytest.fixture
def target(tmp_path):
    """(an empty database, its file): where the demo's workbook is imported."""
    from commune_desk.storage.database import open_database

    db = open_database(tmp_path / "new.db")
    yield db, tmp_path / "new.db"
    db.dispose()


@pytest.fixture
def commune(db):
    """A database whose profile is the commune Hòa Mỹ with three hamlets (Thôn Đông, Thôn Tây, Thôn Bắc)."""
    from commune_desk.domain.profile import Profile, ResidentialUnit
    from commune_desk.storage.profile_repo import ProfileRepository

    ProfileRepository(db, "t").save(
        Profile(
            name="Hòa Mỹ",
            unit_code="10351",
            official_name="Ủy ban nhân dân xã Hòa Mỹ",
            province="Thanh Hóa",
            residential_units=(
                ResidentialUnit("T01", "Thôn Đông"),
                ResidentialUnit("T02", "Thôn Tây"),
                ResidentialUnit("T03", "Thôn Bắc"),
            ),
        )
    )
    return db
