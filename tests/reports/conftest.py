"""A demo database and its generated Q3 and yearly reports, shared by the report tests of one module."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports.helpers import DAY


@pytest.fixture(scope="module")
def demo_reports(tmp_path_factory):
    """(db, q3 files, year files) for the demo commune of seed 7, no plan imported, number 07."""
    from commune_desk.domain.periods import Period
    from commune_desk.services.demo_data.demo import create_demo
    from commune_desk.services.reports.report_service import generate
    from commune_desk.storage.database import open_database

    base = tmp_path_factory.mktemp("reports")
    db = open_database(base / "demo.db")
    create_demo(db, year=2026, seed=7, force=False, actor="test", today=date(2026, 11, 20))
    q3 = generate(db, Period.parse("2026-Q3"), base / "out", day=DAY, number="7", actor="test")
    year = generate(db, Period.parse("2026"), base / "out", day=date(2026, 12, 28), number="12", actor="test")
    yield db, q3, year
    db.dispose()


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    """Reports with a plan draw the chart with QtGui: use pytest-qt's QApplication, as the app window does, so
    that the chart module never creates a bare QGuiApplication inside the test process."""
    return qapp
