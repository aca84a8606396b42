"""Opening the database from the window: translated errors, demo database."""

from __future__ import annotations

from types import SimpleNamespace

from commune_desk.app import Startup
from commune_desk.ui.main_window import MainWindow


class FakeApp:
    def __init__(self):
        self.exit_code = None
        self.aboutToQuit = SimpleNamespace(connect=lambda fn: None)

    def exit(self, code):
        self.exit_code = code


def test_an_unusable_file_shows_a_translated_message_not_a_traceback(qtbot, tmp_path, monkeypatch):
    from sqlalchemy import text

    from commune_desk.storage.database import open_database

    bad = tmp_path / "future.db"
    db = open_database(bad)
    with db.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    db.dispose()
    shown = []
    monkeypatch.setattr("commune_desk.app.show_expected", lambda parent, exc: shown.append(type(exc).__name__))
    window = MainWindow()
    qtbot.addWidget(window)
    app = FakeApp()
    Startup(app, window, SimpleNamespace(db=str(bad), db_password_file=None, demo=False)).run()
    assert shown == ["SchemaTooNew"]
    assert app.exit_code == 2


def test_demo_start_creates_the_demo_database_once(qtbot, monkeypatch, _private_home):
    window = MainWindow()
    qtbot.addWidget(window)
    app = FakeApp()
    startup = Startup(app, window, SimpleNamespace(db=None, db_password_file=None, demo=True))
    startup.run()
    try:
        assert app.exit_code is None
        assert startup.db_path() == _private_home / "data" / "demo.db"
        profile = startup.areas.profiles.get()
        assert profile.is_demo and profile.is_set
        count = startup.areas.propaganda_view.model.count
        assert count > 0
        assert window.demo_banner.isVisibleTo(window)
    finally:
        startup.close()  # exit backup, dispose, release the instance lock
    again = Startup(app, MainWindow(), SimpleNamespace(db=None, db_password_file=None, demo=True))
    again.run()  # the demo database exists now: the quick home first, the areas once it has painted
    qtbot.waitUntil(lambda: again.areas is not None, timeout=10000)
    try:
        assert again.areas.propaganda_view.model.count == count
    finally:
        again.close()
        again.window.deleteLater()


def test_quick_home_buttons_lead_to_their_areas_while_the_database_opens(qtbot, monkeypatch, _private_home):
    from commune_desk.ui.views.home_view import HomeView
    from commune_desk.ui.views.placeholder import PlaceholderPage
    from commune_desk.ui.views.record_view import RecordView

    first = Startup(FakeApp(), MainWindow(), SimpleNamespace(db=None, db_password_file=None, demo=True))
    first.run()  # creates the demo database (no quick home yet)
    first.close()
    first.window.deleteLater()
    window = MainWindow()
    qtbot.addWidget(window)
    startup = Startup(FakeApp(), window, SimpleNamespace(db=None, db_password_file=None, demo=True))
    startup.run()
    try:
        assert startup.areas is None  # the quick home is in, the database not opened yet
        quick = window.page("home")
        assert isinstance(quick, HomeView) and int(quick.counts["activities"].text().replace(".", "")) > 0
        quick.list_button.click()
        assert window.current_area() == "propaganda"
        assert isinstance(window.page("propaganda"), PlaceholderPage)  # "Opening the database…"
        qtbot.waitUntil(lambda: startup.areas is not None, timeout=10000)
        assert window.current_area() == "propaganda"
        assert isinstance(window.stack.currentWidget(), RecordView)  # built as soon as it could be
        assert window.page("home") is not quick
    finally:
        startup.close()
