"""Fixtures shared by the records tests: the demo's records exported to a workbook."""

from pathlib import Path

import pytest


@pytest.fixture
def exported(demo_db, tmp_path) -> Path:
    from commune_desk.services.records.records_workbook import export_records

    path = tmp_path / "so-lieu.xlsx"
    export_records(demo_db, path)
    return path
