"""Views get their repositories from the composition root, made anew for every database the session opens."""

from __future__ import annotations

import pytest

from commune_desk.app_wiring import Stores
from commune_desk.storage import keys
from commune_desk.storage.database import open_database
from commune_desk.storage.profile_repo import ProfileRepository
from commune_desk.ui.dialogs.password_change_dialog import PasswordChangeDialog
from commune_desk.ui.dialogs.token_dialog import LIB_SETTING
from tests.ui.session_helpers import PASSWORD, ModalScript, cheap_scrypt, make_session, save_profile

pytestmark = pytest.mark.usefixtures("cheap_scrypt")
__all__ = ["cheap_scrypt"]
NEW_PASSWORD = "mật khẩu mới 2027"


def _encrypted_db(path, library: str) -> None:
    db = open_database(path)
    save_profile(db, "Hòa Mỹ")
    ProfileRepository(db, "test").set_setting(LIB_SETTING, library)
    db.dispose()
    keys.encrypt_plain_database(path, PASSWORD)


def _change_password(dialog) -> None:
    dialog.current.setText(PASSWORD)
    dialog.new.setText(NEW_PASSWORD)
    dialog.repeat.setText(NEW_PASSWORD)
    dialog.submit()


def _token_library(window) -> str:
    dialog = window.page("packages").open_token_dialog()
    try:
        return dialog.library.text()
    finally:
        dialog.reject()


def test_after_a_password_change_the_views_read_the_reopened_database(qtbot, tmp_path):
    # The old Database keeps the old key: a view still holding a repository over it could read nothing now. The
    # session builds the areas again, and with them a Stores over the reopened database.
    path = tmp_path / "xa.db"
    _encrypted_db(path, "/opt/token/before.so")
    window, session, told, codes = make_session(qtbot, path, secret=PASSWORD)
    try:
        session.start()
        old_db, old_stores, old_packages = session.db, session.areas.stores, window.page("packages")
        assert old_stores.db is old_db and old_stores.profiles is session.areas.profiles
        assert _token_library(window) == "/opt/token/before.so"
        window.show_area("reports")
        script = ModalScript([(PasswordChangeDialog, _change_password)])
        window.change_password_action.trigger()
        assert script.done and script.unexpected == []
        assert session.db is not old_db and session.areas.stores is not old_stores
        assert session.areas.stores.db is session.db
        packages = window.page("packages")
        assert packages is not old_packages
        assert _token_library(window) == "/opt/token/before.so"
        # The reports page shown again reads the period's report settings and numbers through the new repositories.
        reports = window.page("reports")
        reports.set_period("2026-Q2")
        assert reports.period.code == "2026-Q2" and reports.number.text()
    finally:
        session.close()


def test_a_dialog_opened_again_reads_what_was_stored_in_between(qtbot, tmp_path):
    path = tmp_path / "xa.db"
    _encrypted_db(path, "/opt/token/first.so")
    window, session, told, codes = make_session(qtbot, path, secret=PASSWORD)
    try:
        session.start()
        assert _token_library(window) == "/opt/token/first.so"
        session.areas.profiles.set_setting(LIB_SETTING, "/opt/token/second.so")
        assert _token_library(window) == "/opt/token/second.so"
    finally:
        session.close()


def test_stores_makes_each_repository_once_over_its_own_database(tmp_path):
    first, second = open_database(tmp_path / "a.db"), open_database(tmp_path / "b.db")
    try:
        a, b = Stores(first, "an"), Stores(second, "bình")
        for name in (
            "profiles",
            "periods",
            "audit",
            "import_log",
            "plans",
            "reports",
            "numbers",
            "manual_values",
            "populations",
            "office_certs",
            "receipts",
            "trust",
            "intake",
            "cas",
        ):
            repo = getattr(a, name)
            assert getattr(a, name) is repo, name  # one per database, shared by its views
            assert getattr(b, name) is not repo, name
            assert repo._db is first and getattr(b, name)._db is second, name
        assert a.record("training") is a.record("training") and a.record("training")._db is first
        assert a.record("training").kind.entity == "training" and a.record("tipoff").kind.entity == "tipoff"
        assert a.listing("training") is not a.listing("training")  # a listing keeps one view's filter
        save_profile(first, "Hòa Mỹ")
        assert a.profiles.get().name == "Hòa Mỹ" and not b.profiles.get().is_set
    finally:
        first.dispose()
        second.dispose()
