"""Views get their repositories and use cases from the composition root, made anew for every database the session
opens."""

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
        assert old_packages._service is old_stores.services.packages and old_packages._service._db is old_db
        assert _token_library(window) == "/opt/token/before.so"
        window.show_area("reports")
        script = ModalScript([(PasswordChangeDialog, _change_password)])
        window.change_password_action.trigger()
        assert script.done and script.unexpected == []
        assert session.db is not old_db and session.areas.stores is not old_stores
        assert session.areas.stores.db is session.db
        packages = window.page("packages")
        assert packages is not old_packages
        # the new page signs and amends through the use cases of the reopened database, not the old ones
        assert packages._service is session.areas.stores.services.packages and packages._service._db is session.db
        assert packages._reporting is session.areas.stores.services.reports
        assert _token_library(window) == "/opt/token/before.so"
        # The reports page shown again reads the period's report settings and numbers through the new repositories.
        reports = window.page("reports")
        reports.set_period("2026-Q2")
        assert reports.period.code == "2026-Q2" and reports.number.text()
        assert reports._service is session.areas.stores.services.reports and reports._service._db is session.db
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


SERVICES = ("reports", "packages", "office", "plans", "records", "figures", "backups")


def test_stores_makes_each_use_case_object_once_over_its_own_database(tmp_path):
    first, second = open_database(tmp_path / "a.db"), open_database(tmp_path / "b.db")
    try:
        a, b = Stores(first, "an"), Stores(second, "bình")
        assert a.services is a.services and a.services is not b.services
        for name in SERVICES:
            service = getattr(a.services, name)
            assert getattr(a.services, name) is service, name  # one per database, shared by its views
            assert service._db is first and service.actor == "an", name
            assert getattr(b.services, name)._db is second and getattr(b.services, name).actor == "bình", name
        # what one database's service stores, the other's does not see
        a.services.backups.save_policy(second_folder=None, keep_daily=5, keep_exit=4)
        assert (a.services.backups.policy().keep_daily, a.services.backups.policy().keep_exit) == (5, 4)
        assert b.services.backups.policy().keep_daily != 5
        assert a.services.records.plausibility("training") is not None
        assert a.services.records.plausibility("business") is None  # no participant check for that kind
    finally:
        first.dispose()
        second.dispose()


def test_making_the_use_cases_loads_no_service_module():
    # Built with the areas at every opening: the modules load with the first call, not with the objects (the
    # first paint must not wait for the report, signing or import code).
    import subprocess
    import sys

    code = (
        "import sys; from commune_desk.app_services import Services; s = Services(object(), 'x'); "
        f"[getattr(s, n) for n in {SERVICES!r}]; "
        "print(sorted(m for m in sys.modules if m.startswith('commune_desk.services.') or m in "
        "('sqlalchemy', 'openpyxl', 'docx', 'cryptography')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_the_office_desk_runs_its_use_cases_on_its_own_database(qtbot, tmp_path):
    from commune_desk.domain.profile import Profile
    from commune_desk.ui.main_window import MainWindow
    from commune_desk.ui.views.office_areas import build_office_areas

    db = open_database(tmp_path / "office.db")
    try:
        ProfileRepository(db, "t").save(
            Profile(name="Sở Y tế tỉnh Mẫu", unit_code="SYT01", province="Mẫu", role="office")
        )
        window = MainWindow()
        qtbot.addWidget(window)
        stores = Stores(db, "t")
        areas = build_office_areas(window, stores, volumes=lambda: [])
        office = stores.services.office
        assert areas.home._office is office
        assert areas.intake_view._service is office and areas.completeness_view._service is office
        assert areas.trust_view.ca_panel._office is office
        assert areas.plan_view._service is stores.services.plans
    finally:
        db.dispose()
