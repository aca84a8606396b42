"""Fixtures for UI tests: repositories over a real database with a profile, a fixed 'today', catalogues."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

TODAY = date(2026, 11, 20)


@dataclass
class Repos:
    db: object
    profiles: object
    propaganda: object
    periods: object
    audit: object
    forms: object
    groups: object

    def blank_filter(self):
        from commune_desk.storage.repos.listing import ListFilter

        return ListFilter()


def make_repos(db) -> Repos:
    from commune_desk.services.plans.catalogues import default_catalogues
    from commune_desk.storage.audit_log import AuditLog
    from commune_desk.storage.period_repo import PeriodStateRepository
    from commune_desk.storage.profile_repo import ProfileRepository
    from tests.propaganda import propaganda_repo

    cats = default_catalogues()
    return Repos(db, ProfileRepository(db, "user"), propaganda_repo(db, "user", today=lambda: TODAY, catalogues=cats),
                 PeriodStateRepository(db, "user"), AuditLog(db), cats["activity_forms"], cats["target_groups"])


@pytest.fixture
def repos(db) -> Repos:
    """A database with a commune profile of three hamlets (one called Đông) and no records."""
    from commune_desk.domain.profile import Profile, ResidentialUnit

    r = make_repos(db)
    r.profiles.save(Profile(
        name="Hòa Mỹ", unit_code="10351", official_name="Ủy ban nhân dân xã Hòa Mỹ", province="Thanh Hóa",
        residential_units=(ResidentialUnit("T01", "Thôn Đông"), ResidentialUnit("T02", "Thôn Tây"),
                           ResidentialUnit("T03", "Thôn Bắc")),
    ))
    return r


@pytest.fixture
def demo_repos(demo_db) -> Repos:
    return make_repos(demo_db)


@pytest.fixture
def vietnamese(qapp):
    """The Vietnamese translator and locale installed for one test, removed afterwards."""
    from PySide6.QtCore import QLocale

    from commune_desk.paths import translations_dir
    from commune_desk.ui.language import install_translator

    from PySide6.QtCore import Qt

    previous = QLocale()
    native = not qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    translator = install_translator(qapp, "vi", translations_dir())
    assert translator is not None, "translations/commune_desk_vi.qm missing: run python scripts/i18n.py release"
    yield translator
    qapp.removeTranslator(translator)
    QLocale.setDefault(previous)
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, not native)


@pytest.fixture(scope="session")
def tour_demo_file(tmp_path_factory):
    """The seed-7 demo database, built once per run for the walks over the whole window (never written to)."""
    from tests.ui.screens import make_demo

    path = tmp_path_factory.mktemp("tour") / "demo.db"
    make_demo(path).dispose()
    return path


@pytest.fixture
def demo_tour(tour_demo_file, tmp_path, qapp, vietnamese):
    """`demo_tour(size)` opens the Vietnamese demo window over a private copy of the demo database; the window and
    its database are closed after the test."""
    import shutil

    from PySide6.QtWidgets import QApplication

    from commune_desk.storage.database import open_database
    from tests.ui.screens import Tour

    opened = []

    def open_tour(size: tuple[int, int] = (1366, 700)) -> Tour:
        copy = tmp_path / f"demo-{len(opened)}.db"
        shutil.copy(tour_demo_file, copy)
        db = open_database(copy)
        tour = Tour(db, tmp_path / "files", size=size)
        tour.window.show()
        opened.append((tour, db))
        return tour

    yield open_tour
    for tour, db in opened:
        tour.window.close()
        tour.window.deleteLater()
        QApplication.processEvents()
        db.dispose()
