"""The start-up's quick read of the home figures: same figures as the full path, refuses what it cannot read."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

from commune_desk.services.targets.home_figures import from_database, quick_read
from commune_desk.services.targets.indicators import dashboard

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TODAY = date(2026, 11, 20)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _with_plan(db):
    from commune_desk.services.demo_data.demo_plan import import_demo_plan
    from commune_desk.storage.profile_repo import ProfileRepository

    import_demo_plan(db, TODAY.year, ProfileRepository(db, "test").get(), "test")
    return db


def test_quick_read_gives_exactly_the_figures_of_the_full_path(demo_db, db_path):
    _with_plan(demo_db)
    full = from_database(demo_db, TODAY)
    quick = quick_read(db_path, TODAY)
    assert quick is not None
    assert full.dashboard.plan is not None and len(full.dashboard.results) >= 5
    assert quick == full  # every figure, status, deadline, remark and the profile, compared as data
    # and the figures are the ones the dashboard service computes for reports and the CLI
    assert [r.value for r in quick.dashboard.results] == [r.value for r in dashboard(demo_db, TODAY).results]
    assert quick.activities > 0 and quick.participants > 0


def test_quick_read_never_changes_the_file(demo_db, db_path):
    _with_plan(demo_db)
    demo_db.dispose()
    before = _digest(db_path)
    assert quick_read(db_path, TODAY) is not None
    assert _digest(db_path) == before


def test_quick_read_declines_what_the_full_path_must_handle(tmp_path, db, db_path, demo_db):
    assert quick_read(tmp_path / "missing.db", TODAY) is None
    assert not (tmp_path / "missing.db").exists()  # never created

    older = tmp_path / "old.db"  # schema 0001: open_database backs up and migrates it, the quick path does not
    shutil.copy(FIXTURES / "schema_0001.db", older)
    assert quick_read(older, TODAY) is None

    from commune_desk.storage.database import open_database

    secret = tmp_path / "secret.db"
    open_database(secret, "mật-khẩu-dài-đủ").dispose()
    assert quick_read(secret, TODAY) is None

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    assert quick_read(junk, TODAY) is None


def test_quick_read_leaves_first_run_and_office_desks_to_their_own_screens(tmp_path):
    from commune_desk.domain.profile import Profile
    from commune_desk.storage.database import open_database
    from commune_desk.storage.profile_repo import ProfileRepository

    fresh = tmp_path / "fresh.db"
    open_database(fresh).dispose()
    assert quick_read(fresh, TODAY) is None  # no profile yet: the first-run form comes up

    office = tmp_path / "office.db"
    db = open_database(office)
    try:
        ProfileRepository(db, "test").save(Profile(name="Sở Y tế tỉnh Lạng Sơn", unit_code="SYT-LS",
                                                   province="Lạng Sơn", role="office"))
    finally:
        db.dispose()
    assert quick_read(office, TODAY) is None
