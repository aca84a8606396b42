"""Issue 18 item 2: the change history names the officer who signed in (or who is set in the settings), not a
generic "user"; the name is remembered for the computer account and a new one takes effect at once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commune_desk.storage import keys
from commune_desk.storage.audit_log import AuditLog
from commune_desk.storage.database import open_database
from commune_desk.ui.app_settings import OFFICER_MAX, AppSettings, clean_officer, load_settings, save_settings
from commune_desk.ui.dialogs.sign_in_dialog import SignInDialog
from tests.ui.session_helpers import PASSWORD, ModalScript, cheap_scrypt, make_session, save_profile

pytestmark = pytest.mark.usefixtures("cheap_scrypt")
__all__ = ["cheap_scrypt"]


def _protected_db(path):
    db = open_database(path)
    save_profile(db, "Hòa Mỹ")
    db.dispose()
    keys.encrypt_plain_database(path, PASSWORD)


def _last_actor(db) -> str:
    return AuditLog(db).entries()[-1].actor


def test_the_officer_typed_at_sign_in_is_who_history_names(qtbot, tmp_path):
    path = tmp_path / "xa.db"
    _protected_db(path)
    window, session, _told, codes = make_session(qtbot, path, settings=AppSettings())
    offered = []

    def sign_in(dialog):
        offered.append(dialog.officer.text())
        dialog.officer.setText("  Nguyễn Thị   Lan ")
        dialog.panel.secret.setText(PASSWORD)
        dialog.accept()

    script = ModalScript([(SignInDialog, sign_in)])
    try:
        assert session.start() is True and script.done and script.unexpected == [] and codes == []
        assert offered == [""]
        session.areas.profiles.set_setting("ui.test", "1")
        assert _last_actor(session.db) == "Nguyễn Thị Lan"
        assert load_settings().officer == "Nguyễn Thị Lan"  # offered again at the next sign-in
    finally:
        session.close()

    window2, session2, _told2, _codes2 = make_session(qtbot, path, settings=load_settings())
    offered2 = []

    def again(dialog):
        offered2.append(dialog.officer.text())
        dialog.panel.secret.setText(PASSWORD)
        dialog.accept()

    script2 = ModalScript([(SignInDialog, again)])
    try:
        assert session2.start() is True and script2.done
        assert offered2 == ["Nguyễn Thị Lan"]
    finally:
        session2.close()


def test_a_new_officer_in_the_settings_takes_effect_at_once(qtbot, tmp_path):
    path = tmp_path / "xa.db"
    db = open_database(path)
    save_profile(db, "Hòa Mỹ", demo=True)  # a demo file: no offer to set a password
    db.dispose()
    window, session, _told, _codes = make_session(qtbot, path, settings=AppSettings())
    try:
        assert session.start() is True
        session.areas.profiles.set_setting("ui.test", "1")
        assert _last_actor(session.db) == "user"  # nobody named yet: "cán bộ dùng máy này" in the history
        session.apply_settings(session.settings.with_(officer="Trần Văn Bình"))
        session.areas.profiles.set_setting("ui.test", "2")
        assert _last_actor(session.db) == "Trần Văn Bình"
    finally:
        session.close()


def test_the_settings_dialog_saves_the_officer(qtbot, tmp_path):
    from commune_desk.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(AppSettings(officer="Lan"))
    qtbot.addWidget(dialog)
    assert dialog.officer.text() == "Lan"
    dialog.officer.setText("Lê Thị Hồng\tNhung")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.officer == "Lê Thị Hồng Nhung"
    assert load_settings().officer == "Lê Thị Hồng Nhung"


@given(st.one_of(st.text(max_size=200), st.integers(), st.none(), st.lists(st.text(max_size=3))))
def test_any_stored_officer_value_becomes_a_clean_name_or_none(value):
    name = clean_officer(value)
    assert len(name) <= OFFICER_MAX and name == name.strip() and "  " not in name
    assert all(ch.isprintable() for ch in name)
    assert clean_officer(name) == name


def test_a_hand_edited_settings_file_cannot_plant_a_strange_name(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(AppSettings(), path)
    path.write_text('{"language": "vi", "officer": "A\\u0000B\\nC' + "x" * 300 + '"}', encoding="utf-8")
    name = load_settings(path).officer
    assert name.startswith("AB C") and len(name) == OFFICER_MAX
