"""The language chosen in Settings takes effect at once: menus, navigation, banners and every area view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import SIGNAL, QLocale

from commune_desk.storage.database import open_database
from commune_desk.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.conftest import TODAY
from tests.ui.session_helpers import ModalScript, make_session


@pytest.fixture
def app_in_vietnamese(qapp):
    """The application as make_application leaves it for "vi"; whatever translator is installed at the end goes."""
    from commune_desk.paths import translations_dir
    from commune_desk.ui.language import install_translator

    previous = QLocale()
    qapp.setProperty("commune_desk_lang", "vi")
    qapp._commune_desk_translator = install_translator(qapp, "vi", translations_dir())
    assert qapp._commune_desk_translator is not None
    yield qapp
    if qapp._commune_desk_translator is not None:
        qapp.removeTranslator(qapp._commune_desk_translator)
    qapp._commune_desk_translator = None
    qapp.setProperty("commune_desk_lang", None)
    QLocale.setDefault(previous)


@pytest.fixture
def demo_file(tmp_path):
    from commune_desk.services.demo_data.demo import create_demo

    path = tmp_path / "demo.db"
    db = open_database(path)
    create_demo(db, year=2026, seed=7, force=False, actor="test", today=TODAY)
    db.dispose()
    return path


def choose_language(qtbot, session, lang: str) -> None:
    """Open Settings from the session as the menu does, pick `lang` and press Save."""
    def pick(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData(lang))
        dialog.save()

    script = ModalScript([(SettingsDialog, pick)], limit=30)
    session.edit_settings()
    qtbot.wait(20)
    assert script.done and script.unexpected == []


def nav_title(window, key: str) -> str:
    return window.nav.item(window.area_keys().index(key)).text()


def test_switching_the_language_in_settings_changes_the_window_at_once(qtbot, demo_file, app_in_vietnamese):
    from commune_desk.storage.profile_repo import ProfileRepository
    from commune_desk.ui.app_settings import load_settings
    from commune_desk.ui.language import fmt_int, is_vietnamese
    from commune_desk.ui.views.record_view import RecordView

    window, session, told, codes = make_session(qtbot, demo_file)
    try:
        assert session.start() is True
        window.show_area("propaganda")
        assert window.file_menu.title() == "&Tệp"
        assert nav_title(window, "propaganda") == "Tuyên truyền"
        assert window.page("home").add_button.text() == "Ghi nhận hoạt động tuyên truyền…"
        db, old_home, old_list = session.db, window.page("home"), window.page("propaganda")

        choose_language(qtbot, session, "en")

        assert load_settings().language == "en"
        assert window.file_menu.title() == "&File"
        assert window.help_menu.title() == "&Help"
        assert window.lock_action.text() == "&Lock now"
        assert nav_title(window, "propaganda") == "Propaganda"
        assert nav_title(window, "reintegration") == "Reintegration support"
        assert window.demo_banner.text() == "DEMO DATA — fictional commune, not for reporting"
        home = window.page("home")
        assert home is not old_home and home.add_button.text() == "Record a propaganda activity…"
        assert isinstance(window.page("propaganda"), RecordView) and window.page("propaganda") is not old_list
        assert window.current_area() == "propaganda" and window.stack.currentWidget() is window.page("propaganda")
        assert session.db is db and ProfileRepository(db, "test").get().is_demo
        assert session.areas.home is home
        assert not is_vietnamese() and fmt_int(1350) == "1,350"
        # The old views' connections to the window went with them: one import, not two.
        assert window.receivers(SIGNAL("importRequested()")) == 1

        choose_language(qtbot, session, "vi")

        assert load_settings().language == "vi"
        assert window.file_menu.title() == "&Tệp"
        assert nav_title(window, "propaganda") == "Tuyên truyền"
        assert nav_title(window, "healthy_commune") == "Xã lành mạnh"
        assert window.page("home").add_button.text() == "Ghi nhận hoạt động tuyên truyền…"
        assert window.current_area() == "propaganda"
        assert session.db is db and is_vietnamese() and fmt_int(1350) == "1.350"
        assert told == [] and codes == []
    finally:
        session.close()


def test_saving_the_same_language_keeps_the_views(qtbot, demo_file, app_in_vietnamese):
    from commune_desk.ui.language_switch import current_language

    window, session, told, codes = make_session(qtbot, demo_file)
    try:
        assert session.start() is True
        home = window.page("home")
        choose_language(qtbot, session, "vi")
        assert window.page("home") is home and current_language() == "vi"
        assert window.file_menu.title() == "&Tệp"
    finally:
        session.close()


def test_the_settings_note_says_the_language_changes_at_once(qtbot, app_in_vietnamese):
    from commune_desk.ui.app_settings import AppSettings

    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    assert "ngay" in dialog.language_note.text()
    assert "next start" not in dialog.language_note.text()
