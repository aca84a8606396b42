"""The main window: navigation to every area, placeholders, banners, home counts, wiring after the DB opens."""

from __future__ import annotations

import subprocess
import sys

from commune_desk.app import build_areas
from commune_desk.ui.main_window import AREA_KEYS, AREAS, MainWindow
from commune_desk.ui.views.placeholder import PlaceholderPage
from tests.ui.conftest import TODAY


def make_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_navigation_reaches_every_area(qtbot, demo_db):
    window = make_window(qtbot)
    assert window.nav.count() == len(AREAS) == 18
    areas = build_areas(window, demo_db, today=lambda: TODAY)
    for row, key in enumerate(AREA_KEYS):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert page is window.page(key)
        assert not isinstance(page, PlaceholderPage), key      # every area has its real page once open
    assert window.page("propaganda") is areas.propaganda_view
    window.show_area("propaganda")
    assert window.current_area() == "propaganda"


def test_before_the_database_opens_the_built_areas_say_they_are_loading(qtbot):
    window = make_window(qtbot)
    assert all(window.page(key).message.text() == "Opening the database…" for key in AREA_KEYS)
    assert not window.backup_action.isEnabled()


def test_demo_banner(qtbot, demo_db):
    window = make_window(qtbot)
    build_areas(window, demo_db, today=lambda: TODAY)
    assert window.demo_banner.isVisible() and window.unprotected_banner.isVisible()
    assert window.backup_action.isEnabled()


def test_no_demo_banner_for_a_real_profile(qtbot, repos):
    other = make_window(qtbot)
    build_areas(other, repos.db, today=lambda: TODAY)
    assert not other.demo_banner.isVisible()
    assert other.unprotected_banner.isVisible()  # the test databases are plain SQLite
    assert other.unit_label.text() == "Ủy ban nhân dân xã Hòa Mỹ"


def test_home_counts_this_year_and_quick_buttons(qtbot, demo_db):
    from datetime import date

    from tests.ui.conftest import make_repos

    repos = make_repos(demo_db)
    window = make_window(qtbot)
    areas = build_areas(window, demo_db, today=lambda: TODAY)
    from tests.propaganda import totals as propaganda_totals

    count = propaganda_totals(demo_db, repos.blank_filter().__class__(date(2026, 1, 1), date(2026, 12, 31)))[0]
    assert count > 0
    assert areas.home.counts["activities"].text() == str(count)
    assert areas.home.unit_name.text() == repos.profiles.get().official_name
    areas.home.list_button.click()
    assert window.current_area() == "propaganda"
    areas.home.profile_button.click()
    assert window.current_area() == "profile"


def test_profile_change_reaches_the_other_views(qtbot, repos):
    from dataclasses import replace

    from commune_desk.domain.profile import ResidentialUnit

    window = make_window(qtbot)
    areas = build_areas(window, repos.db, today=lambda: TODAY)
    profile = repos.profiles.get()
    new = replace(profile, name="Hòa Mỹ", residential_units=profile.residential_units + (
        ResidentialUnit("T04", "Thôn Nam"),))
    areas.profile_view.profileChanged.emit(repos.profiles.save(new))
    assert areas.propaganda_view.unit.findData("T04") > 0
    assert "4" in areas.home.unit_detail.text()


def test_pages_are_built_when_first_shown_and_stay_wired(qtbot, repos):
    """Opening builds the home only; every other page is made on first showing, with the same wiring."""
    from dataclasses import replace
    from datetime import date

    from commune_desk.domain.profile import ResidentialUnit
    from commune_desk.domain.propaganda import PropagandaActivity

    window = make_window(qtbot)
    areas = build_areas(window, repos.db, today=lambda: TODAY)
    assert window.built_page("home") is areas.home
    assert [key for key in AREA_KEYS if key != "home" and window.built_page(key) is not None] == []
    assert areas.records.views == {}

    window.show_area("propaganda")  # shown: built now, and it is what the stack shows
    propaganda = window.built_page("propaganda")
    assert propaganda is not None and window.stack.currentWidget() is propaganda
    training = window.page("training")  # asked for: built without being shown
    assert list(areas.records.views) == ["propaganda", "training"] and window.current_area() == "propaganda"
    assert window.built_page("packages") is None

    profile = repos.profiles.get()
    new = replace(profile, residential_units=profile.residential_units + (ResidentialUnit("T09", "Thôn Mới"),))
    areas.profile_view.profileChanged.emit(repos.profiles.save(new))
    assert propaganda.unit.findData("T09") > 0 and training.unit.findData("T09") > 0  # built before: told
    assert window.page("tips").unit.findData("T09") > 0  # built after: reads the profile as it is now

    assert areas.home.counts["activities"].text() == "0"
    repos.propaganda.add(PropagandaActivity(date(2026, 3, 2), "hoi_nghi", "Họp dân thôn Đông", participants=40,
                                            unit_code="T01"))
    propaganda.changed.emit()  # the view's signal reaches the home it was connected to when it was built
    assert areas.home.counts["activities"].text() == "1"


def test_self_check_subprocess(tmp_path):
    from tests.conftest import run_cli

    result = run_cli("--self-check", env={"QT_QPA_PLATFORM": "offscreen", "COMMUNE_DESK_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "self-check ok"  # after one line per step


def test_app_module_imports_no_heavy_library():
    code = ("import sys, commune_desk.app; "
            "print([m for m in ('sqlalchemy', 'openpyxl', 'docx', 'cryptography', 'alembic') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
