"""Changing the unit's role in its profile turns the window into the office desk (and back) without a restart."""

from __future__ import annotations

from dataclasses import replace

from commune_desk.storage.database import open_database
from commune_desk.storage.profile_repo import ProfileRepository
from commune_desk.ui.main_window import AREA_KEYS, OFFICE_AREAS
from tests.ui.session_helpers import make_session, save_profile

OFFICE_KEYS = tuple(key for key, _ in OFFICE_AREAS)


def test_role_change_rebuilds_the_areas_over_the_open_database(qtbot, tmp_path):
    from commune_desk.ui.views.office_trust_view import OfficeTrustView
    from commune_desk.ui.views.record_view import RecordView

    path = tmp_path / "unit.db"
    db = open_database(path)
    save_profile(db, demo=True)  # a demo unit: no offer to encrypt at sign-in (a modal form)
    db.dispose()
    window, session, told, codes = make_session(qtbot, path)
    try:
        assert session.start() is True
        assert window.area_keys() == AREA_KEYS
        db = session.db
        profiles = ProfileRepository(db, "test")
        window.show_area("profile")

        office = profiles.save(replace(profiles.get(), role="office"))
        window.page("profile").profileChanged.emit(office)   # what the profile form does after saving
        qtbot.waitUntil(lambda: window.area_keys() == OFFICE_KEYS, timeout=5000)
        assert isinstance(window.page("office_trust"), OfficeTrustView)
        assert window.current_area() == "profile"              # the area on screen stays when both desks have it
        assert not window.import_action.isVisible()            # records workbooks are the communes' business
        assert session.db is db and told == [] and codes == []

        commune = profiles.save(replace(profiles.get(), role="commune"))
        window.page("profile").profileChanged.emit(commune)
        qtbot.waitUntil(lambda: window.area_keys() == AREA_KEYS, timeout=5000)
        assert isinstance(window.page("propaganda"), RecordView) and window.page("propaganda").entity == "propaganda"
        assert window.import_action.isVisible()
        assert session.db is db
    finally:
        session.close()
