"""The window's report and package screens get the chart renderer from the composition root (app.build_areas):
a report exported from the Reports screen and the one inside a package signed on the packages screen both carry
the targets chart of Phụ lục I."""

from __future__ import annotations

import zipfile

import docx
import pytest

from tests.ui.conftest import TODAY


@pytest.fixture
def plan_db(db):
    from commune_desk.services.demo_data.demo import create_demo

    create_demo(db, year=2026, seed=7, force=False, actor="test", today=TODAY, with_plan=True)
    return db


def _window(qtbot, db):
    from commune_desk.app import build_areas
    from commune_desk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    areas = build_areas(window, db, today=lambda: TODAY)
    return window, areas


def test_a_report_exported_from_the_window_has_its_chart(qtbot, plan_db, tmp_path):
    window, _areas = _window(qtbot, plan_db)
    window.show_area("reports")
    view = window.page("reports")
    view._volumes = lambda: []
    view.set_period("2026-Q3")
    view.save_to_folder(tmp_path, ascii_names=True)
    qtbot.waitUntil(lambda: view.operation is not None and not view.operation.running, timeout=60_000)
    qtbot.waitUntil(lambda: view.last_files is not None, timeout=60_000)
    document = docx.Document(str(view.last_files.docx))
    assert len(document.inline_shapes) == 1  # the targets chart, drawn by the renderer app.py gave the view


def test_a_package_signed_in_the_window_holds_a_report_with_its_chart(qtbot, plan_db, tmp_path):
    from commune_desk.services.packages.signing_keys import create_identity
    from commune_desk.storage.profile_repo import ProfileRepository

    window, _areas = _window(qtbot, plan_db)
    window.show_area("packages")
    view = window.page("packages")
    profile = ProfileRepository(plan_db, "test").get()
    view.identity = create_identity(profile.official_name or profile.name, profile.unit_code)
    view.refresh()
    view.select("2026-Q3")
    assert view.sign_selected(tmp_path, confirm=lambda *_: True)
    qtbot.waitUntil(lambda: not view.busy() and view.sign_button.isEnabled(), timeout=120_000)
    assert view.last_result is not None, view.status.text()
    with zipfile.ZipFile(view.last_result.path) as package:
        name = next(n for n in package.namelist() if n.endswith(".docx"))
        (tmp_path / "report.docx").write_bytes(package.read(name))
    assert len(docx.Document(str(tmp_path / "report.docx")).inline_shapes) == 1
